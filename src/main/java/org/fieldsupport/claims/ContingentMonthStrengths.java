package org.fieldsupport.claims;

import java.time.YearMonth;
import java.util.List;

/**
 * The personnel strength of a mission's contingents in a month, as the claims module keeps it (issue 17: rations are
 * ordered for the strength the claims already know, not a number typed again): the month's strength return (its
 * average strength, rounded half-even to a person) when one is filed, else the MOU's authorised strength. Contingents
 * not deployed by the end of the month, or repatriated before it began, are left out. Read-only; no amount, rate or
 * claim is exposed, and the caller checks its own permission for the mission.
 */
public interface ContingentMonthStrengths {

    List<Strength> forMission(String missionCode, YearMonth month);

    /** {@code source}: {@code STRENGTH_RETURN} or {@code AUTHORISED} (no return filed for the month). */
    record Strength(String contingentReference, String memberState, String unitType, int strength, String source) { }
}
