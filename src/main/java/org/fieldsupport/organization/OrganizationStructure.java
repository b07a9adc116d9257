package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The department's structure as in force on a date ({@code asOf}; null = today): units, positions,
 * who holds them and who reports to whom.
 */
public interface OrganizationStructure {

    Optional<UnitSummary> unit(String code, LocalDate asOf);

    List<UnitSummary> units(LocalDate asOf);

    /** The unit and every unit below it, the unit first. */
    List<UnitSummary> subtree(String unitCode, LocalDate asOf);

    /** Whether {@code unitCode} is {@code ancestorCode} or lies below it. */
    boolean isWithin(String unitCode, String ancestorCode, LocalDate asOf);

    Optional<PositionSummary> position(String code, LocalDate asOf);

    List<PositionSummary> positionsOf(String unitCode, LocalDate asOf);

    Optional<PositionSummary> headOf(String unitCode, LocalDate asOf);

    /** The position itself first, then the positions it reports to (LINE), up to the top. */
    List<PositionSummary> reportingChain(String positionCode, LocalDate asOf);

    /** Like {@link #reportingChain} with the dual lines of each step. */
    List<ReportingStep> reportingSteps(String positionCode, LocalDate asOf);

    /** The head of the unit first, then up to the top. */
    List<PositionSummary> unitReportingChain(String unitCode, LocalDate asOf);

    /** The position held on {@code asOf} by a person given by username, index number or person id (the most senior if several). */
    Optional<PositionSummary> positionHeldBy(String personOrUsername, LocalDate asOf);

    List<PositionSummary> positionsHeldBy(String personOrUsername, LocalDate asOf);

    Optional<PersonSummary> person(String personOrUsername);
}
