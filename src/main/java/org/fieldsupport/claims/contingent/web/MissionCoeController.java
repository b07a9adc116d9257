package org.fieldsupport.claims.contingent.web;

import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.contingent.internal.CoeOverview;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mission's COE page ({@code /claims/missions/{code}}: contingents, operational readiness inspections due or
 * overdue, drafts to sign, strength returns missing for last month), the "COE inspections" panel it adds to the
 * organisation's mission page, and the dashboard card counting overdue inspections.
 */
@Controller
class MissionCoeController implements MissionPanelContributor, DashboardCardContributor {

    private final CoeOverview overview;
    private final Missions missions;
    private final org.fieldsupport.claims.contingent.internal.NextReportPeriods nextReports;

    MissionCoeController(CoeOverview overview, Missions missions,
                         org.fieldsupport.claims.contingent.internal.NextReportPeriods nextReports) {
        this.overview = overview;
        this.missions = missions;
        this.nextReports = nextReports;
    }

    @GetMapping("/claims/missions/{code}")
    String mission(@PathVariable String code, Model model) {
        var mission = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
        overview.requireView(mission.code());
        var today = overview.today();
        var rows = overview.schedule(mission.code(), today);
        model.addAttribute("mission", mission);
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("lastMonth", java.time.YearMonth.from(today).minusMonths(1));
        model.addAttribute("overdue", rows.stream().filter(CoeOverview.ContingentSchedule::overdue).count());
        model.addAttribute("nextReports", nextReports.of(mission.code(), rows.stream()
                .map(r -> new org.fieldsupport.claims.contingent.internal.NextReportPeriods.Deployment(r.id(),
                        r.deployedOn(), null)).toList()));
        return "claims/missions/coe";
    }

    @GetMapping("/claims/cards/inspections")
    String card(Model model) {
        Map<String, Long> byMission = overview.overdueForCurrentUser(overview.today());
        model.addAttribute("overdue", byMission.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("missions", byMission);
        return "claims/missions/card :: card";
    }

    @Override
    public List<MissionPanel> panels(String missionCode) {
        if (!overview.mayView(missionCode)) {
            return List.of();
        }
        var today = overview.today();
        var rows = overview.schedule(missionCode, today);
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new MissionPanel("coe-inspections", "claims.inspection.panel.title", "claims/missions/panel",
                "panel", Map.of("rows", rows, "missionCode", missionCode, "today", today), 50));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("claims-inspections", "claims.inspection.card.title",
                "/claims/cards/inspections", ClaimsPermissions.VERIFICATION_SUBMIT, 55));
    }
}
