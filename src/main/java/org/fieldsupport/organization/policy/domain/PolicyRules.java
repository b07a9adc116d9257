package org.fieldsupport.organization.policy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The life of a policy text of the delegation register (2.1.b): drafted, sent for consultation with the
 * departments concerned (1.2: at least one, with a date for their comments), issued with the date it takes
 * effect — never before the version it replaces — which supersedes that version; a draft or a text in
 * consultation may be withdrawn. Only a draft is edited; one open draft per text at a time.
 */
public final class PolicyRules {

    public enum State { DRAFT, CONSULTATION, ISSUED, SUPERSEDED, WITHDRAWN }

    private PolicyRules() { }

    /** Refusal key of sending for consultation, if any. */
    public static Optional<String> consult(List<String> consulted, LocalDate until, LocalDate today) {
        if (consulted == null || consulted.isEmpty()) return Optional.of("org.policy.consult.nobody");
        if (until == null || until.isBefore(today)) return Optional.of("org.policy.consult.until");
        return Optional.empty();
    }

    /** Refusal key of issuing, if any: takes effect on a date, not before the version in force took effect. */
    public static Optional<String> issue(LocalDate effectiveFrom, LocalDate currentEffectiveFrom) {
        if (effectiveFrom == null) return Optional.of("org.policy.issue.effective");
        if (currentEffectiveFrom != null && effectiveFrom.isBefore(currentEffectiveFrom)) {
            return Optional.of("org.policy.issue.beforeCurrent");
        }
        return Optional.empty();
    }

    public static boolean editable(State state) {
        return state == State.DRAFT;
    }

    public static boolean open(State state) {
        return state == State.DRAFT || state == State.CONSULTATION;
    }
}
