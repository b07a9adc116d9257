package org.fieldsupport.organization.cooperation.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.http.ResponseEntity;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.cooperation.domain.AgreementReview;
import org.fieldsupport.organization.cooperation.internal.AgreementRegister;
import org.fieldsupport.organization.cooperation.internal.RelationRegister;
import org.fieldsupport.organization.cooperation.internal.TeamRegister;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.platform.api.InvalidInputException;
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

/**
 * Integrated teams (2.4.f), relations with other departments (2.4.a–e, 2.4.h) and the agreement register over
 * JSON. Reading is open to every signed-in user; writes need {@code organization.structure.edit} for the
 * department. Bad input 400 naming each field, a rule refused 422, a duplicate or a stale version 409.
 */
@RestController
@RequestMapping("/api/v1/organization")
class CooperationApi {

    private final TeamRegister teams;
    private final RelationRegister relations;
    private final AgreementRegister agreements;
    private final RelationQueries legacyMembers;
    private final OrganizationAccess access;

    private final RecordVersions versions;
    static final VersionedRow.Kind TEAM = VersionedRow.standard("org_team", "code = ?");
    static final VersionedRow.Kind RELATION = VersionedRow.standard("org_relation", "id = ?");
    static final VersionedRow.Kind AGREEMENT = VersionedRow.standard("org_agreement", "id = ?");

    CooperationApi(TeamRegister teams, RelationRegister relations, AgreementRegister agreements,
                   RelationQueries legacyMembers, OrganizationAccess access, RecordVersions versions) {
        this.versions = versions;
        this.teams = teams;
        this.relations = relations;
        this.agreements = agreements;
        this.legacyMembers = legacyMembers;
        this.access = access;
    }

    // ---------------------------------------------------------------- teams

    /** A team with, on the day asked, its specialists, missions and contributing units. */
    record TeamJson(TeamRegister.Team team, List<TeamRegister.Specialist> specialists,
                    List<TeamRegister.TeamMission> missions, List<RelationQueries.TeamMember> members) { }

    private TeamJson json(TeamRegister.Team t, LocalDate d) {
        return new TeamJson(t, teams.specialists(t.code(), d), teams.missions(t.code(), d),
                legacyMembers.members(t.code(), d).stream().filter(m -> !"MISSION".equals(m.memberType())).toList());
    }

    @GetMapping("/teams")
    List<TeamJson> teams(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        return teams.teams(d).stream().map(t -> json(t, d)).toList();
    }

    @GetMapping("/teams/{code}")
    ResponseEntity<TeamJson> team(@PathVariable String code,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return versions.ok(json(teams.get(code), asOf == null ? LocalDate.now() : asOf), TEAM.row(code));
    }

    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    TeamJson createTeam(@RequestBody TeamRegister.TeamForm form) {
        edit();
        TeamRegister.Team t = teams.create(form);
        return json(t, t.validFrom());
    }

    @PutMapping("/teams/{code}")
    ResponseEntity<TeamJson> updateTeam(@PathVariable String code, @IfMatch Long version,
                                        @RequestBody TeamRegister.TeamForm form) {
        edit();
        return versions.ok(json(versions.write(version, TEAM.row(code), () -> teams.update(code, form)), LocalDate.now()),
                TEAM.row(code));
    }

    @PostMapping("/teams/{code}/specialists")
    @ResponseStatus(HttpStatus.CREATED)
    TeamRegister.Specialist addSpecialist(@PathVariable String code, @RequestBody TeamRegister.SpecialistForm form) {
        edit();
        return teams.addSpecialist(code, form);
    }

    record EndRequest(LocalDate validTo) { }

    @PostMapping("/teams/{code}/specialists/{id}/end")
    TeamRegister.Specialist endSpecialist(@PathVariable String code, @PathVariable long id, @RequestBody EndRequest request) {
        edit();
        return teams.endSpecialist(code, id, request.validTo());
    }

    @PostMapping("/teams/{code}/missions")
    @ResponseStatus(HttpStatus.CREATED)
    TeamRegister.TeamMission assignMission(@PathVariable String code, @RequestBody TeamRegister.MissionForm form) {
        edit();
        return teams.assignMission(code, form);
    }

    // ---------------------------------------------------------------- relations

    /** The relations in force on a day, each with who leads and who supports (null between peers). */
    @GetMapping("/relations/register")
    List<RelationRegister.Relation> relationRegister(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return relations.inForce(asOf == null ? LocalDate.now() : asOf);
    }

    @GetMapping("/relations/{id}")
    ResponseEntity<RelationRegister.Relation> relation(@PathVariable long id) {
        return versions.ok(relations.get(id), RELATION.row(id));
    }

    @PostMapping("/relations")
    @ResponseStatus(HttpStatus.CREATED)
    RelationRegister.Relation createRelation(@RequestBody RelationRegister.RelationForm form) {
        edit();
        return relations.create(form);
    }

    /** {@code effectiveFrom}: the change holds from that day (the old record ends the day before); else a correction. */
    @PutMapping("/relations/{id}")
    RelationRegister.Relation changeRelation(@PathVariable long id, @IfMatch Long version,
                                             @RequestBody RelationRegister.RelationForm form,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
        edit();
        return versions.write(version, RELATION.row(id), () -> relations.change(id, form, effectiveFrom));
    }

    // ---------------------------------------------------------------- agreements

    @GetMapping("/agreements")
    List<AgreementRegister.Agreement> agreements(@RequestParam(required = false) String partner,
                                                 @RequestParam(required = false) String review) {
        AgreementReview r = null;
        if (review != null && !review.isBlank()) {
            try {
                r = AgreementReview.valueOf(review.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("review", "OneOf", "org.agreement.review.invalid");
            }
        }
        return agreements.list(partner, r);
    }

    @GetMapping("/agreements/{id}")
    ResponseEntity<AgreementRegister.Agreement> agreement(@PathVariable long id) {
        return versions.ok(agreements.get(id), AGREEMENT.row(id));
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    AgreementRegister.Agreement createAgreement(@RequestBody AgreementRegister.AgreementForm form) {
        edit();
        return agreements.create(form);
    }

    @PutMapping("/agreements/{id}")
    ResponseEntity<AgreementRegister.Agreement> updateAgreement(@PathVariable long id, @IfMatch Long version,
                                                                @RequestBody AgreementRegister.AgreementForm form) {
        edit();
        return versions.ok(versions.write(version, AGREEMENT.row(id), () -> agreements.update(id, form)), AGREEMENT.row(id));
    }

    private void edit() {
        access.require(OrganizationAccess.STRUCTURE_EDIT, Scope.department());
    }
}
