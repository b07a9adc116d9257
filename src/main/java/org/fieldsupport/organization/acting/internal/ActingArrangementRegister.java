package org.fieldsupport.organization.acting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.organization.ActingOfficers;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.acting.domain.ActingRules;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The acting arrangements register (5.2.c): officer-in-charge of a position for a period. */
@Service
@Transactional
public class ActingArrangementRegister implements ActingOfficers {

    private static final String SELECT = """
            SELECT a.*, p.full_name, p.index_number, p.username, p.email FROM org_acting_arrangement a
              JOIN org_person p ON p.id = a.acting_person_id""";

    private final JdbcClient jdbc;
    private final OrganizationStructure structure;
    private final ApplicationEventPublisher events;

    ActingArrangementRegister(JdbcClient jdbc, OrganizationStructure structure, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.events = events;
    }

    /** A row of the register, with the holder of the position on its first day. */
    public record Arrangement(long id, String positionCode, String positionTitleEn, String positionTitleFr,
                              PersonSummary actingOfficer, PersonSummary holder, LocalDate validFrom, LocalDate validTo,
                              String reason, boolean cancelled, long version) {
        public String positionTitle(Locale locale) {
            return locale != null && "fr".equals(locale.getLanguage()) ? positionTitleFr : positionTitleEn;
        }

        public boolean inForceOn(LocalDate d) {
            return !cancelled && !d.isBefore(validFrom) && !d.isAfter(validTo);
        }

        ActingArrangement api() {
            return new ActingArrangement(id, positionCode, actingOfficer, holder, validFrom, validTo, reason);
        }
    }

    public record ArrangementForm(String positionCode, String actingPerson, LocalDate validFrom, LocalDate validTo,
                                  String reason) { }

    // ------------------------------------------------------------------ reads

