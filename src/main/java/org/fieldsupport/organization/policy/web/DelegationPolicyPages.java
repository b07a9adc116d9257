package org.fieldsupport.organization.policy.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.organization.common.web.FormChanges;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.organization.policy.internal.PolicyTexts;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of the policy texts: the list, one text with its versions, the draft form and the next actions. */
@Controller
@RequestMapping("/organization/policies")
class DelegationPolicyPages implements NavigationContributor, AttributionFeatureContributor {

    private static final String TEST = "org.fieldsupport.organization.policy.PolicyTextsTests";

    private final PolicyTexts texts;
    private final DelegationAccess access;
    private final FormChanges forms;

    DelegationPolicyPages(PolicyTexts texts, DelegationAccess access, FormChanges forms) {
        this.texts = texts;
        this.access = access;
        this.forms = forms;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.DEPARTMENT, "org.nav.policies", "/organization/policies", DelegationAccess.READ, 505,
                org.fieldsupport.platform.security.Scope.department()));   // the page asks it department-wide
    }

    /** 2.1.b: taking part in policy-making and delegating authority — the register's policies as versioned texts. */
    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("2.1.b", "org.nav.policies", "/organization/policies", ServedAttribution.Kind.SCREEN, TEST),
                new ServedAttribution("2.1.b", "org.feature.policies-api", "/api/v1/organization/policies",
                        ServedAttribution.Kind.API, TEST));
    }

    @GetMapping
    String list(Model model) {
        if (!access.mayRead()) throw new AccessDeniedException(DelegationAccess.READ);
        model.addAttribute("texts", texts.latest());
        model.addAttribute("mayManage", access.mayManage());
        return "organization/policies";
    }

    @GetMapping("/{code}")
    String text(@PathVariable String code, @RequestParam(required = false) Integer v, Model model) {
        if (!access.mayRead()) throw new AccessDeniedException(DelegationAccess.READ);
        List<PolicyTexts.PolicyText> versions = texts.versions(code);
        PolicyTexts.PolicyText shown = v == null ? versions.get(0)
                : versions.stream().filter(t -> t.versionNo() == v).findFirst().orElse(versions.get(0));
        model.addAttribute("versions", versions);
        model.addAttribute("t", shown);
        model.addAttribute("history", texts.history(shown));
        model.addAttribute("actions", access.mayManage() ? texts.actions(shown) : List.of());
        model.addAttribute("mayManage", access.mayManage());
        model.addAttribute("today", LocalDate.now());
        return "organization/policy";
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String titleEn,
                  @RequestParam(required = false) String titleFr, @RequestParam(required = false) String body,
                  @RequestParam(required = false) String authorityTypes, Locale locale, RedirectAttributes redirect) {
        manage();
        return attempt(() -> "redirect:/organization/policies/" + texts.create(new PolicyTexts.TextForm(code, titleEn,
                titleFr, body, split(authorityTypes), null)).code(), "redirect:/organization/policies", locale, redirect);
    }

    @PostMapping("/{code}/new-version")
    String newVersion(@PathVariable String code, Locale locale, RedirectAttributes redirect) {
        manage();
        String back = "redirect:/organization/policies/" + code;
        return attempt(() -> { texts.newVersion(code); return back; }, back, locale, redirect);
    }

    @PostMapping("/{code}/versions/{n}")
    String edit(@PathVariable String code, @PathVariable int n, @RequestParam(required = false) String titleEn,
                @RequestParam(required = false) String titleFr, @RequestParam(required = false) String body,
                @RequestParam(required = false) String authorityTypes, @RequestParam(required = false) Long version,
                Locale locale, RedirectAttributes redirect) {
        manage();
        String back = "redirect:/organization/policies/" + code + "?v=" + n;
        return forms.attempt(version, DelegationPolicyApi.TEXT.row(code, n), () -> {
            PolicyTexts.PolicyText t = texts.get(code, n);
            return FormChanges.values("titleEn", t.titleEn(), "titleFr", t.titleFr(), "authorityTypes",
                    t.authorityTypes(), "body", t.body());
        }, () -> {
            texts.edit(code, n, new PolicyTexts.TextForm(code, titleEn, titleFr, body, split(authorityTypes), version));
            return back;
        }, back, locale, redirect);
    }

    @PostMapping("/{code}/versions/{n}/{action}")
    String act(@PathVariable String code, @PathVariable int n, @PathVariable String action,
               @RequestParam(required = false) String consulted,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consultationUntil,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
               @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
               Locale locale, RedirectAttributes redirect) {
        manage();
        String back = "redirect:/organization/policies/" + code + "?v=" + n;
        return forms.attempt(version, DelegationPolicyApi.TEXT.row(code, n), java.util.Map::of, () -> {
            texts.act(code, n, action, new PolicyTexts.ActionForm(split(consulted), consultationUntil, effectiveFrom,
                    reason, version));
            return back;
        }, back, locale, redirect);
    }

    private void manage() {
        if (!access.mayManage()) throw new AccessDeniedException(DelegationAccess.MANAGE);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("[\\s,;]+")).filter(x -> !x.isBlank()).toList();
    }

    private String attempt(Supplier<String> change, String back, Locale locale, RedirectAttributes redirect) {
        return forms.attempt(change, back, locale, redirect);
    }
}
