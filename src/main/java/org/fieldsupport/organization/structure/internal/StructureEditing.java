package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.structure.domain.EffectivePeriod;
import org.fieldsupport.organization.structure.domain.Hierarchy;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the structure: every write checks the structure's rules and publishes {@link DataChanged}. */
@Service
@Transactional
public class StructureEditing {

    private final UnitRepository units;
    private final PositionRepository positions;
    private final PersonRepository persons;
    private final StructureQueries queries;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.reference.ReferenceData>
            referenceData;

    StructureEditing(UnitRepository units, PositionRepository positions, PersonRepository persons,
                     StructureQueries queries, JdbcClient jdbc, ApplicationEventPublisher events,
                     org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.reference.ReferenceData>
                             referenceData) {
        this.referenceData = referenceData;
        this.units = units;
        this.positions = positions;
        this.persons = persons;
        this.queries = queries;
        this.jdbc = jdbc;
        this.events = events;
    }

    public record UnitForm(String code, UnitKind kind, String nameFr, String nameEn, String parentCode,
                           String paragraphs, LocalDate validFrom, LocalDate validTo, Long version) { }

    public record PositionForm(String code, String unitCode, String missionCode, String titleFr, String titleEn,
                               String gradeCode, boolean head, String reportsTo, LocalDate validFrom,
                               LocalDate validTo, Long version) { }

    public record PersonForm(String indexNumber, String fullName, String email, String username) { }

    // ---- units ----

    public UnitSummary createUnit(UnitForm form) {
        String code = required(form.code(), "code").toUpperCase(java.util.Locale.ROOT);
        requireUnitFields(form);
        LocalDate from = form.validFrom() == null ? LocalDate.now() : form.validFrom();
        if (!EffectivePeriod.consistent(from, form.validTo())) {
            throw new BusinessRuleException("org.dates.inconsistent", from, form.validTo());
        }
        EffectivePeriod period = new EffectivePeriod(from, form.validTo());
        boolean overlaps = units.findByCodeOrderByValidFrom(code).stream()
                .anyMatch(u -> new EffectivePeriod(u.validFrom, u.validTo).overlaps(period));
        if (overlaps) throw new BusinessRuleException("org.unit.code.taken", code);
        String parent = blankToNull(form.parentCode());
        if (parent != null && queries.unit(parent, from).isEmpty()) {
            throw new BusinessRuleException("org.unit.parent.unknown", parent);
        }
        OrgUnit unit = units.save(OrgUnit.create(code, form.kind(), form.nameFr().trim(), form.nameEn().trim(), parent,
                blankToNull(form.paragraphs()), from, form.validTo(), "USER", by()));
        events.publishEvent(DataChanged.created("organization.unit", code, unit.summary()));
        return unit.summary();
    }

    /** Corrects the record of the unit in force on {@code asOf} (names, kind, parent, paragraphs, end date). */
    public UnitSummary updateUnit(String code, LocalDate asOf, UnitForm form) {
        OrgUnit unit = unitRecord(code, asOf);
        if (form.version() != null && !form.version().equals(unit.version)) {
            throw new OptimisticLockingFailureException("unit " + code + " was changed meanwhile");
        }
        requireUnitFields(form);
        UnitSummary before = unit.summary();
        String parent = blankToNull(form.parentCode());
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        if (parent != null) {
            if (queries.unit(parent, d).isEmpty()) throw new BusinessRuleException("org.unit.parent.unknown", parent);
            Map<String, String> parentOf = new HashMap<>();
            queries.units(d).forEach(u -> parentOf.put(u.code(), u.parentCode()));
            if (new Hierarchy(parentOf).wouldCreateCycle(code, parent)) {
                throw new BusinessRuleException("org.unit.parent.cycle", code, parent);
            }
        }
        LocalDate validTo = form.validTo();
        if (!EffectivePeriod.consistent(unit.validFrom, validTo)) {
            throw new BusinessRuleException("org.dates.inconsistent", unit.validFrom, validTo);
        }
        unit.kind = form.kind();
        unit.nameFr = form.nameFr().trim();
        unit.nameEn = form.nameEn().trim();
        unit.parentCode = parent;
        unit.paragraphs = blankToNull(form.paragraphs());
        unit.validTo = validTo;
        unit.touch(by());
        OrgUnit saved = units.save(unit);
        events.publishEvent(DataChanged.updated("organization.unit", code, before, saved.summary()));
        return saved.summary();
    }

