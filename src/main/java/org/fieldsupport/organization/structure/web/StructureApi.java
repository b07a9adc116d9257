package org.fieldsupport.organization.structure.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.ReportingStep;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.attribution.internal.AttributionService;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.organization.structure.internal.StructureGeneration;
import org.fieldsupport.organization.structure.internal.StructureViews;
import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The structure over JSON: units, positions, persons, reporting chains, relations, teams. {@code asOf} optional everywhere. */
@RestController
@RequestMapping("/api/v1/organization")
class StructureApi {

    private static final Map<String, String> UNIT_SORT = Map.of("code", "code", "kind", "kind", "nameEn", "nameEn",
            "nameFr", "nameFr", "parent", "parent");

    private final OrganizationStructure structure;
    private final StructureEditing editing;
    private final StructureViews views;
    private final RelationQueries relations;
    private final AttributionService attributions;
    private final OrganizationAccess access;
    private final Paging paging;
    private final RecordVersions versions;
    private final org.fieldsupport.platform.ops.DataGeneration.Cache<UnitDay, UnitDetailRead> unitDetails;

    /** Concurrent edits: the unit / position record in force on a day ({@code code, day, day}). */
    static final VersionedRow.Kind UNIT = VersionedRow.standard("org_unit",
            "code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)");
    static final VersionedRow.Kind POSITION = VersionedRow.standard("org_position",
            "code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)");

    StructureApi(OrganizationStructure structure, StructureEditing editing, StructureViews views,
                 RelationQueries relations, AttributionService attributions, OrganizationAccess access, Paging paging,
                 RecordVersions versions, StructureGeneration generation) {
        this.versions = versions;
        this.unitDetails = generation.cache(2_000);
        this.structure = structure;
        this.editing = editing;
        this.views = views;
        this.relations = relations;
        this.attributions = attributions;
        this.access = access;
        this.paging = paging;
    }

    record UnitJson(String code, UnitKind kind, String nameFr, String nameEn, String parentCode, String paragraphs,
                    LocalDate validFrom, LocalDate validTo) {
        static UnitJson of(UnitSummary u) {
            return new UnitJson(u.code(), u.kind(), u.nameFr(), u.nameEn(), u.parentCode(), u.paragraphs(),
                    u.validFrom(), u.validTo());
        }
    }

    record UnitDetailJson(UnitJson unit, PositionSummary head, List<PositionSummary> positions,
                          List<UnitJson> children, List<PositionSummary> reportingChain,
                          List<String> sharedWith, List<String> availableTo, int spanOfControl, int subtreeSize,
                          List<String> attributions) { }

    @GetMapping("/units")
    PageResponse<UnitJson> units(@RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String parent,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort) {
        PageQuery q = paging.read(page, size, sort, UNIT_SORT);
        UnitKind k = kind == null || kind.isBlank() ? null : UnitKind.parse(kind);
        Comparator<UnitSummary> order = switch (q.sortField() == null ? "code" : q.sortField()) {
            case "kind" -> Comparator.comparing(UnitSummary::kind);
            case "nameEn" -> Comparator.comparing(UnitSummary::nameEn);
            case "nameFr" -> Comparator.comparing(UnitSummary::nameFr);
            case "parent" -> Comparator.comparing(u -> u.parentCode() == null ? "" : u.parentCode());
            default -> Comparator.comparing(UnitSummary::code);
        };
        if (!q.ascending()) order = order.reversed();
        List<UnitSummary> all = structure.units(asOf).stream()
                .filter(u -> k == null || u.kind() == k)
                .filter(u -> parent == null || parent.equals(u.parentCode()))
                .sorted(order).toList();
        List<UnitJson> content = all.stream().skip(q.offset()).limit(q.size()).map(UnitJson::of).toList();
        return PageResponse.of(content, q, all.size());
    }

    @GetMapping("/units/{code}")
    ResponseEntity<UnitDetailJson> unit(@PathVariable String code,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        UnitDetailRead read = unitDetails.get(new UnitDay(code, day), () -> {
            UnitSummary unit = structure.unit(code, day).orElseThrow(() -> new NotFoundException("unit", code));
            StructureViews.UnitView v = views.unitView(unit, day);
            UnitDetailJson json = new UnitDetailJson(UnitJson.of(unit), v.head(), v.positions(),
                    v.children().stream().map(UnitJson::of).toList(), v.chain(), v.sharedWith(), v.availableTo(),
                    v.children().size(), v.subtreeSize(),
                    attributions.heldBy(code).stream().map(AttributionSummary::id).toList());
            OptionalLong version = versions.current(UNIT.row(code, day, day));
            return new UnitDetailRead(json, version.isPresent() ? version.getAsLong() : null);
        });
        return read.version() == null ? ResponseEntity.ok(read.json())
                : ResponseEntity.ok().eTag(RecordVersions.etag(read.version())).body(read.json());
    }

