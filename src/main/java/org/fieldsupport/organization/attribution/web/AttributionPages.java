package org.fieldsupport.organization.attribution.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.attribution.internal.AttributionService;
import org.fieldsupport.organization.attribution.internal.FeatureRegistry;
import org.fieldsupport.organization.structure.internal.StructureViews;
import org.fieldsupport.platform.api.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.Scope;
import java.util.Arrays;
import java.util.Locale;

@Controller
@RequestMapping("/organization")
class AttributionPages {

    private final AttributionService attributions;
    private final FeatureRegistry features;
    private final StructureViews views;
    private final OrganizationAccess access;
    private final MessageSource messages;

    private final org.fieldsupport.platform.web.VersionedForms forms;

    AttributionPages(AttributionService attributions, FeatureRegistry features, StructureViews views,
                     OrganizationAccess access, MessageSource messages, org.fieldsupport.platform.web.VersionedForms forms) {
        this.forms = forms;
        this.attributions = attributions;
        this.features = features;
        this.views = views;
        this.access = access;
        this.messages = messages;
    }

    static final int PAGE_SIZE = 25;

    @GetMapping("/attributions")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String module,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        List<AttributionSummary> list = q == null || q.isBlank() ? attributions.all() : attributions.search(q);
        if (module != null && !module.isBlank()) list = list.stream().filter(a -> a.ownerModule().equals(module)).toList();
        // a page of the catalogue at a time (issue 12.10: a page at most 8 KB; the bulletin's texts are long)
        int pages = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("total", list.size());
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        list = list.subList(p * PAGE_SIZE, Math.min(list.size(), (p + 1) * PAGE_SIZE));
        model.addAttribute("attributions", list);
        model.addAttribute("q", q);
        model.addAttribute("module", module);
        model.addAttribute("modules", attributions.all().stream().map(AttributionSummary::ownerModule).distinct().sorted().toList());
        model.addAttribute("names", views.names(LocalDate.now()));
        return "organization/attributions";
    }

    @GetMapping("/attributions/{id}")
    String attribution(@PathVariable String id, Model model) {
        AttributionSummary a = attributions.find(id).orElseThrow(() -> new NotFoundException("attribution", id));
        model.addAttribute("a", a);
        model.addAttribute("features", features.servedFor(a.id()));
        model.addAttribute("names", views.names(LocalDate.now()));
        model.addAttribute("mayEdit", access.may(OrganizationAccess.ATTRIBUTIONS_EDIT, Scope.department()));
        model.addAttribute("version", forms.version(AttributionApi.ATTRIBUTION.row(a.id())));
        return "organization/attribution";
    }

    /** Edits the English summary, keywords and holding units; the bulletin's French text stays as it is. */
    @PostMapping("/attributions/{id}")
    String edit(@PathVariable String id, @RequestParam String summaryEn, @RequestParam(required = false) String keywordsEn,
                @RequestParam(required = false) String keywordsFr, @RequestParam(defaultValue = "") String holderUnits,
                @RequestParam(required = false) Long version, Locale locale, RedirectAttributes redirect) {
        access.require(OrganizationAccess.ATTRIBUTIONS_EDIT, Scope.department());
        List<String> holders = Arrays.stream(holderUnits.split("[\\s,;]+")).filter(u -> !u.isBlank()).toList();
        try {
            forms.write(version, AttributionApi.ATTRIBUTION.row(id), () -> attributions.update(id,
                    new AttributionService.AttributionForm(summaryEn, keywordsEn, keywordsFr, holders, null)));
            redirect.addFlashAttribute("saved", true);
        } catch (org.fieldsupport.platform.api.StaleVersionException e) {
            // someone changed it meanwhile: nothing saved; the panel, and the form again with what was typed
            AttributionSummary now = attributions.find(id).orElseThrow(() -> new NotFoundException("attribution", id));
            java.util.Map<String, String> saved = new java.util.LinkedHashMap<>();
            saved.put("summaryEn", now.summaryEn());
            saved.put("keywordsEn", now.keywordsEn());
            saved.put("keywordsFr", now.keywordsFr());
            saved.put("holderUnits", String.join(" ", now.holderUnits()));
            java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
            typed.put("summaryEn", summaryEn);
            typed.put("keywordsEn", keywordsEn);
            typed.put("keywordsFr", keywordsFr);
            typed.put("holderUnits", holderUnits);
            java.util.Map<String, String> labels = java.util.Map.of("summaryEn", "org.attribution.en",
                    "keywordsEn", "org.keywords.en", "keywordsFr", "org.keywords.fr",
                    "holderUnits", "org.attribution.holders.codes");
            org.fieldsupport.platform.web.VersionedForms.keep(redirect, e, saved, typed,
                    name -> messages.getMessage(labels.getOrDefault(name, name), null, name, locale));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/organization/attributions/" + id;
    }

    @GetMapping("/coverage")
    String coverage(@org.springframework.web.bind.annotation.RequestParam(required = false) String section, Model model) {
        List<FeatureRegistry.SectionCoverage> sections = features.coverage();
        model.addAttribute("sections", sections);
        // issue 12.10 (a page at most 8 KB): one paragraph's attributions at a time, the others one click away
        model.addAttribute("section", section);
        model.addAttribute("shown", section == null ? List.of() : sections.stream()
                .filter(s -> "all".equals(section) || s.section().equals(section)).toList());
        model.addAttribute("served", sections.stream().mapToLong(FeatureRegistry.SectionCoverage::servedCount).sum());
        model.addAttribute("partial", sections.stream().mapToLong(FeatureRegistry.SectionCoverage::partialCount).sum());
        model.addAttribute("total", sections.stream().mapToInt(FeatureRegistry.SectionCoverage::total).sum());
        model.addAttribute("modules", features.byModule());
        return "organization/coverage";
    }
}
