package org.fieldsupport.reporting.dashboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.reporting.calendar.internal.ReportingAccess;
import org.fieldsupport.reporting.dashboard.internal.FigureBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The department dashboard (3.3.a, 3.5.a): the figures the modules publish, with their trend, and every dashboard
 * card the user may see; one dashboard per mission with the mission's figures and the panels the modules give the
 * mission. Printable (the shell's navigation is hidden in print).
 */
@Controller
@RequestMapping("/reporting/dashboard")
class DashboardPages {

    private static final Logger log = LoggerFactory.getLogger(DashboardPages.class);

    private final FigureBoard board;
    private final ReportingAccess access;
    private final AccessPolicy policy;
    private final Missions missions;
    private final ObjectProvider<DashboardCardContributor> cards;
    private final ObjectProvider<MissionPanelContributor> panels;

    DashboardPages(FigureBoard board, ReportingAccess access, AccessPolicy policy, Missions missions,
                   ObjectProvider<DashboardCardContributor> cards, ObjectProvider<MissionPanelContributor> panels) {
        this.board = board;
        this.access = access;
        this.policy = policy;
        this.missions = missions;
        this.cards = cards;
        this.panels = panels;
    }

    @GetMapping
    String department(Model model) {
        if (!access.department(ReportingAccess.DASHBOARD_READ)) throw new AccessDeniedException(ReportingAccess.DASHBOARD_READ);
        model.addAttribute("tiles", board.tiles(null));
        String user = CurrentUser.username().orElse(null);
        List<DashboardCardContributor.DashboardCard> visible = cards.orderedStream()
                .flatMap(c -> c.dashboardCards().stream().filter(card -> user != null && c.offers(card, user)))
                .filter(c -> c.permission() == null || !policy.scopesOf(user, c.permission()).isEmpty())
                .sorted(Comparator.comparingInt(DashboardCardContributor.DashboardCard::order)).toList();
        model.addAttribute("cards", visible);
        model.addAttribute("missions", missions.all(java.time.LocalDate.now()));
        return "reporting/dashboard";
    }

    @GetMapping("/missions/{code}")
    String mission(@PathVariable String code, Model model) {
        var m = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
        if (!access.department(ReportingAccess.DASHBOARD_READ) && !access.mission(ReportingAccess.DASHBOARD_READ, m.code())) {
            throw new AccessDeniedException(ReportingAccess.DASHBOARD_READ + " for " + m.code());
        }
        model.addAttribute("mission", m);
        model.addAttribute("tiles", board.tiles(m.code()));
        List<MissionPanelContributor.MissionPanel> list = new ArrayList<>();
        panels.orderedStream().forEach(p -> {
            try {
                list.addAll(p.panels(m.code()));
            } catch (RuntimeException e) {
                log.warn("Mission panel contributor {} failed: {}", p.getClass().getSimpleName(), e.getMessage());
            }
        });
        list.sort(Comparator.comparingInt(MissionPanelContributor.MissionPanel::order));
        model.addAttribute("panels", list);
        return "reporting/mission-dashboard";
    }
}
