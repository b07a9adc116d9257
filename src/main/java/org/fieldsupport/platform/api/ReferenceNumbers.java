package org.fieldsupport.platform.api;

/**
 * Gap-tolerant, collision-free sequence numbers for human-readable references (DND-BGD-2026-0042): a counter row
 * per {@code counter} and {@code scope} (e.g. Member State and year), incremented in the caller's transaction, so
 * two concurrent writers never receive the same number (the second waits for the first's commit). Never count
 * rows and check for existence instead: that collides under concurrency.
 * <pre>
 * long n = referenceNumbers.next("claims.dnd", memberState + "-" + year);   // inside a @Transactional write
 * </pre>
 */
public interface ReferenceNumbers {

    /** The next number (1, 2, ...) of the counter in the scope; must be called inside a transaction. */
    long next(String counter, String scope);
}
