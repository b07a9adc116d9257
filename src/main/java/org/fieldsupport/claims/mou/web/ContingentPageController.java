package org.fieldsupport.claims.mou.web;

import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.mou.internal.MouService;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens of contingents and their MOUs: the list (filters by mission, Member State and unit type), registering an
 * MOU, and the contingent page with the version in force, the draft being prepared (terms, Annex B lines, Annex C
 * categories, take effect, discard) and the version history with what changed. Mission factors are entered in
 * percent (2 = 2 %); effective dates as a month.
 */
@Controller
@RequestMapping("/claims/contingents")
class ContingentPageController {

    private final MouService mous;
    private final Missions missions;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final ClaimsAccess access;
    private final org.fieldsupport.platform.web.VersionedForms forms;

    ContingentPageController(MouService mous, Missions missions, ReferenceData reference, MessageSource messages,
                             ClaimsAccess access, org.fieldsupport.platform.web.VersionedForms forms) {
        this.access = access;
        this.mous = mous;
        this.missions = missions;
        this.reference = reference;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping
    String list(@RequestParam(required = false) String mission, @RequestParam(required = false) String memberState,
                @RequestParam(required = false) String unitType, Model model) {
        model.addAttribute("contingents", mous.list(mission, memberState, unitType));
        model.addAttribute("mission", mission);
        model.addAttribute("memberState", memberState);
        model.addAttribute("unitType", unitType);
        model.addAttribute("missions", missions.all());
        model.addAttribute("mayRegister", mous.mayRegister());
        return "claims/contingents/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        access.requireAnywhere(ClaimsPermissions.MOU_MANAGE);
        return form(new LinkedHashMap<>(), Map.of(), model);
    }

    private String form(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("missions", missions.all(LocalDate.now()));
        model.addAttribute("memberStates", reference.memberStates());
        return "claims/contingents/form";
    }

    @PostMapping
    String register(@RequestParam Map<String, String> form, Model model, Locale locale) {
        access.requireAnywhere(ClaimsPermissions.MOU_MANAGE); // refused before any validation message
        Map<String, String> errors = new LinkedHashMap<>();
        MouService.NewMou request = new MouService.NewMou(form.get("reference"), form.get("missionCode"),
                form.get("memberState"), form.get("unitType"), month(form, "effectiveFrom", errors, locale),
                form.get("documentReference"), integer(form, "authorisedStrength", errors, locale),
                factors(form, errors, locale), date(form, "deployedOn", errors, locale),
                date(form, "repatriatedOn", errors, locale), List.of(), List.of());
        if (errors.isEmpty()) {
            try {
                return "redirect:/claims/contingents/" + mous.register(request).contingent().id();
            } catch (InvalidInputException e) {
                errors.putAll(messagesOf(e, locale));
            }
        }
        return form(form, errors, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        prepare(id, model);
        return "claims/contingents/detail";
    }

    /**
     * The draft's editor on its own page (issue 12.8: the contingent page was 4,000 px long with it inline): terms,
     * Annex B lines, Annex C categories, take effect or discard. Without a draft, the contingent page.
     */
    @GetMapping("/{id}/draft")
    String draft(@PathVariable long id, Model model) {
        MouService.Detail mou = prepare(id, model);
        return mou.draft() == null ? "redirect:/claims/contingents/" + id : "claims/contingents/draft";
    }

    private MouService.Detail prepare(long id, Model model) {
        MouService.Detail mou = mous.detail(id);
        model.addAttribute("mou", mou);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> form = (Map<String, String>) model.getAttribute("form");
        model.addAttribute("termsForm", "terms".equals(form.get("_form")) || mou.draft() == null ? form
                : termsOf(mou.draft().version()));
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
        Map<String, Map<String, String>> formsOf = new LinkedHashMap<>();
        Map<String, Map<String, String>> errorsOf = new LinkedHashMap<>();
        for (String name : List.of("terms", "equipment", "selfSustainment", "amendment")) {
            boolean this_ = name.equals(form.get("_form"));
            formsOf.put(name, this_ ? form : Map.of());
            errorsOf.put(name, this_ ? errors : Map.of());
        }
        model.addAttribute("formsOf", formsOf);
        model.addAttribute("errorsOf", errorsOf);
        return mou;
    }

    /** A draft's terms as the form shows them (factors in percent, effective date as a month). */
    private static Map<String, String> termsOf(org.fieldsupport.claims.mou.internal.MouStore.Version v) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("effectiveFrom", v.effectiveFrom() == null ? "" : YearMonth.from(v.effectiveFrom()).toString());
        form.put("documentReference", v.reference() == null ? "" : v.reference());
        form.put("reason", v.reason() == null ? "" : v.reason());
        form.put("authorisedStrength", String.valueOf(v.authorisedStrength()));
        v.factors().byName().forEach((name, value) -> form.put(name, value.movePointRight(2).stripTrailingZeros()
                .toPlainString()));
        form.put("deployedOn", v.deployedOn() == null ? "" : v.deployedOn().toString());
        form.put("repatriatedOn", v.repatriatedOn() == null ? "" : v.repatriatedOn().toString());
        return form;
    }

    @PostMapping("/{id}/amendments")
    String amend(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale,
                 RedirectAttributes redirect) {
        return act(id, "amendment", form, locale, redirect, errors -> {
            LocalDate effective = month(form, "effectiveFrom", errors, locale);
            if (errors.isEmpty()) {
                mous.amend(id, new MouService.Changes(effective, blank(form.get("documentReference")),
                        form.getOrDefault("reason", ""), null, null, null, null, null, null));
            }
        });
    }

    @PostMapping("/{id}/versions/{number}")
    String updateDraft(@PathVariable long id, @PathVariable int number, @RequestParam Map<String, String> form,
                       Locale locale, RedirectAttributes redirect) {
        return act(id, "terms", form, locale, redirect, errors -> {
            MouService.Changes changes = new MouService.Changes(month(form, "effectiveFrom", errors, locale),
                    form.getOrDefault("documentReference", ""), form.get("reason"),
                    integer(form, "authorisedStrength", errors, locale), factors(form, errors, locale),
                    date(form, "deployedOn", errors, locale), date(form, "repatriatedOn", errors, locale), null, null);
            if (errors.isEmpty()) {
                forms.write(versionOf(form), draftRow(id, number), () -> mous.updateDraft(id, number, changes));
            }
        });
    }

    @PostMapping("/{id}/versions/{number}/equipment")
    String putLine(@PathVariable long id, @PathVariable int number, @RequestParam Map<String, String> form,
                   Locale locale, RedirectAttributes redirect) {
        return act(id, "equipment", form, locale, redirect, errors -> {
            MouService.LineInput line = new MouService.LineInput(form.get("line"), form.get("category"),
                    form.get("description"), form.get("leaseType"), integer(form, "mouQuantity", errors, locale),
                    form.get("equipmentCode"), decimal(form, "specialRate", errors, locale), form.get("justification"),
                    form.get("categoryFr"), form.get("descriptionFr"));
            if (errors.isEmpty()) {
                forms.write(versionOf(form), draftRow(id, number), () -> mous.putLine(id, number, line));
            }
        });
    }

    @PostMapping("/{id}/versions/{number}/equipment/{line}/remove")
    String removeLine(@PathVariable long id, @PathVariable int number, @PathVariable String line, Locale locale,
                      RedirectAttributes redirect) {
        return act(id, "equipment", Map.of(), locale, redirect, errors -> mous.removeLine(id, number, line));
    }

    @PostMapping("/{id}/versions/{number}/self-sustainment")
    String putCategory(@PathVariable long id, @PathVariable int number, @RequestParam Map<String, String> form,
                       Locale locale, RedirectAttributes redirect) {
        return act(id, "selfSustainment", form, locale, redirect, errors -> {
            MouService.CategoryInput category = new MouService.CategoryInput(form.get("category"),
                    form.get("providedBy"), decimal(form, "specialRate", errors, locale), form.get("justification"));
            if (errors.isEmpty()) {
                forms.write(versionOf(form), draftRow(id, number), () -> mous.putCategory(id, number, category));
            }
        });
    }

    @PostMapping("/{id}/versions/{number}/self-sustainment/{category}/remove")
    String removeCategory(@PathVariable long id, @PathVariable int number, @PathVariable String category,
                          Locale locale, RedirectAttributes redirect) {
        return act(id, "selfSustainment", Map.of(), locale, redirect,
                errors -> mous.removeCategory(id, number, category));
    }

    @PostMapping("/{id}/versions/{number}/take-effect")
    String takeEffect(@PathVariable long id, @PathVariable int number, @RequestParam Map<String, String> form,
                      Locale locale, RedirectAttributes redirect) {
        return act(id, "takeEffect", Map.of(), locale, redirect,
                errors -> forms.write(versionOf(form), draftRow(id, number), () -> mous.takeEffect(id, number)));
    }

    @PostMapping("/{id}/versions/{number}/discard")
    String discard(@PathVariable long id, @PathVariable int number, @RequestParam Map<String, String> form,
                   Locale locale, RedirectAttributes redirect) {
        return act(id, "discard", Map.of(), locale, redirect,
                errors -> forms.write(versionOf(form), draftRow(id, number), () -> mous.discardDraft(id, number)));
    }

    /** The draft's row for concurrent edits (the API's {@code ETag}); the forms send its {@code lock_version}. */
    private static org.fieldsupport.platform.api.VersionedRow draftRow(long id, int number) {
        return ContingentApiController.MOU_VERSION.row(id, number);
    }

    private static Long versionOf(Map<String, String> form) {
        return org.fieldsupport.platform.web.VersionedForms.version(form);
    }

    private interface Action {
        void run(Map<String, String> errors);
    }

    /** Runs a form's action; refusals come back to the contingent page with the form, its errors and a notice. */
    private String act(long id, String formName, Map<String, String> form, Locale locale, RedirectAttributes redirect,
                       Action action) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            action.run(errors);
        } catch (InvalidInputException e) {
            errors.putAll(messagesOf(e, locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), e.args(), locale));
        } catch (org.fieldsupport.platform.api.StaleVersionException e) {
            // someone changed the draft meanwhile: nothing saved; the panel, and the form again with what was typed
            MouService.Detail now = mous.detail(id);
            Map<String, String> saved = "terms".equals(formName) && now.draft() != null
                    ? termsOf(now.draft().version()) : Map.of();
            Map<String, String> kept = org.fieldsupport.platform.web.VersionedForms.keep(redirect, e, saved, form,
                    name -> messages.getMessage("claims.mou.field." + name, null, name, locale));
            kept.put("_form", formName);
            redirect.addFlashAttribute("form", kept);
            return "redirect:/claims/contingents/" + id + (DRAFT_FORMS.contains(formName) ? "/draft" : "");
        }
        if (!errors.isEmpty()) {
            Map<String, String> values = new LinkedHashMap<>(form);
            values.put("_form", formName);
            redirect.addFlashAttribute("form", values);
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("problem", messages.getMessage("claims.mou.form.errors", null, locale));
        } else if (!redirect.getFlashAttributes().containsKey("problem")) {
            redirect.addFlashAttribute("notice", messages.getMessage("claims.mou.saved." + formName, null, locale));
        }
        // the draft's own forms come back to the draft's page; a new amendment opens it; the rest to the contingent
        boolean toDraft = DRAFT_FORMS.contains(formName) || ("amendment".equals(formName) && errors.isEmpty()
                && !redirect.getFlashAttributes().containsKey("problem"));
        return "redirect:/claims/contingents/" + id + (toDraft ? "/draft" : "");
    }

    private static final java.util.Set<String> DRAFT_FORMS = java.util.Set.of("terms", "equipment", "selfSustainment");

    /** Field errors as the screen shows them (a factor's range in percent, since the screen takes percent). */
    private Map<String, String> messagesOf(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldErrors.FieldError error : e.errors()) {
            String field = error.field().startsWith("missionFactors.") ? error.field().substring(15) : error.field();
            String message = error.field().startsWith("missionFactors.") && "Range".equals(error.rule())
                    ? messages.getMessage("claims.mou.input.factor.percent", null, locale)
                    : messages.getMessage(error.messageKey(), error.args(), locale);
            errors.merge(field, message, (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private MouService.FactorsInput factors(Map<String, String> form, Map<String, String> errors, Locale locale) {
        BigDecimal[] values = new BigDecimal[4];
        String[] names = {"environmental", "intensifiedOperational", "hostileAction", "transport"};
        for (int i = 0; i < names.length; i++) {
            BigDecimal percent = decimal(form, names[i], errors, locale);
            values[i] = percent == null ? null : percent.movePointLeft(2);
        }
        return new MouService.FactorsInput(values[0], values[1], values[2], values[3]);
    }

    private BigDecimal decimal(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip().replace(',', '.').replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("claims.mou.input.number", null, locale));
            return null;
        }
    }

    private Integer integer(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, messages.getMessage("claims.mou.input.integer", null, locale));
            return null;
        }
    }

    private LocalDate date(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("claims.mou.input.date", null, locale));
            return null;
        }
    }

    /** A month ("2026-08") as its first day; a full date is taken as given (and checked by the service). */
    private LocalDate month(Map<String, String> form, String field, Map<String, String> errors, Locale locale) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.length() <= 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, messages.getMessage("claims.mou.input.month", null, locale));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
