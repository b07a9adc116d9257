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

@Controller
@RequestMapping("/organization")
class AttributionPages {

    private final AttributionService attributions;
    private final FeatureRegistry features;
    private final StructureViews views;

    AttributionPages(AttributionService attributions, FeatureRegistry features, StructureViews views) {
        this.attributions = attributions;
        this.features = features;
        this.views = views;
    }

    @GetMapping("/attributions")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String module, Model model) {
        List<AttributionSummary> list = q == null || q.isBlank() ? attributions.all() : attributions.search(q);
        if (module != null && !module.isBlank()) list = list.stream().filter(a -> a.ownerModule().equals(module)).toList();
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
        return "organization/attribution";
    }

    @GetMapping("/coverage")
    String coverage(Model model) {
        List<FeatureRegistry.SectionCoverage> sections = features.coverage();
        model.addAttribute("sections", sections);
        model.addAttribute("served", sections.stream().mapToLong(FeatureRegistry.SectionCoverage::servedCount).sum());
        model.addAttribute("total", sections.stream().mapToInt(FeatureRegistry.SectionCoverage::total).sum());
        return "organization/coverage";
    }
}
