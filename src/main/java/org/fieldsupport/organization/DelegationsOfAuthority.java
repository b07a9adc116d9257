package org.fieldsupport.organization;

/**
 * The delegation-of-authority register as other modules use it: call it before every approval.
 * <pre>{@code
 * AuthorityDecision d = delegations.checkAndRecordUse(
 *         AuthorityCheck.forAmount(username, "CLAIM_CERTIFICATION", "MINUSCA", amount, "USD", null),
 *         "claim certification", "VR-2026-0042");
 * if (d instanceof AuthorityDecision.Refused r) throw new BusinessRuleException(r.messageKey(), r.args().toArray());
 * }</pre>
 */
public interface DelegationsOfAuthority {

    /** Answers the question without leaving a trace (for "may I?" screens and previews). */
    AuthorityDecision check(AuthorityCheck check);

    /**
     * Answers the question and logs it (allowed or refused) against the delegations involved, with
     * what it was for. The log entry is written in its own transaction, so a refusal stays on record
     * even when the caller rolls back.
     *
     * @param purpose   what the authority is exercised for, e.g. "claim certification"
     * @param reference the business reference, e.g. the verification report number
     */
    AuthorityDecision checkAndRecordUse(AuthorityCheck check, String purpose, String reference);
}
