package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The missions the department supports. */
public interface Missions {

    Optional<MissionSummary> find(String code);

    /** Missions whose mandate covers {@code asOf} (all missions, including closed ones, when null). */
    List<MissionSummary> all(LocalDate asOf);

    /** Every mission ever recorded, closed ones included. */
    List<MissionSummary> all();

    /**
     * For a module about to record something for a mission (a claim, a movement, a case): refuses with a 422
     * problem ({@code BusinessRuleException} "org.mission.unknown" or "org.mission.closed", in the user's
     * language) when the mission is unknown or closed (2.1.a). Returns the mission otherwise.
     */
    MissionSummary requireOpenForNewRecords(String missionCode);

    /** Support leadership positions of the mission (Director/Chief of Mission Support ...). */
    List<PositionSummary> supportPositions(String missionCode, LocalDate asOf);
}
