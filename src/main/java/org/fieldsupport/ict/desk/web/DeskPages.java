package org.fieldsupport.ict.desk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.desk.internal.ChangeService;
import org.fieldsupport.ict.desk.internal.DeskService;
import org.fieldsupport.ict.desk.internal.ServiceLevels;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctMessages;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the service desk: the queue with a form to raise a ticket, a ticket, the change calendar, service levels. */
@Controller
@RequestMapping("/ict/desk")
class DeskPages {

    private final DeskService desk;
    private final ChangeService changes;
    private final ServiceLevels levels;
    private final CatalogueService catalogue;
    private final IctAccess access;
    private final IctMessages messages;

    DeskPages(DeskService desk, ChangeService changes, ServiceLevels levels, CatalogueService catalogue, IctAccess access,
              IctMessages messages) {
        this.desk = desk;
        this.changes = changes;
        this.levels = levels;
        this.catalogue = catalogue;
        this.access = access;
        this.messages = messages;
    }

    private List<String> myMissions(String permission) {
        Set<String> m = access.missions(permission);
        if (m == null) return List.of("MINUSCA", "MONUSCO", "UNMISS");
        return new ArrayList<>(m);
    }

    @GetMapping
    String queue(@RequestParam(required = false) String mission, @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "0") int offset, Model model) {
        model.addAttribute("tickets", desk.queue(mission, status, offset, 50));
        model.addAttribute("mission", mission);
        model.addAttribute("status", status);
        model.addAttribute("offset", offset);
        List<String> raise = new ArrayList<>(myMissions(IctAccess.DESK_REQUEST));
        model.addAttribute("raiseMissions", raise);
        model.addAttribute("services", catalogue.services().stream().filter(s -> !"RETIRED".equals(s.status())).toList());
        model.addAttribute("now", desk.now());
        return "ict/desk/queue";
    }

    /** The home page's card (my figures): open incidents by priority, breaches, my queue. */
    @GetMapping("/card")
    String card(Model model) {
        model.addAttribute("figures", desk.figures());
        return "ict/desk/card :: card";
    }

    @PostMapping("/tickets")
    String open(@RequestParam(required = false) String missionCode, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String serviceCode, @RequestParam(required = false) String title,
                @RequestParam(required = false) String description, @RequestParam(required = false) Integer impact,
                @RequestParam(required = false) Integer urgency, RedirectAttributes redirect, Locale locale) {
        try {
            var t = desk.open(new DeskService.NewTicket(missionCode, kind, serviceCode, title, description, impact, urgency));
            return "redirect:/ict/desk/tickets/" + t.id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
            return "redirect:/ict/desk";
        }
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable long id, Model model) {
        model.addAttribute("v", desk.view(id));
        model.addAttribute("now", desk.now());
        return "ict/desk/ticket";
    }

    @PostMapping("/tickets/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
               @RequestParam(required = false) Integer impact, @RequestParam(required = false) Integer urgency,
               @RequestParam(required = false) Integer satisfaction, @RequestParam(required = false) String comment,
               @RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale) {
        try {
            desk.act(id, action, new DeskService.ActionInput(note, impact, urgency, satisfaction, comment, version));
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/ict/desk/tickets/" + id;
    }

    @GetMapping("/changes")
    String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String mission, Model model) {
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC) : ServiceLevels.month(month);
        List<ChangeService.Change> list = changes.calendar(m, mission);
        Map<java.time.LocalDate, List<ChangeService.Change>> byDay = new LinkedHashMap<>();
        for (var c : list) {
            var day = c.plannedStart().atOffset(ZoneOffset.UTC).toLocalDate();
            if (day.isBefore(m.atDay(1))) day = m.atDay(1);
            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(c);
        }
        Map<Long, List<org.fieldsupport.platform.workflow.AvailableAction>> actions = new LinkedHashMap<>();
        for (var c : list) actions.put(c.id(), changes.actions(c));
        model.addAttribute("month", m);
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        model.addAttribute("mission", mission);
        model.addAttribute("byDay", byDay);
        model.addAttribute("actions", actions);
        model.addAttribute("workMissions", access.missions(IctAccess.DESK_WORK) == null ? myMissions(IctAccess.DESK_WORK)
                : new ArrayList<>(access.missions(IctAccess.DESK_WORK)));
        model.addAttribute("services", catalogue.services().stream().filter(s -> !"RETIRED".equals(s.status())).toList());
        return "ict/desk/changes";
    }

    @PostMapping("/changes")
    String createChange(@RequestParam(required = false) String missionCode, @RequestParam(required = false) String serviceCode,
                        @RequestParam(required = false) String title, @RequestParam(required = false) String risk,
                        @RequestParam(required = false) String plannedStart, @RequestParam(required = false) String plannedEnd,
                        RedirectAttributes redirect, Locale locale) {
        try {
            Instant start = plannedStart == null || plannedStart.isBlank() ? null
                    : LocalDateTime.parse(plannedStart).toInstant(ZoneOffset.UTC);
            Instant end = plannedEnd == null || plannedEnd.isBlank() ? null : LocalDateTime.parse(plannedEnd).toInstant(ZoneOffset.UTC);
            var c = changes.create(new ChangeService.NewChange(missionCode, serviceCode, title, null, risk, start, end));
            redirect.addFlashAttribute("notice", true);
            return "redirect:/ict/desk/changes?month=" + YearMonth.from(c.plannedStart().atOffset(ZoneOffset.UTC));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", messages.of(InvalidInputException.of("plannedStart", "Date", "ict.error.date"), locale));
        }
        return "redirect:/ict/desk/changes";
    }

    @PostMapping("/changes/{id}/{action}")
    String changeAction(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
                        @RequestParam(required = false) Long version, RedirectAttributes redirect, Locale locale) {
        var c = changes.change(id);
        try {
            changes.perform(id, action, reason == null || reason.isBlank() ? null : reason, version);
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        }
        return "redirect:/ict/desk/changes?month=" + YearMonth.from(c.plannedStart().atOffset(ZoneOffset.UTC));
    }

    @GetMapping("/changes/{id}")
    String change(@PathVariable long id) {
        var c = changes.change(id);
        return "redirect:/ict/desk/changes?month=" + YearMonth.from(c.plannedStart().atOffset(ZoneOffset.UTC));
    }

    @GetMapping("/service-levels")
    String serviceLevels(@RequestParam(required = false) String mission, @RequestParam(required = false) String month,
                         Model model) {
        access.requireAnywhere(IctAccess.DESK_REPORT);
        List<String> mine = myMissions(IctAccess.DESK_REPORT);
        String m = mission == null || mission.isBlank() ? (mine.isEmpty() ? null : mine.get(0)) : mission;
        YearMonth ym = month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC).minusMonths(1) : ServiceLevels.month(month);
        model.addAttribute("missions", mine);
        model.addAttribute("mission", m);
        model.addAttribute("month", ym);
        ServiceLevels.Report report = m == null ? null : levels.report(m, ym);
        model.addAttribute("report", report);
        if (report != null) {
            List<ServiceLevels.Line> rows = new ArrayList<>(report.lines());
            rows.add(report.total());
            model.addAttribute("rows", rows);
        }
        return "ict/desk/service-levels";
    }

    /** The desk card on the home page of ICT roles holding {@code ict.desk.read}. */
    @org.springframework.stereotype.Component
    static class DeskCard implements org.fieldsupport.platform.web.DashboardCardContributor {
        @Override
        public List<DashboardCard> dashboardCards() {
            return List.of(new DashboardCard("ict-desk", "ict.card.title", "/ict/desk/card", IctAccess.DESK_READ, 65));
        }
    }
}
