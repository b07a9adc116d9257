package org.fieldsupport.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules (the budget module first) may read of the MOUs' Annex A: the authorised strength of each
 * contingent of a mission for a period, from the MOU version in force at the period's start (or, for a contingent
 * whose MOU took effect later in the period, its first version), with the months of the period it is deployed.
 * Read-only; no permission check here: the calling module checks its own user's permission and scope.
 */
public interface ContingentStrengths {

    /** Contingents of the mission deployed during part of {@code from}..{@code to}, by reference. */
    List<Strength> authorisedStrength(String missionCode, LocalDate from, LocalDate to);

    /**
     * @param unitType        the MOU's unit type code ({@code INFANTRY_BATTALION}, {@code FORMED_POLICE_UNIT} …) or
     *                        the text recorded when it names no type
     * @param formedPolice    a formed police unit (budget class FORMED_POLICE_UNITS), otherwise a military contingent
     * @param mouVersion      the MOU version whose Annex A gives the strength, in force from {@code effectiveFrom}
     * @param monthsInPeriod  months of the period with the contingent deployed for at least part of the month
     */
    record Strength(String contingentReference, String missionCode, String memberState, String unitType,
                    boolean formedPolice, int authorisedStrength, int mouVersion, LocalDate effectiveFrom,
                    LocalDate deployedOn, LocalDate repatriatedOn, int monthsInPeriod) { }
}
