package org.fieldsupport.organization.responsibility.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.organization.AttributionSummary;
import org.fieldsupport.organization.Attributions;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.MissionType;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.organization.structure.internal.RelationQueries;
import org.fieldsupport.platform.api.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who handles this for that mission?" The holder of an attribution is the unit the catalogue names; where
 * several units hold it (the four integrated regional HR sections, 6.3), the one serving the mission (6.2)
 * answers. The instruction line is the department's {@code takes_instructions_from} relation for the
 * mission's type (2.4.a–b); for another kind of field presence, the line to its lead department if any.
 */
@Service
@Transactional(readOnly = true)
public class ResponsibilityService implements Responsibility {

    private static final int MAX_TEXT_ANSWERS = 5;

    private final Attributions attributions;
    private final Missions missions;
    private final OrganizationStructure structure;
    private final RelationQueries relations;

    ResponsibilityService(Attributions attributions, Missions missions, OrganizationStructure structure,
                          RelationQueries relations) {
        this.attributions = attributions;
        this.missions = missions;
        this.structure = structure;
        this.relations = relations;
    }

    @Override
    public Optional<Answer> forAttribution(String attributionId, String missionCode, LocalDate asOf) {
        MissionSummary mission = mission(missionCode);
        return attributions.find(attributionId).map(a -> answer(a, mission, day(asOf)));
    }

    @Override
    public List<Answer> forText(String text, String missionCode, LocalDate asOf) {
        MissionSummary mission = mission(missionCode);
        LocalDate d = day(asOf);
        return attributions.search(text).stream().limit(MAX_TEXT_ANSWERS).map(a -> answer(a, mission, d)).toList();
    }

    private MissionSummary mission(String missionCode) {
        if (missionCode == null || missionCode.isBlank()) return null;
        return missions.find(missionCode.trim()).orElseThrow(() -> new NotFoundException("mission", missionCode));
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    private Answer answer(AttributionSummary a, MissionSummary mission, LocalDate d) {
        String unitCode = holderFor(a, mission);
        UnitSummary unit = unitCode == null ? null : structure.unit(unitCode, d).orElse(null);
        PositionSummary head = unit == null ? null : structure.headOf(unit.code(), d).orElse(null);
        List<PositionSummary> chain = head == null ? List.of() : structure.reportingChain(head.code(), d);
        return new Answer(a, mission, unit, head, chain, mission == null ? null : instructionLine(mission, d));
    }

    static String holderFor(AttributionSummary a, MissionSummary mission) {
        List<String> holders = a.holderUnits();
        if (holders.isEmpty()) return null;
        if (holders.size() > 1 && mission != null && mission.servingHrSection() != null
                && holders.contains(mission.servingHrSection())) {
            return mission.servingHrSection();
        }
        return holders.get(0);
    }

    @Override
    public Optional<InstructionLine> instructionLine(String missionCode, LocalDate asOf) {
        return Optional.ofNullable(instructionLine(mission(missionCode), day(asOf)));
    }

    /** A relation edited here: the next question reads the relations again. */
    @org.springframework.context.event.EventListener
    void relationChanged(org.fieldsupport.platform.audit.DataChanged change) {
        if ("organization.relation".equals(change.entityType())) lineCache.set(null);
    }

    /** Instruction relations and entity names change rarely: kept for 30 s per date. */
    private record LineCache(LocalDate day, List<RelationQueries.Relation> lines,
                             Map<String, RelationQueries.ExternalEntity> entities, long loadedAt) { }

    private final java.util.concurrent.atomic.AtomicReference<LineCache> lineCache =
            new java.util.concurrent.atomic.AtomicReference<>();

    private LineCache lineCache(LocalDate d) {
        LineCache c = lineCache.get();
        if (c == null || !c.day().equals(d) || System.nanoTime() - c.loadedAt() > 30_000_000_000L) {
            c = new LineCache(d, relations.relations("takes_instructions_from", d), relations.externalEntities(),
                    System.nanoTime());
            lineCache.set(c);
        }
        return c;
    }

    private InstructionLine instructionLine(MissionSummary mission, LocalDate d) {
        LineCache cache = lineCache(d);
        List<RelationQueries.Relation> lines = cache.lines();
        Optional<RelationQueries.Relation> line = Optional.empty();
        if (mission.type() == MissionType.OTHER_FIELD_PRESENCE) {
            line = lines.stream().filter(r -> r.toCode().equals(mission.leadDepartment())).findFirst();
        }
        if (line.isEmpty()) line = lines.stream().filter(r -> r.appliesTo(mission.type())).findFirst();
        Map<String, RelationQueries.ExternalEntity> entities = cache.entities();
        return line.map(r -> {
            RelationQueries.ExternalEntity to = entities.get(r.toCode());
            return new InstructionLine(r.fromCode(), r.toCode(), to == null ? r.toCode() : to.nameFr(),
                    to == null ? r.toCode() : to.nameEn(), r.paragraph(), r.scopeText());
        }).orElse(null);
    }
}