    /** The unit detail read at a structure generation (kept by each node until the structure changes). */
    private record UnitDay(String code, LocalDate day) { }

    private record UnitDetailRead(UnitDetailJson json, Long version) { }

    @GetMapping("/units/{code}/reporting-chain")
    List<ReportingStep> unitChain(@PathVariable String code,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PositionSummary head = structure.headOf(code, asOf).orElseThrow(() -> new NotFoundException("unit", code));
        return structure.reportingSteps(head.code(), asOf);
    }

    @GetMapping("/units/{code}/subtree")
    List<UnitJson> subtree(@PathVariable String code,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<UnitSummary> tree = structure.subtree(code, asOf);
        if (tree.isEmpty()) throw new NotFoundException("unit", code);
        return tree.stream().map(UnitJson::of).toList();
    }

    @GetMapping("/positions/{code}")
    ResponseEntity<PositionSummary> position(@PathVariable String code,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireStaff();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return versions.ok(structure.position(code, asOf).orElseThrow(() -> new NotFoundException("position", code)),
                POSITION.row(code, day, day));
    }

    @GetMapping("/positions/{code}/reporting-chain")
    List<ReportingStep> positionChain(@PathVariable String code,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireStaff();
        List<ReportingStep> steps = structure.reportingSteps(code, asOf);
        if (steps.isEmpty()) throw new NotFoundException("position", code);
        return steps;
    }

    /** Positions held by a person (username, index number or id). */
    @GetMapping("/positions")
    List<PositionSummary> positionsHeldBy(@RequestParam String heldBy,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireStaff();
        return structure.positionsHeldBy(heldBy, asOf);
    }

    @GetMapping("/persons/{key}")
    PersonSummary person(@PathVariable String key) {
        access.requireStaff();
        return structure.person(key).orElseThrow(() -> new NotFoundException("person", key));
    }

    @GetMapping("/relations")
    List<RelationQueries.Relation> relations(@RequestParam(required = false) String kind,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        return kind == null ? relations.relations(d) : relations.relations(kind, d);
    }

    @GetMapping("/external-entities")
    List<RelationQueries.ExternalEntity> externalEntities() {
        return List.copyOf(relations.externalEntities().values());
    }

    // ---- writes ----

    record UnitRequest(@NotBlank @Size(max = 60) String code, @NotNull UnitKind kind,
                       @NotBlank @Size(max = 300) String nameFr, @NotBlank @Size(max = 300) String nameEn,
                       @Size(max = 60) String parentCode, @Size(max = 200) String paragraphs, LocalDate validFrom,
                       LocalDate validTo, Long version) {
        StructureEditing.UnitForm form() {
            return new StructureEditing.UnitForm(code, kind, nameFr, nameEn, parentCode, paragraphs, validFrom, validTo, version);
        }
    }

    record UnitUpdate(@NotNull UnitKind kind, @NotBlank @Size(max = 300) String nameFr,
                      @NotBlank @Size(max = 300) String nameEn, @Size(max = 60) String parentCode,
                      @Size(max = 200) String paragraphs, LocalDate validTo, Long version) { }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitJson createUnit(@Valid @RequestBody UnitRequest request) {
        access.require(OrganizationAccess.STRUCTURE_EDIT,
                request.parentCode() == null ? Scope.department() : Scope.unit(request.parentCode()));
        return UnitJson.of(editing.createUnit(request.form()));
    }