    /**
     * A reorganisation: from {@code effectiveFrom} the unit has the form's kind, names, parent and paragraphs.
     * The record in force that day ends the day before and a successor record starts that day, so queries
     * {@code asOf} an earlier date still see the old structure. A date on the record's own first day is a
     * correction, not a reorganisation ({@link #updateUnit}).
     */
    public UnitSummary reorganiseUnit(String code, LocalDate effectiveFrom, UnitForm form) {
        if (effectiveFrom == null) throw new BusinessRuleException("org.field.required", "effective_from");
        OrgUnit current = unitRecord(code, effectiveFrom);
        if (!effectiveFrom.isAfter(current.validFrom)) {
            return updateUnit(code, effectiveFrom, form);
        }
        if (form.version() != null && !form.version().equals(current.version)) {
            throw new OptimisticLockingFailureException("unit " + code + " was changed meanwhile");
        }
        requireUnitFields(form);
        String parent = blankToNull(form.parentCode());
        if (parent != null) {
            if (queries.unit(parent, effectiveFrom).isEmpty()) {
                throw new BusinessRuleException("org.unit.parent.unknown", parent);
            }
            Map<String, String> parentOf = new HashMap<>();
            queries.units(effectiveFrom).forEach(u -> parentOf.put(u.code(), u.parentCode()));
            if (new Hierarchy(parentOf).wouldCreateCycle(code, parent)) {
                throw new BusinessRuleException("org.unit.parent.cycle", code, parent);
            }
        }
        UnitSummary before = current.summary();
        LocalDate end = current.validTo;
        current.validTo = effectiveFrom.minusDays(1);
        current.touch(by());
        units.save(current);
        OrgUnit successor = units.save(OrgUnit.create(code, form.kind(), form.nameFr().trim(), form.nameEn().trim(),
                parent, blankToNull(form.paragraphs()), effectiveFrom, end, "USER", by()));
        events.publishEvent(DataChanged.updated("organization.unit", code, before, successor.summary()));
        return successor.summary();
    }

    public Long unitVersion(String code, LocalDate asOf) {
        return unitRecord(code, asOf).version;
    }

    private OrgUnit unitRecord(String code, LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        return units.findByCodeOrderByValidFrom(code).stream()
                .filter(u -> new EffectivePeriod(u.validFrom, u.validTo).contains(d))
                .findFirst().orElseThrow(() -> new NotFoundException("unit", code));
    }

    private static void requireUnitFields(UnitForm form) {
        if (form.kind() == null) throw new BusinessRuleException("org.field.required", "kind");
        required(form.nameFr(), "name_fr");
        required(form.nameEn(), "name_en");
    }

    // ---- positions ----

    public PositionSummary createPosition(PositionForm form) {
        String code = required(form.code(), "code").toUpperCase(java.util.Locale.ROOT);
        required(form.titleFr(), "title_fr");
        required(form.titleEn(), "title_en");
        LocalDate from = form.validFrom() == null ? LocalDate.now() : form.validFrom();
        if (!EffectivePeriod.consistent(from, form.validTo())) {
            throw new BusinessRuleException("org.dates.inconsistent", from, form.validTo());
        }
        String unit = blankToNull(form.unitCode());
        String mission = blankToNull(form.missionCode());
        if ((unit == null) == (mission == null)) throw new BusinessRuleException("org.position.unit-or-mission");
        if (unit != null && queries.unit(unit, from).isEmpty()) throw new BusinessRuleException("org.unit.unknown", unit);
        if (mission != null && jdbc.sql("SELECT COUNT(*) FROM org_mission WHERE code = ?").param(mission)
                .query(Long.class).single() == 0) {
            throw new BusinessRuleException("org.mission.unknown", mission);
        }
        requireKnownGrade(form.gradeCode());
        EffectivePeriod period = new EffectivePeriod(from, form.validTo());
        if (positions.findByCodeOrderByValidFrom(code).stream()
                .anyMatch(p -> new EffectivePeriod(p.validFrom, p.validTo).overlaps(period))) {
            throw new BusinessRuleException("org.position.code.taken", code);
        }
        if (form.head() && unit != null && queries.headOf(unit, from).isPresent()) {
            throw new BusinessRuleException("org.unit.head.exists", unit);
        }
        OrgPosition p = positions.save(OrgPosition.create(code, unit, mission, form.titleFr().trim(), form.titleEn().trim(),
                blankToNull(form.gradeCode()), form.head(), from, form.validTo(), by()));
        events.publishEvent(DataChanged.created("organization.position", code, p.snapshot()));
        if (blankToNull(form.reportsTo()) != null) addReportingLine(code, form.reportsTo().trim(), LineType.LINE, from, null);
        return queries.position(code, from).orElseThrow();
    }

