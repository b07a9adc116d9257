package org.fieldsupport.claims.shortfall.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Logistics shortfall cases (8.3.k). A case is opened for one contingent, kind (major equipment or
 * self-sustainment) and category (an Annex B line or an Annex C category) when the shortfalls report of a month
 * finds it short; one case at a time per contingent, kind and category. Partners are consulted as the bulletin names
 * them; the contributing country is liaised with through messages it sees in its portal; corrective actions have a
 * responsible party and a due date. A case closes only when every corrective action is done and at least one was
 * recorded.
 */
public final class ShortfallCaseRules {

    /** The partners the bulletin names for 8.3.k (codes of the organisation's units and external entities). */
    public enum Partner { DFS_FBFD, EXT_DPKO_OMA, EXT_DPKO_PD, EXT_DPKO_UNMAS, MISSION }

    public enum Responsible { CONTRIBUTOR, MISSION, HEADQUARTERS }

    public enum Status { OPEN, CLOSED }

    /** Days before its due date when an open corrective action is put in the officers' inbox again. */
    public static final int REMINDER_DAYS = 14;

    private ShortfallCaseRules() { }

    /** The key that keeps one open case per contingent, kind and category. */
    public static String openKey(long contingentId, String kind, String category) {
        return contingentId + "|" + kind + "|" + category;
    }

    /** Why a case may not close yet (a message key), or null when it may. */
    public static String closeRefusal(List<Boolean> actionsDone) {
        if (actionsDone.isEmpty()) {
            return "claimsplanning.shortfall.close.noAction";
        }
        if (actionsDone.contains(Boolean.FALSE)) {
            return "claimsplanning.shortfall.close.openActions";
        }
        return null;
    }

    /** Whether an open action due on {@code dueOn} needs a reminder on {@code today}. */
    public static boolean remind(LocalDate dueOn, LocalDate today) {
        return !dueOn.isAfter(today.plusDays(REMINDER_DAYS));
    }
}
