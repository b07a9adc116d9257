package org.fieldsupport.personnel.recruitment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Competency-based assessment: each assessor scores each competency 1 to 5 at the written test and at the
 * interview; a stage's score is the mean of all scores given (HALF_EVEN, two decimals). A candidate is invited to
 * the interview when the test score is at least {@link #PASS}; the transmittal memo may recommend only candidates
 * whose interview score is at least {@link #PASS}. A D-2 opening goes to the Senior Review Group, every other one
 * to the Central Review Body.
 */
public final class PanelRules {

    public static final BigDecimal PASS = new BigDecimal("3.00");
    public static final List<String> COMPETENCIES = List.of("PROFESSIONALISM", "COMMUNICATION", "TEAMWORK",
            "PLANNING_ORGANIZING", "ACCOUNTABILITY", "CLIENT_ORIENTATION");
    public static final Set<String> STAGES = Set.of("TEST", "INTERVIEW");

    private PanelRules() { }

    public static BigDecimal mean(Collection<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_EVEN);
    }

    public static boolean passes(BigDecimal score) {
        return score != null && score.compareTo(PASS) >= 0;
    }

    public static String reviewBody(String grade) {
        return "D-2".equals(grade) ? "SRG" : "CRB";
    }

    /** Job code: job family, level, functional title and roster type (the key of a roster). */
    public static String jobCode(String family, String grade, String title, String rosterType) {
        return (family + "/" + grade + "/" + title + "/" + rosterType).toUpperCase(java.util.Locale.ROOT);
    }
}
