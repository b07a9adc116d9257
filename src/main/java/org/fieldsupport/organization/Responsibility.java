package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Who handles this for that mission?" — from an attribution (or free text) and a mission to the
 * responsible unit, its head and incumbent, the chain up to the USG and the instruction line that applies.
 */
public interface Responsibility {

    Optional<Answer> forAttribution(String attributionId, String missionCode, LocalDate asOf);

    /** Best-matching attributions for the text, each answered. */
    List<Answer> forText(String text, String missionCode, LocalDate asOf);

    /**
     * @param instructionFrom external entity the department takes instructions from for the mission's type
     *                        (2.4.a–b), {@code null} without a mission
     */
    /**
     * The instruction line a mission gets (2.4.a–b): the department's {@code takes_instructions_from} relation in
     * force on the day for the mission's type (or to its lead department for another field presence).
     */
    Optional<InstructionLine> instructionLine(String missionCode, LocalDate asOf);

    record Answer(AttributionSummary attribution, MissionSummary mission, UnitSummary unit, PositionSummary head,
                  List<PositionSummary> chain, InstructionLine instructionLine) { }

    record InstructionLine(String fromCode, String toCode, String toNameFr, String toNameEn, String paragraph,
                           String scopeText) { }
}
