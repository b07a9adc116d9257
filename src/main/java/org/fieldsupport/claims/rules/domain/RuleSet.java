package org.fieldsupport.claims.rules.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * One edition of the reimbursement rules. Each edition has a stable id ({@code COE-2026-v1}); later
 * editions sit beside it in {@link RuleSets}, and every stored result records the id of the rule set
 * that computed it, so an old report is always recomputed by the rules it was computed with.
 */
public interface RuleSet {

    /** Stable identifier, e.g. {@code COE-2026-v1}. */
    String id();

    /** ISO 4217 currency of every amount this rule set produces. */
    String currency();

    /**
     * Every problem that would stop {@link #calculate} for the whole months {@code from}..{@code to}
     * (inclusive), each naming its field; empty when the input can be computed.
     */
    List<InputProblem> check(ContingentInput input, YearMonth from, YearMonth to);

    /**
     * The contingent's amounts month by month.
     *
     * @throws IncompleteInputException when {@link #check} finds anything: nothing is computed then
     */
    Statement calculate(ContingentInput input, YearMonth from, YearMonth to);

    /**
     * What the verifications in force in {@code month} found for each MOU line and category, flagged by this
     * rule set's rules (not verified, surplus, below the wet-lease standard) — the same "verification in
     * force" reading {@link #calculate} uses, without amounts. Expects input that {@link #check} accepts
     * for the month's structure (strength returns and rates are not needed).
     */
    MonthFindings findings(ContingentInput input, YearMonth month);

    /** Every problem that would stop {@link #compensate}; empty when the case can be computed. */
    List<InputProblem> check(DeathAndDisability claim);

    /**
     * The death-and-disability amount of a case.
     *
     * @throws IncompleteInputException when {@link #check(DeathAndDisability)} finds anything
     */
    Compensation compensate(DeathAndDisability claim);
}
