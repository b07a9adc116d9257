package org.fieldsupport.reporting.calendar.web;

import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.reporting.calendar.internal.ReportingAccess;
import org.fieldsupport.reporting.calendar.internal.ReportingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the reporting calendar: the calendar, a report with its inputs and figures. */
@Controller
@RequestMapping("/reporting/calendar")
class CalendarPages {

    private final ReportingCalendar calendar;
    private final ReportingAccess access;
    private final Missions missions;
    private final MessageSource messages;

    CalendarPages(ReportingCalendar calendar, ReportingAccess access, Missions missions, MessageSource messages) {
        this.calendar = calendar;
        this.access = access;
        this.missions = missions;
        this.messages = messages;
    }

    private interface Action { void run(); }

    private String attempt(Action a, String back, RedirectAttributes redirect, Locale locale) {
        try {
            a.run();
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", String.join("; ", e.errors().stream().map(f -> f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)).toList()));
        }
        return "redirect:" + back;
    }

    @GetMapping
    String calendar(Model model) {
        model.addAttribute("reports", calendar.calendar());
        model.addAttribute("mine", calendar.myRequests());
        model.addAttribute("mayManage", access.department(ReportingAccess.CALENDAR_MANAGE));
        model.addAttribute("missions", missions.all(LocalDate.now()));
        return "reporting/calendar";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String titleEn,
                  @RequestParam(required = false) String titleFr, @RequestParam(required = false) String body,
                  @RequestParam(required = false) String mandate, @RequestParam(required = false) String missionCode,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                  RedirectAttributes redirect, Locale locale) {
        return attempt(() -> calendar.create(new ReportingCalendar.NewReport(code, titleEn, titleFr, body, mandate,
                missionCode, null, dueOn)), "/reporting/calendar", redirect, locale);
    }

    @GetMapping("/{code}")
    String report(@PathVariable String code, Model model) {
        var d = calendar.detail(code);
        model.addAttribute("d", d);
        model.addAttribute("mayManage", access.department(ReportingAccess.CALENDAR_MANAGE));
        model.addAttribute("contributable", d.inputs().stream()
                .filter(i -> access.forUnit(ReportingAccess.INPUTS_CONTRIBUTE, i.unitCode())).map(i -> i.id()).toList());
        model.addAttribute("figures", calendar.availableFigures());
        return "reporting/report";
    }

    @PostMapping("/{code}/inputs")
    String request(@PathVariable String code, @RequestParam(required = false) String unitCode,
                   @RequestParam(required = false) String topic,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                   RedirectAttributes redirect, Locale locale) {
        return attempt(() -> calendar.requestInput(code, new ReportingCalendar.NewInput(unitCode, topic, deadline)),
                "/reporting/calendar/" + code, redirect, locale);
    }

    @PostMapping("/{code}/inputs/{id}/{move}")
    String input(@PathVariable String code, @PathVariable long id, @PathVariable String move,
                 @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> {
            if ("submit".equals(move)) calendar.submitInput(id, text);
            else if ("clear".equals(move)) calendar.clearInput(id);
            else throw new org.fieldsupport.platform.api.NotFoundException("move", move);
        }, "/reporting/calendar/" + code, redirect, locale);
    }

    @PostMapping("/{code}/figures")
    String figure(@PathVariable String code, @RequestParam(required = false) String key,
                  @RequestParam(required = false) String missionCode, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> calendar.takeFigure(code, key, missionCode), "/reporting/calendar/" + code, redirect, locale);
    }

    @PostMapping("/{code}/submit")
    String submit(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> calendar.submitReport(code), "/reporting/calendar/" + code, redirect, locale);
    }
}
