package org.fieldsupport.organization.acting.web;

import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.acting.internal.ActingArrangementRegister;
import org.fieldsupport.organization.common.web.FormChanges;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The acting arrangements screen: current and coming officers-in-charge, a form to name one, cancel. */
@Controller
@RequestMapping("/organization/acting-arrangements")
class ActingPages {

    private final ActingArrangementRegister register;
    private final OrganizationStructure structure;
    private final OrganizationAccess access;
    private final FormChanges forms;

    ActingPages(ActingArrangementRegister register, OrganizationStructure structure, OrganizationAccess access,
                FormChanges forms) {
        this.register = register;
        this.structure = structure;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String position,
                Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("arrangements", position != null && !position.isBlank() ? register.ofPosition(position)
                : register.list(all ? null : today));
        model.addAttribute("all", all);
        model.addAttribute("position", position);
        model.addAttribute("today", today);
        model.addAttribute("mayEdit", access.mayAnywhere(OrganizationAccess.STRUCTURE_EDIT));
        return "organization/acting";
    }

    @PostMapping
    String create(@RequestParam(required = false) String positionCode, @RequestParam(required = false) String actingPerson,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                  @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, scopeOf(positionCode, validFrom));
        return forms.attempt(() -> {
            register.create(new ActingArrangementRegister.ArrangementForm(positionCode, actingPerson, validFrom, validTo, reason));
            return "redirect:/organization/acting-arrangements";
        }, "redirect:/organization/acting-arrangements", locale, redirect, "org.acting.overlaps");
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version, Locale locale,
                  RedirectAttributes redirect) {
        ActingArrangementRegister.Arrangement a = register.get(id);
        access.require(OrganizationAccess.STRUCTURE_EDIT, scopeOf(a.positionCode(), a.validFrom()));
        return forms.attempt(() -> {
            register.cancel(id, version);
            return "redirect:/organization/acting-arrangements";
        }, "redirect:/organization/acting-arrangements", locale, redirect);
    }

    private Scope scopeOf(String positionCode, LocalDate on) {
        if (positionCode == null || positionCode.isBlank()) return Scope.department();
        return structure.position(positionCode.strip().toUpperCase(Locale.ROOT), on).map(ActingApi::scope)
                .orElse(Scope.department());
    }
}
