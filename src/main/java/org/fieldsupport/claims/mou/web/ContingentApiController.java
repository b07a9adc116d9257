package org.fieldsupport.claims.mou.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.mou.internal.MouService;
import org.fieldsupport.claims.mou.internal.MouStore;
import org.fieldsupport.claims.mou.internal.UnitTypeLabels;
import org.fieldsupport.platform.api.Idempotent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contingents and their MOU versions over REST: list (filters), detail with every version and what changed,
 * registration (the original version, a draft), amendments (a draft copied from the latest version), editing a
 * draft (terms, Annex B lines, Annex C categories), making a draft take effect, discarding a draft. Bad input is
 * answered 400 with every bad field (problem details); money as strings with two decimals (USD); mission factors as
 * fractions (0.02 = 2 %). Unit types are given by code ({@code unitType}) and by label in the requester's language
 * ({@code unitTypeLabel}: Accept-Language, else the user's preference, else English; free text is given as is).
 */
@RestController
@RequestMapping(path = "/api/v1/claims/contingents", produces = MediaType.APPLICATION_JSON_VALUE)
class ContingentApiController {

    private final MouService mous;
    private final UnitTypeLabels unitTypes;

    private final RecordVersions versions;
    /** Concurrent edits: a draft MOU version (its lines and categories included) carries {@code lock_version}. */
    static final VersionedRow.Kind MOU_VERSION = VersionedRow.of("claims_mou_version", "lock_version", null, null,
            "contingent_id = ? AND version_number = ?");

    ContingentApiController(MouService mous, UnitTypeLabels unitTypes, RecordVersions versions) {
        this.versions = versions;
        this.mous = mous;
        this.unitTypes = unitTypes;
    }

    record RowJson(long id, String reference, String missionCode, String memberState, String unitType,
                   String unitTypeLabel, int authorisedStrength, String deployedOn, String repatriatedOn,
                   boolean illustrative) { }

    record LineJson(String line, String category, String description, String leaseType, int mouQuantity,
                    String monthlyRate, String equipmentCode, String rateBasis, String rateEdition,
                    String justification, String categoryFr, String descriptionFr) { }

    record CategoryJson(String category, String providedBy, String ratePerPersonPerMonth, String rateBasis,
                        String rateEdition, String justification) { }

    record ChangeJson(String area, String item, String field, String before, String after) { }

    record VersionJson(int number, String kind, String status, String effectiveFrom, String inForceFrom,
                       String inForceUntil, boolean inForceToday, String documentReference, String reason,
                       int authorisedStrength, Map<String, BigDecimal> missionFactors, String deployedOn,
                       String repatriatedOn, String createdBy, String createdAt, String effectiveBy,
                       String effectiveAt, List<LineJson> equipment, List<CategoryJson> selfSustainment,
                       List<ChangeJson> changes) { }

    record ContingentJson(long id, String reference, String missionCode, String memberState, String unitType,
                          String unitTypeLabel, boolean illustrative, Integer versionInForce, Integer draftVersion,
                          List<VersionJson> versions) { }

    @GetMapping
    List<RowJson> list(@RequestParam(required = false) String mission,
                       @RequestParam(required = false) String memberState,
                       @RequestParam(required = false) String unitType) {
        return mous.list(mission, memberState, unitType).stream().map(c -> new RowJson(c.id(), c.reference(),
                c.missionCode(), c.memberState(), c.unitType(), unitTypes.label(c.unitType()), c.authorisedStrength(),
                str(c.deployedOn()), str(c.repatriatedOn()), c.illustrative())).toList();
    }

    @GetMapping("/{id}")
    ContingentJson contingent(@PathVariable long id) {
        return json(mous.detail(id));
    }

    @GetMapping("/{id}/versions/{number}")
    ResponseEntity<VersionJson> version(@PathVariable long id, @PathVariable int number) {
        return mous.detail(id).version(number).map(v -> ResponseEntity.ok().eTag(RecordVersions.etag(v.version().lockVersion())).body(json(v)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<ContingentJson> register(@RequestBody MouService.NewMou request) {
        ContingentJson created = json(mous.register(request));
        return ResponseEntity.created(URI.create("/api/v1/claims/contingents/" + created.id())).body(created);
    }

    @PostMapping(path = "/{id}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<ContingentJson> amend(@PathVariable long id, @RequestBody MouService.Changes request) {
        ContingentJson amended = json(mous.amend(id, request));
        return ResponseEntity.created(URI.create("/api/v1/claims/contingents/" + id + "/versions/"
                + amended.draftVersion())).body(amended);
    }

    @PatchMapping(path = "/{id}/versions/{number}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContingentJson> updateDraft(@PathVariable long id, @PathVariable int number, @IfMatch Long version,
                               @RequestBody MouService.Changes request) {
        return versions.ok(json(versions.write(version, MOU_VERSION.row(id, number),
                () -> mous.updateDraft(id, number, request))), MOU_VERSION.row(id, number));
    }

    @PutMapping(path = "/{id}/versions/{number}/equipment/{line}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContingentJson> putLine(@PathVariable long id, @PathVariable int number, @PathVariable String line,
                           @IfMatch Long version, @RequestBody MouService.LineInput request) {
        return versions.ok(json(versions.write(version, MOU_VERSION.row(id, number), () -> mous.putLine(id, number, new MouService.LineInput(line, request.category(), request.description(),
                request.leaseType(), request.mouQuantity(), request.equipmentCode(), request.specialRate(),
                request.justification(), request.categoryFr(), request.descriptionFr())))), MOU_VERSION.row(id, number));
    }

    @DeleteMapping("/{id}/versions/{number}/equipment/{line}")
    ContingentJson removeLine(@PathVariable long id, @PathVariable int number, @PathVariable String line) {
        return json(mous.removeLine(id, number, line));
    }

    @PutMapping(path = "/{id}/versions/{number}/self-sustainment/{category}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContingentJson> putCategory(@PathVariable long id, @PathVariable int number, @PathVariable String category,
                               @IfMatch Long version, @RequestBody MouService.CategoryInput request) {
        return versions.ok(json(versions.write(version, MOU_VERSION.row(id, number), () -> mous.putCategory(id, number,
                new MouService.CategoryInput(category, request.providedBy(), request.specialRate(),
                        request.justification())))), MOU_VERSION.row(id, number));
    }

    @DeleteMapping("/{id}/versions/{number}/self-sustainment/{category}")
    ContingentJson removeCategory(@PathVariable long id, @PathVariable int number, @PathVariable String category) {
        return json(mous.removeCategory(id, number, category));
    }

    @PostMapping("/{id}/versions/{number}/take-effect")
    ContingentJson takeEffect(@PathVariable long id, @PathVariable int number) {
        return json(mous.takeEffect(id, number));
    }

    @DeleteMapping("/{id}/versions/{number}")
    ContingentJson discard(@PathVariable long id, @PathVariable int number) {
        return json(mous.discardDraft(id, number));
    }

    private ContingentJson json(MouService.Detail d) {
        MouStore.Contingent c = d.contingent();
        return new ContingentJson(c.id(), c.reference(), c.missionCode(), c.memberState(), c.unitType(),
                unitTypes.label(c.unitType()), c.illustrative(),
                d.inForce() == null ? null : d.inForce().version().number(),
                d.draft() == null ? null : d.draft().version().number(),
                d.versions().stream().map(v -> json(v)).toList());
    }

    static VersionJson json(MouService.VersionView view) {
        MouStore.Version v = view.version();
        Map<String, BigDecimal> factors = new LinkedHashMap<>(v.factors().byName());
        return new VersionJson(v.number(), v.kind(), v.status(), v.effectiveFrom().toString(),
                v.draft() ? null : view.from().toString(), view.until() == null ? null : view.until().toString(),
                view.inForceToday(), v.reference(), v.reason(), v.authorisedStrength(), factors, str(v.deployedOn()),
                str(v.repatriatedOn()), v.createdBy(), str(v.createdAt()), v.effectiveBy(), str(v.effectiveAt()),
                v.equipment().stream().map(l -> new LineJson(l.line(), l.category(), l.description(), l.leaseType(),
                        l.mouQuantity(), money(l.monthlyRate()), l.equipmentCode(), l.rateBasis(), l.rateEdition(),
                        l.justification(), l.categoryFr(), l.descriptionFr())).toList(),
                v.categories().stream().map(k -> new CategoryJson(k.category(), k.providedBy(), money(k.rate()),
                        k.rateBasis(), k.rateEdition(), k.justification())).toList(),
                view.changes().stream().map(x -> new ChangeJson(x.area(), x.item(), x.field(), x.before(), x.after()))
                        .toList());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
