package org.fieldsupport.ict.projects.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ICT project life cycle and what each stage gate requires (pure): stages in order PROPOSAL → BUSINESS_CASE →
 * DESIGN → BUILD → DEPLOY → CLOSED, one gate at a time; CANCELLED from any open stage. Entering DESIGN needs at least
 * one benefit with a measurable target; entering BUILD needs a status report and a mitigation for every open high
 * risk (likelihood × impact ≥ 15); CLOSED needs every benefit's realised value recorded.
 */
public final class StageGates {

    public static final List<String> STAGES = List.of("PROPOSAL", "BUSINESS_CASE", "DESIGN", "BUILD", "DEPLOY", "CLOSED");
    public static final int HIGH_RISK = 15;

    private StageGates() { }

    /** What the gate needs and is missing: empty = the gate may be passed. */
    public record Facts(int benefits, int benefitsRealised, int statusReports, int highRisksWithoutMitigation) { }

    public static boolean isOpen(String stage) {
        return !"CLOSED".equals(stage) && !"CANCELLED".equals(stage);
    }

    /** The next stage, or null when closed or cancelled. */
    public static String next(String stage) {
        int i = STAGES.indexOf(stage);
        return i < 0 || i + 1 >= STAGES.size() ? null : STAGES.get(i + 1);
    }

    /** Message keys of the gate's unmet conditions when moving from {@code from} to {@code to}. */
    public static List<String> unmet(String from, String to, Facts f) {
        List<String> missing = new ArrayList<>();
        if ("CANCELLED".equals(to)) {
            if (!isOpen(from)) {
                missing.add("ictinfra.gate.notOpen");
            }
            return missing;
        }
        if (!to.equals(next(from))) {
            missing.add("ictinfra.gate.order");
            return missing;
        }
        if ("DESIGN".equals(to) && f.benefits() == 0) {
            missing.add("ictinfra.gate.benefits");
        }
        if ("BUILD".equals(to)) {
            if (f.statusReports() == 0) {
                missing.add("ictinfra.gate.statusReport");
            }
            if (f.highRisksWithoutMitigation() > 0) {
                missing.add("ictinfra.gate.risks");
            }
        }
        if ("CLOSED".equals(to) && f.benefitsRealised() < f.benefits()) {
            missing.add("ictinfra.gate.realised");
        }
        return missing;
    }
}
