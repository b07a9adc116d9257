package org.fieldsupport.conduct.cases.domain;

import java.util.Set;

/**
 * CONDUCT-2026-v1, need-to-know: a case is visible only to the conduct officers of its mission, the headquarters
 * conduct unit and users given the case explicitly; to anyone else it does not exist. Only roles assigned to the
 * user for conduct count (the platform administrator's blanket permissions do not open a case). Victims' identity
 * is readable only by a user who sees the case and holds the victims' assistance role.
 *
 * @param officerMissions missions where the user is a conduct officer
 * @param headquarters    whether the user belongs to the headquarters conduct unit (conduct officer or head at HQ)
 * @param grantedCases    case ids given to the user explicitly
 * @param victimsAssistance whether the user holds the victims' assistance role
 */
public record NeedToKnow(Set<String> officerMissions, boolean headquarters, Set<Long> grantedCases,
                         boolean victimsAssistance) {

    public NeedToKnow {
        officerMissions = Set.copyOf(officerMissions);
        grantedCases = Set.copyOf(grantedCases);
    }

    public static NeedToKnow nobody() {
        return new NeedToKnow(Set.of(), false, Set.of(), false);
    }

    public boolean sees(long caseId, String missionCode) {
        return headquarters || officerMissions.contains(missionCode) || grantedCases.contains(caseId);
    }

    /** Whether the user may act on the case as a conduct officer (explicit grantees read only). */
    public boolean manages(String missionCode) {
        return headquarters || officerMissions.contains(missionCode);
    }

    public boolean readsVictimIdentity(long caseId, String missionCode) {
        return victimsAssistance && sees(caseId, missionCode);
    }

    /** Whether this user may see any case at all (lists are empty otherwise, without touching the database). */
    public boolean seesAny() {
        return headquarters || !officerMissions.isEmpty() || !grantedCases.isEmpty();
    }
}
