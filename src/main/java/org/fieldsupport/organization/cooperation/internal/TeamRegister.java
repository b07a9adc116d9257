package org.fieldsupport.organization.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.cooperation.domain.Staffing;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrated operational teams and mission task forces (2.4.f, 2.5) as records: created, staffed with
 * specialists of the support divisions (person, unit, share of time), assigned missions, all effective-dated.
 * Every write checks its rules and publishes {@link DataChanged}.
 */
@Service
@Transactional
public class TeamRegister {

    /** The support divisions whose specialists staff the teams (2.4.f: administrative and logistics support). */
    public static final List<String> SUPPORT_DIVISIONS = List.of("DFS-FPD", "DFS-FBFD", "DFS-LSD", "DFS-ICTD");
    public static final List<String> KINDS = List.of("INTEGRATED_OPERATIONAL_TEAM", "INTEGRATED_MISSION_TASK_FORCE");

    private final JdbcClient jdbc;
    private final OrganizationStructure structure;
    private final Missions missions;
    private final CooperationParties parties;
    private final ApplicationEventPublisher events;

    TeamRegister(JdbcClient jdbc, OrganizationStructure structure, Missions missions, CooperationParties parties,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.missions = missions;
        this.parties = parties;
        this.events = events;
    }

    public record Team(String code, String kind, String nameFr, String nameEn, String leadCode, String missionCode,
                       String paragraph, LocalDate validFrom, LocalDate validTo, long version) {
        public String name(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }

        public boolean inForceOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
        }
    }

    public record Specialist(long id, String teamCode, long personId, String personName, String indexNumber,
                             String unitCode, int sharePercent, String role, LocalDate validFrom, LocalDate validTo,
                             long version) { }

    public record TeamMission(long id, String teamCode, String missionCode, LocalDate validFrom, LocalDate validTo) { }

    public record TeamForm(String code, String kind, String nameFr, String nameEn, String leadCode, String missionCode,
                           String paragraph, LocalDate validFrom, LocalDate validTo, Long version) { }

    public record SpecialistForm(String person, String unitCode, Integer sharePercent, String role, LocalDate validFrom,
                                 LocalDate validTo) { }

    public record MissionForm(String missionCode, LocalDate validFrom, LocalDate validTo) { }

    // ------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public List<Team> teams(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_team t WHERE t.valid_from <= :d AND (t.valid_to IS NULL OR t.valid_to >= :d)"
                        + " ORDER BY t.kind DESC, t.code")
                .param("d", d).query((rs, n) -> team(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return jdbc.sql("SELECT * FROM org_team t ORDER BY t.kind DESC, t.code").query((rs, n) -> team(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Team> team(String code) {
        if (code == null) return Optional.empty();
        return jdbc.sql("SELECT * FROM org_team WHERE code = :c").param("c", code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> team(rs)).optional();
    }

    public Team get(String code) {
        return team(code).orElseThrow(() -> new NotFoundException("team", code));
    }

    /** Specialists assigned on {@code d}; all of them (past and future too) when {@code d} is null. */
    @Transactional(readOnly = true)
    public List<Specialist> specialists(String teamCode, LocalDate d) {
        return jdbc.sql("""
                SELECT s.*, p.full_name, p.index_number FROM org_team_specialist s JOIN org_person p ON p.id = s.person_id
                 WHERE s.team_code = :t AND (CAST(:d AS DATE) IS NULL OR (s.valid_from <= :d AND (s.valid_to IS NULL OR s.valid_to >= :d)))
                 ORDER BY s.unit_code, p.full_name, s.valid_from""")
                .param("t", teamCode).param("d", d).query((rs, n) -> specialist(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<TeamMission> missions(String teamCode, LocalDate d) {
        return jdbc.sql("""
                SELECT m.id, m.team_code, m.member_code, m.valid_from, m.valid_to FROM org_team_member m
                 WHERE m.team_code = :t AND m.member_type = 'MISSION'
                   AND (CAST(:d AS DATE) IS NULL OR (m.valid_from <= :d AND (m.valid_to IS NULL OR m.valid_to >= :d)))
                 ORDER BY m.member_code, m.valid_from""")
                .param("t", teamCode).param("d", d)
                .query((rs, n) -> new TeamMission(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, "valid_from"),
                        date(rs, "valid_to"))).list();
    }

    /** Teams covering a mission on a day: its task force, and the teams the mission is assigned to. */
    @Transactional(readOnly = true)
    public List<Team> teamsOfMission(String missionCode, LocalDate d) {
        return teams(d).stream().filter(t -> missionCode.equals(t.missionCode())
                || missions(t.code(), d).stream().anyMatch(m -> m.missionCode().equals(missionCode))).toList();
    }

    /** A person's current and future assignments across all teams (for their share of time). */
    @Transactional(readOnly = true)
    public List<Specialist> assignmentsOf(long personId) {
        return jdbc.sql("""
                SELECT s.*, p.full_name, p.index_number FROM org_team_specialist s JOIN org_person p ON p.id = s.person_id
                 WHERE s.person_id = :p ORDER BY s.valid_from""")
                .param("p", personId).query((rs, n) -> specialist(rs)).list();
    }

    // ------------------------------------------------------------------ writes

    public Team create(TeamForm form) {
        FieldErrors errors = new FieldErrors();
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,59}")) errors.add("code", "Pattern", "org.team.code.invalid");
        if (form.kind() == null || !KINDS.contains(form.kind())) errors.add("kind", "OneOf", "org.team.kind.invalid");
        names(form, errors);
        if (form.validFrom() == null) errors.add("validFrom", "NotNull", "org.field.missing");
        errors.throwIfAny();
        dates(form.validFrom(), form.validTo());
        String lead = blankToNull(form.leadCode());
        if (lead != null && !parties.known(lead)) throw new BusinessRuleException("org.party.unknown", lead);
        String mission = blankToNull(form.missionCode());
        if (mission != null) mission = openMission(mission, form.validFrom()).code();
        if (team(code).isPresent()) throw new DuplicateKeyException("team " + code + " exists");
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO org_team (code, kind, name_fr, name_en, lead_code, mission_code, paragraph, valid_from, valid_to,
                    version, created_by, created_at, modified_by, modified_at)
                VALUES (:c, :k, :fr, :en, :lead, :m, :par, :from, :to, 0, :by, :now, :by, :now)""")
                .param("c", code).param("k", form.kind()).param("fr", form.nameFr().strip())
                .param("en", form.nameEn().strip()).param("lead", lead).param("m", mission)
                .param("par", blankToNull(form.paragraph()) == null ? defaultParagraph(form.kind()) : form.paragraph().strip())
                .param("from", form.validFrom()).param("to", form.validTo()).param("by", by()).param("now", now).update();
        Team created = get(code);
        events.publishEvent(DataChanged.created("organization.team", code, created));
        return created;
    }

    /** Corrects names and lead, or closes the team from a date (last day in force). */
    public Team update(String code, TeamForm form) {
        Team before = get(code);
        if (form.version() != null && form.version() != before.version()) {
            throw new OptimisticLockingFailureException("team " + code + " was changed meanwhile");
        }
        FieldErrors errors = new FieldErrors();
        names(form, errors);
        errors.throwIfAny();
        dates(before.validFrom(), form.validTo());
        String lead = blankToNull(form.leadCode());
        if (lead != null && !parties.known(lead)) throw new BusinessRuleException("org.party.unknown", lead);
        int n = jdbc.sql("""
                UPDATE org_team SET name_fr = :fr, name_en = :en, lead_code = :lead, valid_to = :to, version = version + 1,
                    modified_by = :by, modified_at = :now WHERE code = :c AND version = :v""")
                .param("fr", form.nameFr().strip()).param("en", form.nameEn().strip()).param("lead", lead)
                .param("to", form.validTo()).param("by", by()).param("now", OffsetDateTime.now())
                .param("c", before.code()).param("v", before.version()).update();
        if (n == 0) throw new OptimisticLockingFailureException("team " + code + " was changed meanwhile");
        Team after = get(code);
        events.publishEvent(DataChanged.updated("organization.team", code, before, after));
        return after;
    }

    public Specialist addSpecialist(String teamCode, SpecialistForm form) {
        Team team = get(teamCode);
        FieldErrors errors = new FieldErrors();
        if (form.person() == null || form.person().isBlank()) errors.add("person", "NotBlank", "org.field.missing");
        if (form.unitCode() == null || form.unitCode().isBlank()) errors.add("unitCode", "NotBlank", "org.field.missing");
        if (!Staffing.validShare(form.sharePercent())) errors.add("sharePercent", "Range", "org.team.share.range");
        errors.throwIfAny();
        LocalDate from = form.validFrom() == null ? LocalDate.now() : form.validFrom();
        dates(from, form.validTo());
        if (!Staffing.within(from, form.validTo(), team.validFrom(), team.validTo())) {
            throw new BusinessRuleException("org.team.outsidePeriod", team.code(), team.validFrom(),
                    team.validTo() == null ? "…" : team.validTo());
        }
        PersonSummary person = structure.person(form.person().strip())
                .orElseThrow(() -> new BusinessRuleException("org.person.unknown", form.person()));
        String unit = form.unitCode().strip().toUpperCase(Locale.ROOT);
        if (structure.unit(unit, from).isEmpty()) throw new BusinessRuleException("org.unit.unknown", unit);
        if (SUPPORT_DIVISIONS.stream().noneMatch(div -> structure.isWithin(unit, div, from))) {
            throw new BusinessRuleException("org.team.notSupportDivision", unit);
        }
        Staffing.Allocation added = new Staffing.Allocation(from, form.validTo(), form.sharePercent());
        List<Specialist> existing = assignmentsOf(person.id());
        boolean alreadyInTeam = existing.stream().filter(s -> s.teamCode().equals(team.code()))
                .anyMatch(s -> new Staffing.Allocation(s.validFrom(), s.validTo(), 1).overlaps(added));
        if (alreadyInTeam) throw new DuplicateKeyException(person.fullName() + " is already in team " + team.code());
        Staffing.overAllocation(existing.stream().map(s -> new Staffing.Allocation(s.validFrom(), s.validTo(),
                s.sharePercent())).toList(), added).ifPresent(peak -> {
                    throw new BusinessRuleException("org.team.overAllocated", person.fullName(), peak);
                });
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_team_specialist (team_code, person_id, unit_code, share_percent, role_text, valid_from,
                    valid_to, version, created_by, created_at, modified_by, modified_at)
                VALUES (:t, :p, :u, :s, :r, :from, :to, 0, :by, :now, :by, :now)""")
                .param("t", team.code()).param("p", person.id()).param("u", unit).param("s", form.sharePercent())
                .param("r", blankToNull(form.role())).param("from", from).param("to", form.validTo())
                .param("by", by()).param("now", now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Specialist s = specialists(team.code(), null).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        events.publishEvent(DataChanged.created("organization.team-specialist", id, s));
        return s;
    }

    /** Ends a specialist's assignment on {@code lastDay}. */
    public Specialist endSpecialist(String teamCode, long id, LocalDate lastDay) {
        Specialist before = specialists(get(teamCode).code(), null).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("team specialist", String.valueOf(id)));
        if (lastDay == null) throw org.fieldsupport.platform.api.InvalidInputException.of("validTo", "NotNull", "org.field.missing");
        dates(before.validFrom(), lastDay);
        jdbc.sql("UPDATE org_team_specialist SET valid_to = :to, version = version + 1, modified_by = :by, modified_at = :now WHERE id = :id")
                .param("to", lastDay).param("by", by()).param("now", OffsetDateTime.now()).param("id", id).update();
        Specialist after = specialists(before.teamCode(), null).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        events.publishEvent(DataChanged.updated("organization.team-specialist", id, before, after));
        return after;
    }

    public TeamMission assignMission(String teamCode, MissionForm form) {
        Team team = get(teamCode);
        if (form.missionCode() == null || form.missionCode().isBlank()) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("missionCode", "NotBlank", "org.field.missing");
        }
        LocalDate from = form.validFrom() == null ? LocalDate.now() : form.validFrom();
        dates(from, form.validTo());
        if (!Staffing.within(from, form.validTo(), team.validFrom(), team.validTo())) {
            throw new BusinessRuleException("org.team.outsidePeriod", team.code(), team.validFrom(),
                    team.validTo() == null ? "…" : team.validTo());
        }
        MissionSummary mission = openMission(form.missionCode(), from);
        Staffing.Allocation added = new Staffing.Allocation(from, form.validTo(), 1);
        boolean assigned = missions(team.code(), null).stream().filter(m -> m.missionCode().equals(mission.code()))
                .anyMatch(m -> new Staffing.Allocation(m.validFrom(), m.validTo(), 1).overlaps(added));
        if (assigned) throw new DuplicateKeyException(mission.code() + " already assigned to " + team.code());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_team_member (team_code, member_type, member_code, role_text, valid_from, valid_to)
                VALUES (:t, 'MISSION', :m, 'covered mission', :from, :to)""")
                .param("t", team.code()).param("m", mission.code()).param("from", from).param("to", form.validTo())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        TeamMission tm = new TeamMission(id, team.code(), mission.code(), from, form.validTo());
        events.publishEvent(DataChanged.created("organization.team-mission", id, tm));
        return tm;
    }

    // ------------------------------------------------------------------ helpers

    private MissionSummary openMission(String code, LocalDate from) {
        MissionSummary m = missions.find(code).orElseThrow(() -> new BusinessRuleException("org.mission.unknown", code));
        if (m.phase() == MissionPhase.CLOSED) throw new BusinessRuleException("org.mission.closed", m.code());
        return m;
    }

    private static void names(TeamForm form, FieldErrors errors) {
        if (form.nameFr() == null || form.nameFr().isBlank()) errors.add("nameFr", "NotBlank", "org.field.missing");
        if (form.nameEn() == null || form.nameEn().isBlank()) errors.add("nameEn", "NotBlank", "org.field.missing");
    }

    static void dates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) throw new BusinessRuleException("org.dates.inconsistent", from, to);
    }

    private static String defaultParagraph(String kind) {
        return "INTEGRATED_MISSION_TASK_FORCE".equals(kind) ? "2.5" : "2.4.f";
    }

    private static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getString("code"), rs.getString("kind"), rs.getString("name_fr"), rs.getString("name_en"),
                rs.getString("lead_code"), rs.getString("mission_code"), rs.getString("paragraph"),
                date(rs, "valid_from"), date(rs, "valid_to"), rs.getLong("version"));
    }

    private static Specialist specialist(ResultSet rs) throws SQLException {
        return new Specialist(rs.getLong("id"), rs.getString("team_code"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getString("index_number"), rs.getString("unit_code"),
                rs.getInt("share_percent"), rs.getString("role_text"), date(rs, "valid_from"), date(rs, "valid_to"),
                rs.getLong("version"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date v = rs.getDate(column);
        return v == null ? null : v.toLocalDate();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String by() {
        return CurrentUser.usernameOrSystem();
    }
}
