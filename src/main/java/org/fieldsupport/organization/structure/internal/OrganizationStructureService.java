package org.fieldsupport.organization.structure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.organization.LineType;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.PersonSummary;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.ReportingStep;
import org.fieldsupport.organization.UnitSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganizationStructureService implements OrganizationStructure {

    /** Seniority of the grades the structure uses (higher = more senior), to pick a person's main position. */
    private static final Map<String, Integer> GRADE_RANK = Map.ofEntries(
            Map.entry("USG", 100), Map.entry("ASG", 90), Map.entry("D-2", 80), Map.entry("D-1", 70),
            Map.entry("P-5", 60), Map.entry("P-4", 50), Map.entry("P-3", 40), Map.entry("P-2", 30),
            Map.entry("FS-7", 25), Map.entry("FS-6", 24), Map.entry("FS-5", 23), Map.entry("G-7", 20));

    private final StructureQueries queries;

    public OrganizationStructureService(StructureQueries queries) {
        this.queries = queries;
    }

    static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    @Override
    public Optional<UnitSummary> unit(String code, LocalDate asOf) {
        return queries.unit(code, day(asOf));
    }

    @Override
    public List<UnitSummary> units(LocalDate asOf) {
        return queries.units(day(asOf));
    }

    @Override
    public List<UnitSummary> subtree(String unitCode, LocalDate asOf) {
        return queries.subtree(unitCode, day(asOf));
    }

    @Override
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate asOf) {
        if (unitCode.equals(ancestorCode)) return queries.unit(unitCode, day(asOf)).isPresent();
        return queries.ancestorCodes(unitCode, day(asOf)).contains(ancestorCode);
    }

    @Override
    public Optional<PositionSummary> position(String code, LocalDate asOf) {
        return queries.position(code, day(asOf));
    }

    @Override
    public List<PositionSummary> positionsOf(String unitCode, LocalDate asOf) {
        return queries.positionsOfUnit(unitCode, day(asOf));
    }

    @Override
    public Optional<PositionSummary> headOf(String unitCode, LocalDate asOf) {
        return queries.headOf(unitCode, day(asOf));
    }

    @Override
    public List<PositionSummary> reportingChain(String positionCode, LocalDate asOf) {
        return queries.reportingChain(positionCode, day(asOf));
    }

    @Override
    public List<ReportingStep> reportingSteps(String positionCode, LocalDate asOf) {
        LocalDate d = day(asOf);
        List<ReportingStep> steps = new ArrayList<>();
        for (PositionSummary p : queries.reportingChain(positionCode, d)) {
            List<String> dual = queries.linesFrom(p.code(), d).stream()
                    .filter(l -> l.type() == LineType.DUAL)
                    .map(l -> l.toPosition() != null ? l.toPosition() : l.toExternal())
                    .toList();
            steps.add(new ReportingStep(p, dual));
        }
        return steps;
    }

    @Override
    public List<PositionSummary> unitReportingChain(String unitCode, LocalDate asOf) {
        return queries.headOf(unitCode, day(asOf))
                .map(head -> queries.reportingChain(head.code(), day(asOf)))
                .orElse(List.of());
    }

    @Override
    public Optional<PositionSummary> positionHeldBy(String personOrUsername, LocalDate asOf) {
        return positionsHeldBy(personOrUsername, asOf).stream().findFirst();
    }

    /** Most senior first: heads before others, then by grade. */
    @Override
    public List<PositionSummary> positionsHeldBy(String personOrUsername, LocalDate asOf) {
        return queries.person(personOrUsername)
                .map(person -> queries.positionsHeldBy(person.id(), day(asOf)).stream()
                        .sorted(Comparator.comparing(PositionSummary::head).reversed()
                                .thenComparing(p -> -GRADE_RANK.getOrDefault(p.gradeCode(), 0))
                                .thenComparing(PositionSummary::code))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public Optional<PersonSummary> person(String personOrUsername) {
        return queries.person(personOrUsername);
    }
}
