package org.fieldsupport.claims.deathdisability.web;

import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.deathdisability.internal.DndClaimService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.Paging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the death-and-disability claims: list (days open, overdue), intake form, detail with actions. */
@Controller
@RequestMapping("/claims/dnd")
class DndClaimPageController {

    private final DndClaimService claims;
    private final Paging paging;
    private final MessageSource messages;
    private final ClaimsAccess access;

    DndClaimPageController(DndClaimService claims, Paging paging, MessageSource messages, ClaimsAccess access) {
        this.access = access;
        this.claims = claims;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String memberState, @RequestParam(required = false) String mission,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                Model model) {
        DndClaim.Status wanted = null;
        for (DndClaim.Status s : DndClaim.Status.values()) {
            if (s.name().equals(status)) {
                wanted = s;
            }
        }
        PageQuery query = paging.read(page, 50, null, Map.of());
        model.addAttribute("claims", claims.list(memberState, mission, wanted, query));
        model.addAttribute("today", DndClaimService.today());
        model.addAttribute("statuses", DndClaim.Status.values());
        model.addAttribute("memberState", memberState);
        model.addAttribute("mission", mission);
        model.addAttribute("status", status);
        return "claims/dnd/list";
    }

    @GetMapping("/card")
    String card(Model model) {
        long[] counts = claims.openAndOverdue();
        model.addAttribute("open", counts[0]);
        model.addAttribute("overdue", counts[1]);
        return "claims/dnd/card :: card";
    }

    @GetMapping("/new")
    String form(Model model) {
        access.requireAnywhere(ClaimsPermissions.DND_MANAGE);
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("errors", Map.of());
        return "claims/dnd/form";
    }

    @PostMapping
    String receive(@RequestParam Map<String, String> form, Model model, Locale locale) {
        access.requireAnywhere(ClaimsPermissions.DND_MANAGE); // refused before any validation message
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate incident = date(form, "incidentDate", errors, locale);
        LocalDate received = date(form, "receivedOn", errors, locale);
        Integer impairment = null;
        String impairmentText = form.getOrDefault("impairmentPercent", "").strip();
        if (!impairmentText.isEmpty()) {
            try {
                impairment = Integer.valueOf(impairmentText);
            } catch (NumberFormatException e) {
                errors.put("impairmentPercent", messages.getMessage("claims.input.impairment.range", null, locale));
            }
        }
        if (errors.isEmpty()) {
            try {
                DndClaim claim = claims.receive(new DndClaimService.NewClaim(
                        form.getOrDefault("memberState", "").strip().toUpperCase(Locale.ROOT),
                        form.get("missionCode"), form.get("memberName"), form.get("memberNumber"), incident,
                        form.get("kind"), impairment, form.get("boardOfInquiryReference"), received));
                return "redirect:/claims/dnd/" + claim.id();
            } catch (InvalidInputException e) {
                for (FieldErrors.FieldError error : e.errors()) {
                    errors.put(error.field(), messages.getMessage(error.messageKey(), error.args(), locale));
                }
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "claims/dnd/form";
    }

    private LocalDate date(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("claims.dnd.input.date", null, locale));
            return null;
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        DndClaim claim = claims.claim(id);
        model.addAttribute("claim", claim);
        model.addAttribute("mayManage", claims.mayManage(claim));
        model.addAttribute("today", DndClaimService.today());
        java.util.Map<String, org.fieldsupport.platform.workflow.AvailableAction> actions = new java.util.LinkedHashMap<>();
        claims.actions(claim).forEach(a -> actions.put(a.action(), a));
        // segregation of duties: whoever certified the claim never records its payment, so the form is not offered
        boolean certifiedByMe = claim.certifiedBy() != null && org.fieldsupport.platform.security.CurrentUser.username()
                .map(claim.certifiedBy()::equals).orElse(false);
        if (certifiedByMe && actions.remove("pay") != null) {
            model.addAttribute("paymentSegregated", true);
        }
        model.addAttribute("actions", actions);   // from the workflow kit: only what this user may do now
        return "claims/dnd/detail";
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
               @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "request-information" -> claims.requestInformation(id, note);
                case "resume" -> claims.resume(id, note);
                case "certify" -> claims.certify(id);
                case "pay" -> claims.pay(id, claims.claim(id).certifiedAmount(), null, note);
                case "reject" -> claims.reject(id, reason);
                default -> throw new BusinessRuleException("claims.dnd.refused.action", action);
            }
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), locale));
        } catch (InvalidInputException e) {
            FieldErrors.FieldError error = e.errors().get(0);
            redirect.addFlashAttribute("problem", messages.getMessage("claims.dnd.field." + error.field(), null, locale)
                    + ": " + messages.getMessage(error.messageKey(), error.args(), locale));
        }
        return "redirect:/claims/dnd/" + id;
    }
}