    /** Arrangements not cancelled that end on or after {@code from} (current and coming), or all with null. */
    @Transactional(readOnly = true)
    public List<Arrangement> list(LocalDate endingFrom) {
        return jdbc.sql(SELECT + " WHERE a.cancelled = FALSE AND (CAST(:d AS DATE) IS NULL OR a.valid_to >= :d)"
                        + " ORDER BY a.valid_from, a.position_code")
                .param("d", endingFrom).query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public List<Arrangement> ofPosition(String positionCode) {
        return jdbc.sql(SELECT + " WHERE a.position_code = :c ORDER BY a.valid_from DESC")
                .param("c", positionCode.strip().toUpperCase(Locale.ROOT)).query((rs, n) -> row(rs)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Arrangement> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    public Arrangement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("acting arrangement", String.valueOf(id)));
    }

    /** Positions with an officer-in-charge on the day, by position code (for the org chart). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Arrangement> inForceByPosition(LocalDate d) {
        java.util.Map<String, Arrangement> map = new java.util.LinkedHashMap<>();
        jdbc.sql(SELECT + " WHERE a.cancelled = FALSE AND a.valid_from <= :d AND a.valid_to >= :d")
                .param("d", d).query((rs, n) -> row(rs)).list().forEach(a -> map.put(a.positionCode(), a));
        return map;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActingArrangement> actingFor(String positionCode, LocalDate date) {
        if (positionCode == null) return Optional.empty();
        LocalDate d = date == null ? LocalDate.now() : date;
        return jdbc.sql(SELECT + " WHERE a.position_code = :c AND a.cancelled = FALSE AND a.valid_from <= :d AND a.valid_to >= :d")
                .param("c", positionCode.strip().toUpperCase(Locale.ROOT)).param("d", d)
                .query((rs, n) -> row(rs)).optional().map(Arrangement::api);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> userFor(String positionCode, LocalDate date) {
        LocalDate d = date == null ? LocalDate.now() : date;
        Optional<ActingArrangement> acting = actingFor(positionCode, d);
        if (acting.isPresent()) return Optional.ofNullable(acting.get().actingOfficer().username());
        return structure.position(positionCode, d).map(PositionSummary::incumbent).map(PersonSummary::username);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActingArrangement> actingAs(String person, LocalDate date) {
        if (person == null || person.isBlank()) return List.of();
        Optional<PersonSummary> p = structure.person(person.strip());
        if (p.isEmpty()) return List.of();
        LocalDate d = date == null ? LocalDate.now() : date;
        return jdbc.sql(SELECT + " WHERE a.acting_person_id = :p AND a.cancelled = FALSE AND a.valid_from <= :d AND a.valid_to >= :d")
                .param("p", p.get().id()).param("d", d).query((rs, n) -> row(rs)).list().stream()
                .map(Arrangement::api).toList();
    }

    // ------------------------------------------------------------------ writes

    public Arrangement create(ArrangementForm form) {
        FieldErrors errors = new FieldErrors();
        if (form.positionCode() == null || form.positionCode().isBlank()) errors.add("positionCode", "NotBlank", "org.field.missing");
        if (form.actingPerson() == null || form.actingPerson().isBlank()) errors.add("actingPerson", "NotBlank", "org.field.missing");
        if (form.validFrom() == null) errors.add("validFrom", "NotNull", "org.field.missing");
        if (form.validTo() == null) errors.add("validTo", "NotNull", "org.field.missing");
        if (form.reason() != null && form.reason().length() > 500) errors.add("reason", "Size", "org.field.tooLong", 500);
        errors.throwIfAny();
        String code = form.positionCode().strip().toUpperCase(Locale.ROOT);
        PositionSummary position = structure.position(code, form.validFrom())
                .orElseThrow(() -> new BusinessRuleException("org.acting.position.unknown", code, form.validFrom()));
        PersonSummary acting = structure.person(form.actingPerson().strip())
                .orElseThrow(() -> new BusinessRuleException("org.person.unknown", form.actingPerson()));
        PersonSummary holder = position.incumbent();
        ActingRules.Period period = new ActingRules.Period(form.validFrom(), form.validTo());
        List<ActingRules.Period> others = ofPosition(code).stream().filter(a -> !a.cancelled())
                .map(a -> new ActingRules.Period(a.validFrom(), a.validTo())).toList();
        ActingRules.check(period, acting.id(), holder == null ? null : holder.id(), others).ifPresent(r -> {
            switch (r) {
                case END_BEFORE_START -> throw new BusinessRuleException("org.dates.inconsistent", form.validFrom(), form.validTo());
                case TOO_LONG -> throw new BusinessRuleException("org.acting.tooLong", ActingRules.MAX_DAYS);
                case ACTING_FOR_ONESELF -> throw new BusinessRuleException("org.acting.self", acting.fullName(), code);
                case OVERLAPS -> throw new DuplicateKeyException("an acting arrangement for " + code + " overlaps");
            }
        });
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_acting_arrangement (position_code, acting_person_id, valid_from, valid_to, reason,
                    cancelled, version, created_by, created_at, modified_by, modified_at)
                VALUES (:c, :p, :from, :to, :r, FALSE, 0, :by, :now, :by, :now)""")
                .param("c", code).param("p", acting.id()).param("from", form.validFrom()).param("to", form.validTo())
                .param("r", form.reason() == null || form.reason().isBlank() ? null : form.reason().strip())
                .param("by", CurrentUser.usernameOrSystem()).param("now", now).update(keys, "id");
        Arrangement created = get(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(DataChanged.created("organization.acting-arrangement", created.id(), created));
        return created;
    }

    /** Cancels an arrangement (the holder is back early, or it was recorded by mistake). */
    public Arrangement cancel(long id, Long version) {
        Arrangement before = get(id);
        if (before.cancelled()) throw new BusinessRuleException("org.acting.cancelled", id);
        long v = version == null ? before.version() : version;
        int n = jdbc.sql("UPDATE org_acting_arrangement SET cancelled = TRUE, version = version + 1, modified_by = :by,"
                        + " modified_at = :now WHERE id = :id AND version = :v")
                .param("by", CurrentUser.usernameOrSystem()).param("now", OffsetDateTime.now()).param("id", id)
                .param("v", v).update();
        if (n == 0) throw new OptimisticLockingFailureException("acting arrangement " + id + " was changed meanwhile");
        Arrangement after = get(id);
        events.publishEvent(DataChanged.updated("organization.acting-arrangement", id, before, after));
        return after;
    }

    private Arrangement row(ResultSet rs) throws SQLException {
        String code = rs.getString("position_code");
        LocalDate from = rs.getDate("valid_from").toLocalDate();
        PersonSummary acting = new PersonSummary(rs.getLong("acting_person_id"), rs.getString("index_number"),
                rs.getString("full_name"), rs.getString("email"), rs.getString("username"));
        Optional<PositionSummary> position = structure.position(code, from);
        return new Arrangement(rs.getLong("id"), code, position.map(PositionSummary::titleEn).orElse(code),
                position.map(PositionSummary::titleFr).orElse(code), acting,
                position.map(PositionSummary::incumbent).orElse(null), from, rs.getDate("valid_to").toLocalDate(),
                rs.getString("reason"), rs.getBoolean("cancelled"), rs.getLong("version"));
    }
}
