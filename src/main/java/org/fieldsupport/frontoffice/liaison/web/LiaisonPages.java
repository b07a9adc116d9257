package org.fieldsupport.frontoffice.liaison.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.frontoffice.liaison.domain.LiaisonRules;
import org.fieldsupport.frontoffice.liaison.internal.LiaisonRegister;
import org.fieldsupport.frontoffice.liaison.internal.LiaisonRegister.*;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.frontoffice.office.web.ScreenErrors;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of liaison: the partner register and a partner's file, queries, press requests. */
@Controller
class LiaisonPages {

    private final LiaisonRegister register;
    private final FrontOfficeAccess access;
    private final ScreenErrors errors;

    LiaisonPages(LiaisonRegister register, FrontOfficeAccess access, ScreenErrors errors) {
        this.register = register;
        this.access = access;
        this.errors = errors;
    }

    private interface Action { void run(); }

    private String attempt(Action action, String back, RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "frontoffice.done");
        } catch (BusinessRuleException | InvalidInputException e) {
            redirect.addFlashAttribute("error", errors.message(e, locale));
        }
        return "redirect:" + back;
    }

    @GetMapping("/frontoffice/partners")
    String partners(@RequestParam(required = false) String kind, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("partners", register.partners(kind, q));
        model.addAttribute("followUps", register.openFollowUps());
        model.addAttribute("negotiations", register.negotiations(null));
        model.addAttribute("kinds", LiaisonRules.PartnerKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("mayManage", access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE));
        return "frontoffice/liaison/partners";
    }

    @PostMapping("/frontoffice/partners")
    String createPartner(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String country,
                         @RequestParam(required = false) String contactName,
                         @RequestParam(required = false) String contactEmail,
                         @RequestParam(required = false) String contactPhone, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.createPartner(new NewPartner(code, name, kind, country, contactName, contactEmail,
                contactPhone, null)), "/frontoffice/partners", redirect, locale);
    }

    @GetMapping("/frontoffice/partners/{code}")
    String partner(@PathVariable String code, Model model) {
        Partner p = register.partner(code);
        model.addAttribute("p", p);
        model.addAttribute("meetings", register.meetings(p.code()));
        model.addAttribute("negotiations", register.negotiations(p.code()));
        model.addAttribute("queries", register.queries(false, null, p.code()));
        model.addAttribute("statuses", LiaisonRules.NegotiationStatus.values());
        model.addAttribute("mayManage", access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE));
        return "frontoffice/liaison/partner";
    }

    @PostMapping("/frontoffice/partners/{code}/meetings")
    String meeting(@PathVariable String code,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                   @RequestParam(required = false) String subject, @RequestParam(required = false) String principal,
                   @RequestParam(required = false) String missionCode, @RequestParam(required = false) String summary,
                   @RequestParam(required = false) String action, @RequestParam(required = false) String ownerUnit,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actionDue,
                   RedirectAttributes redirect, Locale locale) {
        List<NewFollowUp> followUps = new ArrayList<>();
        if (action != null && !action.isBlank()) followUps.add(new NewFollowUp(action, ownerUnit, actionDue));
        return attempt(() -> register.recordMeeting(code, new NewMeeting(heldOn, subject, principal, missionCode, summary,
                followUps)), "/frontoffice/partners/" + code, redirect, locale);
    }

    @PostMapping("/frontoffice/follow-ups/{id}/done")
    String done(@PathVariable long id, @RequestParam(defaultValue = "/frontoffice/partners") String back,
                RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.completeFollowUp(id), back.startsWith("/frontoffice/") ? back : "/frontoffice/partners",
                redirect, locale);
    }

    @PostMapping("/frontoffice/partners/{code}/negotiations")
    String negotiation(@PathVariable String code, @RequestParam(required = false) String subject,
                       @RequestParam(required = false) String leadUnit, @RequestParam(required = false) String nextStep,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextStepDue,
                       RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.openNegotiation(code, new NewNegotiation(subject, leadUnit, nextStep, nextStepDue)),
                "/frontoffice/partners/" + code, redirect, locale);
    }

    @PostMapping("/frontoffice/negotiations/{id}")
    String updateNegotiation(@PathVariable long id, @RequestParam(required = false) String status,
                             @RequestParam(required = false) String nextStep,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextStepDue,
                             RedirectAttributes redirect, Locale locale) {
        Negotiation n = register.negotiation(id);
        return attempt(() -> register.updateNegotiation(id, new NegotiationUpdate(status, nextStep, nextStepDue)),
                "/frontoffice/partners/" + n.partnerCode(), redirect, locale);
    }

    @GetMapping("/frontoffice/queries")
    String queries(@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) String kind,
                   Model model) {
        var queries = register.queries(open, kind, null);
        model.addAttribute("queries", queries);
        // the answer form only on the queries the user may answer (issue 12.4)
        model.addAttribute("answerable", queries.stream().filter(register::mayAnswer)
                .map(LiaisonRegister.Query::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("open", open);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", LiaisonRules.QueryKind.values());
        model.addAttribute("partners", register.partners(null, null));
        model.addAttribute("mayManage", access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE));
        model.addAttribute("today", register.today());
        return "frontoffice/liaison/queries";
    }

    @PostMapping("/frontoffice/queries")
    String createQuery(@RequestParam(required = false) String partnerCode, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String subject, @RequestParam(required = false) String missionCode,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                       @RequestParam(required = false) String leadUnit, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.createQuery(new NewQuery(partnerCode, kind, subject, missionCode, null, deadline,
                leadUnit)), "/frontoffice/queries", redirect, locale);
    }

    @PostMapping("/frontoffice/queries/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect,
                  Locale locale) {
        return attempt(() -> register.answerQuery(id, answer), "/frontoffice/queries", redirect, locale);
    }

    @GetMapping("/frontoffice/press")
    String press(Model model) {
        model.addAttribute("requests", register.pressRequests());
        model.addAttribute("mayManage", access.mayDepartmentWide(FrontOfficeAccess.LIAISON_MANAGE));
        return "frontoffice/liaison/press";
    }

    @PostMapping("/frontoffice/press")
    String createPress(@RequestParam(required = false) String outlet, @RequestParam(required = false) String subject,
                       @RequestParam(required = false) String kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                       @RequestParam(required = false) String paContact, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.createPress(new NewPress(outlet, subject, kind, null, deadline, paContact)),
                "/frontoffice/press", redirect, locale);
    }

    @PostMapping("/frontoffice/press/{id}/status")
    String movePress(@PathVariable long id, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String response, RedirectAttributes redirect, Locale locale) {
        return attempt(() -> register.movePress(id, status, response), "/frontoffice/press", redirect, locale);
    }
}
