package org.fieldsupport.personnel.rest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.rest.internal.RestService;
import org.fieldsupport.personnel.shared.MissionChoices;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.shared.ScreenMessages;
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

/** Screens of rest and recuperation: cycles by duty station, a staff member's eligibility and R&R taken. */
@Controller
@RequestMapping("/personnel/rr")
class RestPageController {

    private final RestService rest;
    private final MissionChoices missionChoices;
    private final PersonnelAccess access;
    private final ScreenMessages messages;

    RestPageController(RestService rest, MissionChoices missionChoices, PersonnelAccess access, ScreenMessages messages) {
        this.rest = rest;
        this.missionChoices = missionChoices;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String cycles(@RequestParam(required = false) String mission, Model model) {
        model.addAttribute("cycles", rest.cycles(mission));
        model.addAttribute("missions", missionChoices.of(PersonnelPermissions.STAFF_MANAGE));
        model.addAttribute("mayManage", access.holdsAnywhere(PersonnelPermissions.STAFF_MANAGE));
        return "personnel/rr-cycles";
    }

    @PostMapping("/cycles")
    String create(@RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        try {
            rest.createCycle(new RestService.NewCycle(form.get("missionCode"), form.get("dutyStation"),
                    integer(form.get("qualifyingDays"), "qualifyingDays"), integer(form.get("rrDays"), "rrDays"),
                    Arrays.asList(form.getOrDefault("destinations", "").split("[;,]")), date(form.get("validFrom"), "validFrom")));
            redirect.addFlashAttribute("notice", messages.get("personnel.rr.cycle.created", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/rr";
    }

    @GetMapping("/staff/{id}")
    String staff(@PathVariable long id, Model model) {
        RestService.StaffRest r = rest.of(id);
        model.addAttribute("r", r);
        return "personnel/rr-staff";
    }

    @PostMapping("/staff/{id}/leave")
    String leave(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale,
                 RedirectAttributes redirect) {
        try {
            rest.record(id, date(form.get("startDate"), "startDate"), date(form.get("endDate"), "endDate"),
                    form.get("destination"));
            redirect.addFlashAttribute("notice", messages.get("personnel.rr.recorded", locale));
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.problem(e, locale));
        }
        return "redirect:/personnel/rr/staff/" + id;
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Date", "personnel.input.date", text);
        }
    }

    static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Number", "personnel.input.number");
        }
    }
}
