package org.fieldsupport.frontoffice.briefing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.frontoffice.briefing.internal.BriefingDesk;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.web.ScreenErrors;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the briefing notes: list and request form, a note with its sections and versions. */
@Controller
@RequestMapping("/frontoffice/briefings")
class BriefingPages {

    private final BriefingDesk desk;
    private final FrontOfficeAccess access;
    private final OrganizationStructure structure;
    private final ScreenErrors errors;

    BriefingPages(BriefingDesk desk, FrontOfficeAccess access, OrganizationStructure structure, ScreenErrors errors) {
        this.desk = desk;
        this.access = access;
        this.structure = structure;
        this.errors = errors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("briefings", desk.list());
        boolean manage = access.mayDepartmentWide(FrontOfficeAccess.BRIEFINGS_MANAGE);
        model.addAttribute("mayManage", manage);
        if (manage) model.addAttribute("units", structure.units(LocalDate.now()));
        return "frontoffice/briefings/list";
    }

    @PostMapping
    String request(@RequestParam(required = false) String meeting, @RequestParam(required = false) String counterpart,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
                   @RequestParam(required = false) String principal, @RequestParam(required = false) String language,
                   @RequestParam(required = false) List<String> heading, @RequestParam(required = false) List<String> unit,
                   RedirectAttributes redirect, Locale locale) {
        try {
            List<BriefingDesk.NewSection> sections = new ArrayList<>();
            if (heading != null && unit != null) {
                for (int i = 0; i < Math.min(heading.size(), unit.size()); i++) {
                    if (heading.get(i) != null && !heading.get(i).isBlank()) {
                        sections.add(new BriefingDesk.NewSection(heading.get(i), unit.get(i)));
                    }
                }
            }
            var detail = desk.request(new BriefingDesk.NewBriefing(meeting, counterpart, meetingDate, principal, language,
                    sections));
            return "redirect:/frontoffice/briefings/" + detail.summary().id();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
            return "redirect:/frontoffice/briefings";
        }
    }

    @GetMapping("/{id}")
    String note(@PathVariable long id, Model model) {
        var detail = desk.get(id);
        model.addAttribute("b", detail);
        var contribute = access.reach(FrontOfficeAccess.TASKS_CONTRIBUTE);
        model.addAttribute("mySections", detail.sections().stream().filter(s -> contribute.covers(s.unitCode()))
                .map(s -> s.id()).toList());
        model.addAttribute("mayManage", access.mayDepartmentWide(FrontOfficeAccess.BRIEFINGS_MANAGE));
        return "frontoffice/briefings/note";
    }

    @PostMapping("/{id}/sections/{sectionId}")
    String contribute(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) String text,
                      RedirectAttributes redirect, Locale locale) {
        try {
            desk.contribute(id, sectionId, text);
            redirect.addFlashAttribute("notice", "frontoffice.done");
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:/frontoffice/briefings/" + id;
    }

    @PostMapping("/{id}/assemble")
    String assemble(@PathVariable long id, @RequestParam(required = false) String language, RedirectAttributes redirect,
                    Locale locale) {
        try {
            desk.assemble(id, language);
            redirect.addFlashAttribute("notice", "frontoffice.done");
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:/frontoffice/briefings/" + id;
    }
}
