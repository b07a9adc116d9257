package org.fieldsupport.organization.attribution.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.http.ResponseEntity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.attribution.internal.AttributionService;
import org.fieldsupport.organization.attribution.internal.FeatureRegistry;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organization")
class AttributionApi {

    private final AttributionService attributions;
    private final FeatureRegistry features;
    private final OrganizationAccess access;

    private final RecordVersions versions;
    static final VersionedRow.Kind ATTRIBUTION = VersionedRow.standard("org_attribution", "attribution_id = ?");

    AttributionApi(AttributionService attributions, FeatureRegistry features, OrganizationAccess access, RecordVersions versions) {
        this.versions = versions;
        this.attributions = attributions;
        this.features = features;
        this.access = access;
    }

    record AttributionJson(AttributionSummary attribution, List<ServedAttribution> servedBy) { }

    /** The whole catalogue (138 entries: not paged), filtered by section, owning module, unit or free text. */
    @GetMapping("/attributions")
    List<AttributionJson> list(@RequestParam(required = false) String section,
                               @RequestParam(required = false) String module,
                               @RequestParam(required = false) String unit,
                               @RequestParam(required = false) String q) {
        List<AttributionSummary> base = q == null || q.isBlank() ? attributions.all() : attributions.search(q);
        return base.stream()
                .filter(a -> section == null || a.section().equals(section) || a.id().startsWith(section + "."))
                .filter(a -> module == null || a.ownerModule().equals(module))
                .filter(a -> unit == null || a.holderUnits().contains(unit))
                .map(a -> new AttributionJson(a, features.servedFor(a.id()))).toList();
    }

    @GetMapping("/attributions/{id}")
    ResponseEntity<AttributionJson> get(@PathVariable String id) {
        AttributionSummary a = attributions.find(id).orElseThrow(() -> new NotFoundException("attribution", id));
        return versions.ok(new AttributionJson(a, features.servedFor(a.id())), ATTRIBUTION.row(id));
    }

    record AttributionUpdate(@NotBlank String summaryEn, String keywordsEn, String keywordsFr,
                             @NotNull List<String> holderUnits, Long version) { }

    @PutMapping("/attributions/{id}")
    ResponseEntity<AttributionJson> update(@PathVariable String id, @IfMatch Long version,
                                           @Valid @RequestBody AttributionUpdate request) {
        access.require(OrganizationAccess.ATTRIBUTIONS_EDIT, Scope.department());
        AttributionSummary a = versions.write(version, ATTRIBUTION.row(id), () -> attributions.update(id,
                new AttributionService.AttributionForm(request.summaryEn(), request.keywordsEn(), request.keywordsFr(),
                        request.holderUnits(), version != null ? version : request.version())));
        return versions.ok(new AttributionJson(a, features.servedFor(a.id())), ATTRIBUTION.row(id));
    }

    record SectionJson(String section, long served, long partial, int total, List<CoverageJson> attributions) { }

    /**
     * {@code served}: a screen and an API are declared for it; {@code status} SERVED / PARTIAL (only one of
     * the two) / NOT_YET; each {@code servedBy} entry names its path, kind and the test class exercising it.
     */
    record CoverageJson(String id, String ownerModule, boolean served, FeatureRegistry.Status status,
                        List<ServedAttribution> servedBy) { }

    @GetMapping("/coverage")
    List<SectionJson> coverage() {
        return features.coverage().stream().map(s -> new SectionJson(s.section(), s.servedCount(), s.partialCount(),
                s.total(), s.attributions().stream().map(c -> new CoverageJson(c.attribution().id(),
                        c.attribution().ownerModule(), c.served(), c.status(), c.features())).toList())).toList();
    }

    /** Served / partial / not yet per owning module. */
    @GetMapping("/coverage/modules")
    List<FeatureRegistry.ModuleCoverage> coverageByModule() {
        return features.byModule();
    }
}
