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

    /** Support leadership positions of the mission (Director/Chief of Mission Support ...). */
    List<PositionSummary> supportPositions(String missionCode, LocalDate asOf);
}