    @PutMapping("/units/{code}")
    ResponseEntity<UnitJson> updateUnit(@PathVariable String code, @IfMatch Long version, @Valid @RequestBody UnitUpdate request,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.unit(code));
        structure.unit(code, effectiveFrom != null ? effectiveFrom : asOf)
                .ifPresent(current -> access.requireMayChangeParent(current.parentCode(), request.parentCode()));
        var form = new StructureEditing.UnitForm(code, request.kind(), request.nameFr(), request.nameEn(),
                request.parentCode(), request.paragraphs(), null, request.validTo(), version);
        LocalDate day = effectiveFrom != null ? effectiveFrom : asOf != null ? asOf : LocalDate.now();
        // effectiveFrom = a reorganisation from that date (old record closed, successor opened); else a correction
        UnitSummary saved = versions.write(version, UNIT.row(code, day, day),
                () -> effectiveFrom != null ? editing.reorganiseUnit(code, effectiveFrom, form)
                        : editing.updateUnit(code, asOf, form));
        return versions.ok(UnitJson.of(saved), UNIT.row(code, day, day));
    }

    record PositionRequest(@NotBlank @Size(max = 80) String code, @Size(max = 60) String unitCode,
                           @Size(max = 20) String missionCode, @NotBlank @Size(max = 300) String titleFr,
                           @NotBlank @Size(max = 300) String titleEn, @Size(max = 10) String gradeCode, Boolean head,
                           @Size(max = 80) String reportsTo, LocalDate validFrom, LocalDate validTo, Long version) {
        StructureEditing.PositionForm form() {
            return new StructureEditing.PositionForm(code, unitCode, missionCode, titleFr, titleEn, gradeCode,
                    Boolean.TRUE.equals(head),
                    reportsTo, validFrom, validTo, version);
        }
    }

    @PostMapping("/positions")
    @ResponseStatus(HttpStatus.CREATED)
    PositionSummary createPosition(@Valid @RequestBody PositionRequest request) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, request.unitCode() != null && !request.unitCode().isBlank()
                ? Scope.unit(request.unitCode()) : Scope.mission(String.valueOf(request.missionCode())));
        return editing.createPosition(request.form());
    }

    @PutMapping("/positions/{code}")
    ResponseEntity<PositionSummary> updatePosition(@PathVariable String code, @IfMatch Long version,
                                   @Valid @RequestBody PositionRequest request,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PositionSummary current = structure.position(code, asOf).orElseThrow(() -> new NotFoundException("position", code));
        access.require(OrganizationAccess.STRUCTURE_EDIT, current.unitCode() != null
                ? Scope.unit(current.unitCode()) : Scope.mission(current.missionCode()));
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        StructureEditing.PositionForm f = request.form();
        StructureEditing.PositionForm form = new StructureEditing.PositionForm(f.code(), f.unitCode(), f.missionCode(),
                f.titleFr(), f.titleEn(), f.gradeCode(), f.head(), f.reportsTo(), f.validFrom(), f.validTo(), version);
        return versions.ok(versions.write(version, POSITION.row(code, day, day),
                () -> editing.updatePosition(code, asOf, form)), POSITION.row(code, day, day));
    }

    record IncumbentRequest(@NotNull Long personId, LocalDate from) { }

    @PostMapping("/positions/{code}/incumbent")
    PositionSummary assign(@PathVariable String code, @Valid @RequestBody IncumbentRequest request) {
        PositionSummary current = structure.position(code, request.from()).orElseThrow(() -> new NotFoundException("position", code));
        access.require(OrganizationAccess.STRUCTURE_EDIT, current.unitCode() != null
                ? Scope.unit(current.unitCode()) : Scope.mission(current.missionCode()));
        editing.assignIncumbent(code, request.personId(), request.from());
        return structure.position(code, request.from()).orElseThrow();
    }

    record LineRequest(@NotBlank @Size(max = 80) String from, @NotBlank @Size(max = 80) String to, @NotNull LineType type, LocalDate validFrom,
                       String paragraph) { }

    @PostMapping("/reporting-lines")
    @ResponseStatus(HttpStatus.CREATED)
    List<ReportingStep> addLine(@Valid @RequestBody LineRequest request) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.department());
        editing.addReportingLine(request.from(), request.to(), request.type(), request.validFrom(), request.paragraph());
        return structure.reportingSteps(request.from(), request.validFrom());
    }

    /** An index number is digits; the e-mail, when given, an address. */
    record PersonRequest(@NotBlank @Size(max = 20) @jakarta.validation.constraints.Pattern(regexp = "[0-9]{1,20}")
                         String indexNumber, @NotBlank @Size(max = 200) String fullName,
                         @Size(max = 200) @jakarta.validation.constraints.Email
                         @jakarta.validation.constraints.Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
                         @Size(max = 100) String username) { }

    @PostMapping("/persons")
    @ResponseStatus(HttpStatus.CREATED)
    PersonSummary createPerson(@Valid @RequestBody PersonRequest request) {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.department());
        return editing.createPerson(new StructureEditing.PersonForm(request.indexNumber(), request.fullName(),
                request.email(), request.username()));
    }
}
