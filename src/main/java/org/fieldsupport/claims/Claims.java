package org.fieldsupport.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * What other modules and the claims screens may ask of the claims module: verification reports computed
 * from stored MOUs, verifications and strength returns by a recorded rule set, and their way to payment.
 * Refusals are {@link org.fieldsupport.platform.api.BusinessRuleException}s (422) with a reason in the
 * user's language; a certification needs a live delegation of authority for claim certification covering
 * the amount and mission.
 */
public interface Claims {

    /** Computes and stores the report of a contingent for whole months; nothing is stored when any month cannot be computed. */
    Report computeReport(long contingentId, YearMonth from, YearMonth to, String ruleSetId);

    Report report(long reportId, Locale locale);

    Report submit(long reportId);

    Report reviewTechnically(long reportId);

    Report certify(long reportId);

    /**
     * The same moves through the platform workflow kit, refused with 409 and the current state when the report's
     * version is no longer {@code expectedVersion} (null: not checked).
     */
    Report submit(long reportId, Long expectedVersion);

    Report reviewTechnically(long reportId, Long expectedVersion);

    Report certify(long reportId, Long expectedVersion);

    /** Sends the report back one step with a reason, to the person who took that step (a work item for them). */
    Report returnReport(long reportId, String reason, Long expectedVersion);

    /** Closes a submitted or reviewed report without certification, with a reason. */
    Report reject(long reportId, String reason, Long expectedVersion);

    Report recordPayment(long reportId, BigDecimal amount, LocalDate paidOn, String paymentReference);

    Report adjust(long reportId, BigDecimal amount, String reason);

    /** A verification report as shown to users; explanations rendered in the asked language. */
    record Report(long id, String reference, long contingentId, String missionCode, String memberState,
                  YearMonth from, YearMonth to, String ruleSet, String currency, String status, BigDecimal total,
                  BigDecimal adjustments, BigDecimal certified, BigDecimal paid, BigDecimal outstanding,
                  String certifiedBy, List<Line> lines, Workflow workflow, List<Payment> payments, long version) { }

    /**
     * Who moved the report along and when (instants in UTC; null while a step has not happened), and the
     * contingent's MOU reference and unit.
     */
    record Workflow(String contingentReference, String unitType, String computedBy, Instant computedAt,
                    String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
                    String certifiedBy, Instant certifiedAt) { }

    /** A payment recorded against a certified report. */
    record Payment(LocalDate paidOn, BigDecimal amount, String currency, String reference, String recordedBy) { }

    /** A computed line ({@code month} set) or an adjustment after certification ({@code reason} set). */
    record Line(YearMonth month, String kind, String reference, BigDecimal amount, List<String> flags,
                String explanation, String reason) { }
}
