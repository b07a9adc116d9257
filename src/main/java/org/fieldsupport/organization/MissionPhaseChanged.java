package org.fieldsupport.organization;

import java.time.LocalDate;

/** A mission moved to another phase of its life cycle (8.5.d). */
public record MissionPhaseChanged(String missionCode, MissionPhase from, MissionPhase to, LocalDate effectiveOn) { }
