package org.fieldsupport.organization.mission.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.http.ResponseEntity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.mission.internal.MissionService;
import org.fieldsupport.organization.mission.internal.OrgMission;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organization/missions")
class MissionApi {

    private final Missions missions;
    private final MissionService service;
    private final RelationQueries relations;
    private final OrganizationAccess access;

    private final RecordVersions versions;
    static final VersionedRow.Kind MISSION = VersionedRow.standard("org_mission", "code = ?");

    MissionApi(Missions missions, MissionService service, RelationQueries relations, OrganizationAccess access,
               RecordVersions versions) {
        this.versions = versions;
        this.missions = missions;
        this.service = service;
        this.relations = relations;
        this.access = access;
    }

    /** Missions under mandate on {@code asOf}; all missions, closed ones included, with {@code all=true}. */
    @GetMapping
    List<MissionSummary> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(defaultValue = "false") boolean all,
                              @RequestParam(required = false) MissionType type) {
        List<MissionSummary> list = all ? missions.all() : missions.all(asOf == null ? LocalDate.now() : asOf);
        return list.stream().filter(m -> type == null || m.type() == type).toList();
    }

    record MissionDetail(MissionSummary mission, List<OrgMission.OrgMissionPhaseChange> phaseHistory,
                         List<PositionSummary> supportPositions, List<RelationQueries.Team> teams) { }

    @GetMapping("/{code}")
    ResponseEntity<MissionDetail> get(@PathVariable String code,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        MissionSummary m = missions.find(code).orElseThrow(() -> new NotFoundException("mission", code));
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        return versions.ok(new MissionDetail(m, service.phaseHistory(m.code()), missions.supportPositions(m.code(), d),
                relations.teamsOfMission(m.code(), m.operationalTeam(), d)), MISSION.row(code));
    }

    record MissionRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,20}") String code,
                          @NotBlank @Size(max = 300) String nameFr, @NotBlank @Size(max = 300) String nameEn,
                          @NotNull MissionType type, @NotBlank @Size(max = 60) String leadDepartment,
                          @Size(max = 50) List<@Pattern(regexp = "[A-Za-z]{3}") String> hostCountries,
                          @Size(max = 200) String hqLocation,
                          @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal hqLatitude,
                          @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal hqLongitude,
                          @Size(max = 50) List<@Size(max = 40) String> resolutions,
                          @NotNull LocalDate mandateStart, LocalDate mandateEnd, MissionPhase phase,
                          @Size(max = 60) String servingHrSection, @Size(max = 60) String operationalTeam,
                          Long version) {
        MissionService.MissionForm form() {
            return new MissionService.MissionForm(code, nameFr, nameEn, type, leadDepartment, hostCountries, hqLocation,
                    hqLatitude, hqLongitude, resolutions, mandateStart, mandateEnd, phase, servingHrSection,
                    operationalTeam, version);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MissionSummary create(@Valid @RequestBody MissionRequest request) {
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.department());
        return service.create(request.form());
    }

    @PutMapping("/{code}")
    ResponseEntity<MissionSummary> update(@PathVariable String code, @IfMatch Long version,
                                          @Valid @RequestBody MissionRequest request) {
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.mission(code));
        return versions.ok(versions.write(version, MISSION.row(code), () -> service.update(code, request.form())),
                MISSION.row(code));
    }

    record PhaseRequest(@NotNull MissionPhase phase, @NotNull LocalDate effectiveOn, @Size(max = 500) String note) { }

    @PostMapping("/{code}/phase")
    MissionSummary changePhase(@PathVariable String code, @Valid @RequestBody PhaseRequest request) {
        access.require(OrganizationAccess.MISSIONS_EDIT, Scope.mission(code));
        return service.changePhase(code, request.phase(), request.effectiveOn(), request.note());
    }
}
