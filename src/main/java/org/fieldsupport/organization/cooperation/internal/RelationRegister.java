package org.fieldsupport.organization.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.cooperation.domain.RelationKind;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relations with other departments (2.4.a–e, 2.4.h) as editable, effective-dated records: who leads, who
 * supports, for which mission types. A change from a date closes the record in force the day before and opens
 * a successor, so questions asked for an earlier date keep their answer; a change without a date corrects it.
 */
@Service
@Transactional
public class RelationRegister {

    private final JdbcClient jdbc;
    private final CooperationParties parties;
    private final ApplicationEventPublisher events;

    RelationRegister(JdbcClient jdbc, CooperationParties parties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.events = events;
    }

    public record Relation(long id, String fromCode, String relation, String toCode, String leadCode,
                           String supportCode, String scopeText, List<MissionType> missionTypes, String availableTo,
                           boolean dual, String paragraph, LocalDate validFrom, LocalDate validTo, long version) { }

    public record RelationForm(String fromCode, String relation, String toCode, String scopeText,
                               List<String> missionTypes, String availableTo, Boolean dual, String paragraph,
                               LocalDate validFrom, LocalDate validTo, Long version) { }

    @Transactional(readOnly = true)
    public List<Relation> inForce(LocalDate d) {
        return jdbc.sql("SELECT * FROM org_relation r WHERE r.valid_from <= :d AND (r.valid_to IS NULL OR r.valid_to >= :d)"
                        + " ORDER BY r.paragraph, r.id").param("d", d).query((rs, n) -> relation(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Relation> history(String fromCode, String relation, String toCode) {
        return jdbc.sql("SELECT * FROM org_relation WHERE from_code = :f AND relation = :r AND to_code = :t ORDER BY valid_from")
                .param("f", fromCode).param("r", relation).param("t", toCode).query((rs, n) -> relation(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Relation> find(long id) {
        return jdbc.sql("SELECT * FROM org_relation WHERE id = :id").param("id", id).query((rs, n) -> relation(rs)).optional();
    }

    public Relation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("relation", String.valueOf(id)));
    }

    public Relation create(RelationForm form) {
        Checked c = check(form, form.validFrom() == null ? LocalDate.now() : form.validFrom());
        long id = insert(c, form, c.from(), form.validTo());
        Relation created = get(id);
        events.publishEvent(DataChanged.created("organization.relation", id, created));
        return created;
    }

    /**
     * Changes relation {@code id}: with {@code effectiveFrom} after its first day, the record ends the day before
     * and a successor with the form's content starts that day (the answer for earlier dates stays); otherwise
     * the record is corrected in place.
     */
    public Relation change(long id, RelationForm form, LocalDate effectiveFrom) {
        Relation before = get(id);
        if (form.version() != null && form.version() != before.version()) {
            throw new OptimisticLockingFailureException("relation " + id + " was changed meanwhile");
        }
        if (effectiveFrom != null && effectiveFrom.isAfter(before.validFrom())) {
            if (before.validTo() != null && effectiveFrom.isAfter(before.validTo())) {
                throw new BusinessRuleException("org.relation.notInForce", id, effectiveFrom);
            }
            Checked c = check(form, effectiveFrom);
            TeamRegister.dates(effectiveFrom, form.validTo());
            int n = jdbc.sql("UPDATE org_relation SET valid_to = :to, version = version + 1, modified_by = :by, modified_at = :now"
                            + " WHERE id = :id AND version = :v")
                    .param("to", effectiveFrom.minusDays(1)).param("by", TeamRegister.by())
                    .param("now", OffsetDateTime.now()).param("id", id).param("v", before.version()).update();
            if (n == 0) throw new OptimisticLockingFailureException("relation " + id + " was changed meanwhile");
            long successor = insert(c, form, effectiveFrom, form.validTo() != null ? form.validTo() : before.validTo());
            Relation after = get(successor);
            events.publishEvent(DataChanged.updated("organization.relation", id, before, after));
            return after;
        }
        Checked c = check(form, before.validFrom());
        TeamRegister.dates(before.validFrom(), form.validTo());
        int n = jdbc.sql("""
                UPDATE org_relation SET from_code = :f, relation = :r, to_code = :t, scope_text = :s, mission_types = :mt,
                    available_to = :a, dual = :dual, paragraph = :p, valid_to = :to, version = version + 1,
                    modified_by = :by, modified_at = :now WHERE id = :id AND version = :v""")
                .param("f", c.fromCode()).param("r", c.kind().code()).param("t", c.toCode())
                .param("s", TeamRegister.blankToNull(form.scopeText())).param("mt", c.missionTypes())
                .param("a", c.availableTo()).param("dual", Boolean.TRUE.equals(form.dual()))
                .param("p", TeamRegister.blankToNull(form.paragraph())).param("to", form.validTo())
                .param("by", TeamRegister.by()).param("now", OffsetDateTime.now()).param("id", id)
                .param("v", before.version()).update();
        if (n == 0) throw new OptimisticLockingFailureException("relation " + id + " was changed meanwhile");
        Relation after = get(id);
        events.publishEvent(DataChanged.updated("organization.relation", id, before, after));
        return after;
    }

    private record Checked(String fromCode, RelationKind kind, String toCode, String missionTypes, String availableTo,
                           LocalDate from) { }

    private Checked check(RelationForm form, LocalDate from) {
        FieldErrors errors = new FieldErrors();
        if (form.fromCode() == null || form.fromCode().isBlank()) errors.add("fromCode", "NotBlank", "org.field.missing");
        if (form.toCode() == null || form.toCode().isBlank()) errors.add("toCode", "NotBlank", "org.field.missing");
        Optional<RelationKind> kind = RelationKind.parse(form.relation());
        if (kind.isEmpty()) errors.add("relation", "OneOf", "org.relation.kind.invalid");
        List<String> types = new ArrayList<>();
        for (String t : form.missionTypes() == null ? List.<String>of() : form.missionTypes()) {
            if (t == null || t.isBlank()) continue;
            String v = t.strip().toUpperCase(Locale.ROOT);
            if (Arrays.stream(MissionType.values()).noneMatch(m -> m.name().equals(v))) {
                errors.add("missionTypes", "OneOf", "org.relation.missionType.invalid", t);
            } else if (!types.contains(v)) {
                types.add(v);
            }
        }
        errors.throwIfAny();
        String f = form.fromCode().strip().toUpperCase(Locale.ROOT);
        String t = form.toCode().strip().toUpperCase(Locale.ROOT);
        if (!parties.known(f)) throw new BusinessRuleException("org.party.unknown", f);
        if (!parties.known(t)) throw new BusinessRuleException("org.party.unknown", t);
        if (f.equals(t)) throw new BusinessRuleException("org.relation.self", f);
        String available = TeamRegister.blankToNull(form.availableTo());
        if (available != null) {
            available = available.toUpperCase(Locale.ROOT);
            if (!parties.known(available)) throw new BusinessRuleException("org.party.unknown", available);
        }
        if (kind.get() == RelationKind.TAKES_INSTRUCTIONS_FROM && types.isEmpty()) {
            throw new BusinessRuleException("org.relation.instruction.types");
        }
        TeamRegister.dates(from, form.validTo());
        return new Checked(f, kind.get(), t, types.isEmpty() ? null : String.join(",", types), available, from);
    }

    private long insert(Checked c, RelationForm form, LocalDate from, LocalDate to) {
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_relation (from_code, relation, to_code, scope_text, mission_types, available_to, dual,
                    paragraph, source, valid_from, valid_to, version, created_by, created_at, modified_by, modified_at)
                VALUES (:f, :r, :t, :s, :mt, :a, :dual, :p, 'USER', :from, :to, 0, :by, :now, :by, :now)""")
                .param("f", c.fromCode()).param("r", c.kind().code()).param("t", c.toCode())
                .param("s", TeamRegister.blankToNull(form.scopeText())).param("mt", c.missionTypes())
                .param("a", c.availableTo()).param("dual", Boolean.TRUE.equals(form.dual()))
                .param("p", TeamRegister.blankToNull(form.paragraph())).param("from", from).param("to", to)
                .param("by", TeamRegister.by()).param("now", now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    static Relation relation(ResultSet rs) throws SQLException {
        String kindCode = rs.getString("relation");
        RelationKind kind = RelationKind.parse(kindCode).orElse(RelationKind.COORDINATES_WITH);
        String from = rs.getString("from_code");
        String to = rs.getString("to_code");
        String types = rs.getString("mission_types");
        List<MissionType> missionTypes = types == null || types.isBlank() ? List.of()
                : Arrays.stream(types.split(",")).map(String::strip).map(MissionType::valueOf).toList();
        return new Relation(rs.getLong("id"), from, kindCode, to, kind.leader(from, to), kind.supporter(from, to),
                rs.getString("scope_text"), missionTypes, rs.getString("available_to"), rs.getBoolean("dual"),
                rs.getString("paragraph"), TeamRegister.date(rs, "valid_from"), TeamRegister.date(rs, "valid_to"),
                rs.getLong("version"));
    }
}
