package org.fieldsupport.ict.catalogue.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.ict.catalogue.domain.ServiceRules;
import org.fieldsupport.ict.catalogue.domain.ServiceRules.Target;
import org.fieldsupport.ict.catalogue.internal.CatalogueService;
import org.fieldsupport.ict.catalogue.internal.CatalogueService.ServiceInput;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.ict.shared.internal.IctMessages;
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

/** Screens of the service catalogue: the list with filters and a form for ICTD; one service with its SLA targets. */
@Controller
@RequestMapping("/ict/services")
class CataloguePages {

    private final CatalogueService catalogue;
    private final IctAccess access;
    private final IctMessages messages;

    CataloguePages(CatalogueService catalogue, IctAccess access, IctMessages messages) {
        this.catalogue = catalogue;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String mission, Model model) {
        model.addAttribute("services", catalogue.list(kind, mission));
        model.addAttribute("transitions", catalogue.transitions());
        model.addAttribute("kind", kind);
        model.addAttribute("mission", mission);
        model.addAttribute("kinds", Arrays.stream(ServiceRules.Kind.values()).map(Enum::name).toList());
        model.addAttribute("hours", Arrays.stream(ServiceRules.SupportHours.values()).map(Enum::name).toList());
        model.addAttribute("mayManage", access.department(IctAccess.CATALOGUE_MANAGE));
        return "ict/catalogue/list";
    }

    @GetMapping("/{code}")
    String one(@PathVariable String code, Model model) {
        model.addAttribute("d", catalogue.detail(code));
        model.addAttribute("statuses", Arrays.stream(ServiceRules.Status.values()).map(Enum::name).toList());
        model.addAttribute("hours", Arrays.stream(ServiceRules.SupportHours.values()).map(Enum::name).toList());
        model.addAttribute("mayManage", access.department(IctAccess.CATALOGUE_MANAGE));
        return "ict/catalogue/service";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
                  @RequestParam(required = false) String nameFr, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String ownerUnit, @RequestParam(required = false) Integer rtoMinutes,
                  @RequestParam(required = false) Integer rpoMinutes, @RequestParam(required = false) String supportHours,
                  @RequestParam(required = false) String missions, RedirectAttributes redirect, Locale locale) {
        try {
            var d = catalogue.create(new ServiceInput(code, nameEn, nameFr, kind, ownerUnit, null, rtoMinutes, rpoMinutes,
                    supportHours, "LIVE", split(missions), null, null, null, null));
            return "redirect:/ict/services/" + d.service().code();
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
            return "redirect:/ict/services";
        }
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect,
                  Locale locale) {
        try {
            var d = catalogue.detail(code);
            Map<String, Target> targets = new LinkedHashMap<>();
            for (var p : d.targets().keySet()) {
                Integer r = integer(form.get("response_" + p)), s = integer(form.get("resolution_" + p));
                targets.put(p.name(), new Target(r == null ? 0 : r, s == null ? 0 : s));
            }
            String by = form.get("transitionBy");
            catalogue.update(code, new ServiceInput(code, form.get("nameEn"), form.get("nameFr"), d.service().kind(),
                    form.get("ownerUnit"), form.get("description"), integer(form.get("rtoMinutes")),
                    integer(form.get("rpoMinutes")), form.get("supportHours"), form.get("status"), split(form.get("missions")),
                    targets, form.get("successorCode"), by == null || by.isBlank() ? null : LocalDate.parse(by),
                    integer(form.get("version")) == null ? null : Long.valueOf(form.get("version"))));
            redirect.addFlashAttribute("notice", true);
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", messages.of(e, locale));
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", messages.of(InvalidInputException.of("transitionBy", "Date",
                    "ict.error.date"), locale));
        }
        return "redirect:/ict/services/" + code;
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static List<String> split(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
    }
}