    public PositionSummary updatePosition(String code, LocalDate asOf, PositionForm form) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        OrgPosition p = positions.findByCodeOrderByValidFrom(code).stream()
                .filter(x -> new EffectivePeriod(x.validFrom, x.validTo).contains(d)).findFirst()
                .orElseThrow(() -> new NotFoundException("position", code));
        if (form.version() != null && !form.version().equals(p.version)) {
            throw new OptimisticLockingFailureException("position " + code + " was changed meanwhile");
        }
        Map<String, Object> before = p.snapshot();
        required(form.titleFr(), "title_fr");
        required(form.titleEn(), "title_en");
        if (form.head() && !p.isHead && p.unitCode != null
                && queries.headOf(p.unitCode, d).filter(h -> !h.code().equals(code)).isPresent()) {
            throw new BusinessRuleException("org.unit.head.exists", p.unitCode);
        }
        if (!EffectivePeriod.consistent(p.validFrom, form.validTo())) {
            throw new BusinessRuleException("org.dates.inconsistent", p.validFrom, form.validTo());
        }
        requireKnownGrade(form.gradeCode());
        p.titleFr = form.titleFr().trim();
        p.titleEn = form.titleEn().trim();
        p.gradeCode = blankToNull(form.gradeCode());
        p.isHead = form.head();
        p.validTo = form.validTo();
        p.touch(by());
        positions.save(p);
        events.publishEvent(DataChanged.updated("organization.position", code, before, p.snapshot()));
        return queries.position(code, d).orElseThrow();
    }

    /** A position's grade is a code of the platform's reference data (issue 9 item 5). */
    private void requireKnownGrade(String gradeCode) {
        String grade = blankToNull(gradeCode);
        org.fieldsupport.platform.reference.ReferenceData reference = referenceData.getIfAvailable();
        if (grade != null && reference != null && reference.grade(grade.strip()).isEmpty()) {
            throw new BusinessRuleException("org.grade.unknown", grade);
        }
    }

    // ---- reporting lines ----

    public void addReportingLine(String fromPosition, String toPosition, LineType type, LocalDate from, String paragraph) {
        LocalDate d = from == null ? LocalDate.now() : from;
        if (queries.position(fromPosition, d).isEmpty()) throw new BusinessRuleException("org.position.unknown", fromPosition);
        if (queries.position(toPosition, d).isEmpty()) throw new BusinessRuleException("org.position.unknown", toPosition);
        if (type == LineType.LINE) {
            if (queries.linesFrom(fromPosition, d).stream().anyMatch(l -> l.type() == LineType.LINE)) {
                throw new BusinessRuleException("org.line.exists", fromPosition);
            }
            Map<String, String> reportsTo = new HashMap<>();
            queries.lines(d).stream().filter(l -> l.type() == LineType.LINE && l.toPosition() != null)
                    .forEach(l -> reportsTo.put(l.fromPosition(), l.toPosition()));
            if (new Hierarchy(reportsTo).wouldCreateCycle(fromPosition, toPosition)) {
                throw new BusinessRuleException("org.line.cycle", fromPosition, toPosition);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                INSERT INTO org_reporting_line (from_position_code, to_position_code, line_type, paragraph, valid_from,
                    version, created_by, created_at, modified_by, modified_at)
                VALUES (:f, :t, :type, :par, :d, 0, :by, :now, :by, :now)""")
                .param("f", fromPosition).param("t", toPosition).param("type", type.name()).param("par", paragraph)
                .param("d", d).param("by", by()).param("now", now).update();
        events.publishEvent(DataChanged.created("organization.reporting-line", fromPosition + "->" + toPosition,
                Map.of("from", fromPosition, "to", toPosition, "type", type.name(), "validFrom", d.toString())));
    }

    /**
     * Makes {@code fromPosition} report (LINE) to {@code target} — a position or an external entity — from
     * {@code from}: the line in force ends the day before (or is replaced when it starts that same day).
     * No-op when that line is already in force.
     */
    public void replaceLine(String fromPosition, String target, boolean external, LocalDate from) {
        LocalDate d = from == null ? LocalDate.now() : from;
        List<StructureQueries.Line> current = queries.linesFrom(fromPosition, d).stream()
                .filter(l -> l.type() == LineType.LINE).toList();
        if (current.size() == 1 && target.equals(external ? current.get(0).toExternal() : current.get(0).toPosition())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (StructureQueries.Line l : current) {
            if (!l.validFrom().isBefore(d)) {
                jdbc.sql("DELETE FROM org_reporting_line WHERE id = :id").param("id", l.id()).update();
            } else {
                jdbc.sql("UPDATE org_reporting_line SET valid_to = :end, version = version + 1, modified_by = :by, modified_at = :now WHERE id = :id")
                        .param("end", d.minusDays(1)).param("by", by()).param("now", now).param("id", l.id()).update();
            }
        }
        jdbc.sql("""
                INSERT INTO org_reporting_line (from_position_code, to_position_code, to_external_code, line_type,
                    valid_from, version, created_by, created_at, modified_by, modified_at)
                VALUES (:f, :t, :x, 'LINE', :d, 0, :by, :now, :by, :now)""")
                .param("f", fromPosition).param("t", external ? null : target).param("x", external ? target : null)
                .param("d", d).param("by", by()).param("now", now).update();
        events.publishEvent(DataChanged.updated("organization.reporting-line", fromPosition,
                current.stream().map(l -> l.toPosition() != null ? l.toPosition() : l.toExternal()).toList(),
                Map.of("from", fromPosition, "to", target, "validFrom", d.toString())));
    }

    // ---- persons and incumbents ----

    public PersonSummary createPerson(PersonForm form) {
        String index = required(form.indexNumber(), "index_number");
        if (persons.findByIndexNumber(index).isPresent()) throw new BusinessRuleException("org.person.index.taken", index);
        String username = blankToNull(form.username());
        if (username != null && persons.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("org.person.username.taken", username);
        }
        OrgPerson p = persons.save(OrgPerson.create(index, required(form.fullName(), "full_name"), blankToNull(form.email()),
                username, by()));
        events.publishEvent(DataChanged.created("organization.person", p.id, p.summary()));
        return p.summary();
    }

    /** {@code personId} takes up the position from {@code from}; the previous incumbency ends the day before. */
    public void assignIncumbent(String positionCode, long personId, LocalDate from) {
        LocalDate d = from == null ? LocalDate.now() : from;
        PositionSummary position = queries.position(positionCode, d)
                .orElseThrow(() -> new BusinessRuleException("org.position.unknown", positionCode));
        OrgPerson person = persons.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                UPDATE org_incumbency SET valid_to = :end, version = version + 1, modified_by = :by, modified_at = :now
                 WHERE position_code = :p AND valid_from < :d AND (valid_to IS NULL OR valid_to >= :d)""")
                .param("end", d.minusDays(1)).param("by", by()).param("now", now).param("p", positionCode)
                .param("d", d).update();
        jdbc.sql("DELETE FROM org_incumbency WHERE position_code = :p AND valid_from >= :d")
                .param("p", positionCode).param("d", d).update();
        jdbc.sql("""
                INSERT INTO org_incumbency (position_code, person_id, valid_from, version, created_by, created_at,
                    modified_by, modified_at) VALUES (:p, :person, :d, 0, :by, :now, :by, :now)""")
                .param("p", positionCode).param("person", personId).param("d", d).param("by", by()).param("now", now)
                .update();
        events.publishEvent(DataChanged.updated("organization.incumbency", positionCode,
                position.incumbent(), Map.of("person", person.summary(), "validFrom", d.toString())));
    }

    private static String by() {
        return CurrentUser.usernameOrSystem();
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new BusinessRuleException("org.field.required", field);
        return value.trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    List<PersonSummary> persons() {
        return queries.persons();
    }
}
