package org.fieldsupport.personnel.leadership.domain;

import java.util.List;

/**
 * SENIOR-PARITY-v1 (rules-wave2.md): a nomination list holds 1 to 4 nominees; women required = floor(n / 2)
 * (1 → 0, 2 → 1, 3 → 1, 4 → 2); only nominees recorded as women ({@code "F"}) count. More than 4:
 * {@code TOO_MANY_NOMINEES}; none: {@code EMPTY}. The same floor(n / 2) share, without the cap of 4, is the
 * platform's check of a shortlist ({@link #shortlist}) and of the shortlist a selection is made from.
 */
public final class SeniorParity {

    public static final String RULE_SET = "SENIOR-PARITY-v1";
    public static final int MAX_NOMINEES = 4;

    public enum Reason { OK, TOO_FEW_WOMEN, TOO_MANY_NOMINEES, EMPTY }

    public record Result(String ruleSet, boolean compliant, int women, int womenRequired, Reason reason) { }

    private SeniorParity() { }

    public static int womenRequired(int nominees) {
        return Math.max(0, nominees) / 2;
    }

    public static int women(List<String> genders) {
        return (int) genders.stream().filter("F"::equals).count();
    }

    /** The check of a nomination list (the genders of its nominees, in any order). */
    public static Result check(List<String> genders) {
        int n = genders.size();
        int women = women(genders);
        int required = womenRequired(n);
        if (n == 0) {
            return new Result(RULE_SET, false, 0, 0, Reason.EMPTY);
        }
        if (n > MAX_NOMINEES) {
            return new Result(RULE_SET, false, women, required, Reason.TOO_MANY_NOMINEES);
        }
        return women >= required ? new Result(RULE_SET, true, women, required, Reason.OK)
                : new Result(RULE_SET, false, women, required, Reason.TOO_FEW_WOMEN);
    }

    /** A shortlist of any length: at least floor(n / 2) women; empty is not a shortlist. */
    public static Result shortlist(List<String> genders) {
        int n = genders.size();
        int women = women(genders);
        int required = womenRequired(n);
        if (n == 0) {
            return new Result(RULE_SET, false, 0, 0, Reason.EMPTY);
        }
        return new Result(RULE_SET, women >= required, women, required, women >= required ? Reason.OK : Reason.TOO_FEW_WOMEN);
    }
}
