package org.fieldsupport.claims.report.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.platform.api.BusinessRuleException;

/**
 * A contingent's verification report for whole months, computed by a recorded rule set, and its way to
 * payment: computed → submitted by the mission COE unit → technically reviewed at HQ → certified by the MOU
 * and Claims section (under a delegation of authority, checked by the caller) → paid, possibly in parts.
 * After certification the computed lines never change: corrections are adjustments with a reason.
 * State changes only through the methods below, which refuse illegal transitions.
 */
public final class VerificationReport {

    /**
     * REJECTED (session 3): a report HQ will not take forward (duplicate, computed on data since corrected, wrong
     * contingent or period); closed for good, never certified, out of the pipeline: the mission computes a new one.
     */
    public enum Status { COMPUTED, SUBMITTED, TECHNICALLY_REVIEWED, CERTIFIED, REJECTED }

    private final Long id;
    private final String reference;
    private final long contingentId;
    private final String missionCode;
    private final String memberState;
    private final YearMonth from;
    private final YearMonth to;
    private final String ruleSetId;
    private final String currency;
    private final BigDecimal total;
    private BigDecimal adjustments;
    private BigDecimal paid;
    private Status status;
    private String submittedBy;
    private String reviewedBy;
    private String certifiedBy;
    private final long version;

    public VerificationReport(Long id, String reference, long contingentId, String missionCode, String memberState,
                              YearMonth from, YearMonth to, String ruleSetId, String currency, BigDecimal total,
                              BigDecimal adjustments, BigDecimal paid, Status status, String submittedBy,
                              String reviewedBy, String certifiedBy, long version) {
        this.id = id;
        this.reference = Objects.requireNonNull(reference);
        this.contingentId = contingentId;
        this.missionCode = missionCode;
        this.memberState = memberState;
        this.from = from;
        this.to = to;
        this.ruleSetId = ruleSetId;
        this.currency = currency;
        this.total = total;
        this.adjustments = adjustments;
        this.paid = paid;
        this.status = status;
        this.submittedBy = submittedBy;
        this.reviewedBy = reviewedBy;
        this.certifiedBy = certifiedBy;
        this.version = version;
    }

    /** A freshly computed report. */
    public static VerificationReport computed(String reference, long contingentId, String missionCode,
                                              String memberState, Statement statement, YearMonth from, YearMonth to) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new VerificationReport(null, reference, contingentId, missionCode, memberState, from, to,
                statement.ruleSetId(), statement.currency(), statement.total(), zero, zero, Status.COMPUTED,
                null, null, null, 0);
    }

    public void submit(String by) {
        require(Status.COMPUTED);
        status = Status.SUBMITTED;
        submittedBy = by;
    }

    public void reviewTechnically(String by) {
        require(Status.SUBMITTED);
        status = Status.TECHNICALLY_REVIEWED;
        reviewedBy = by;
    }

    /**
     * Sent back one step with a reason (the workflow kit moved the state and kept the reason): a submitted report
     * goes back to its mission (COMPUTED, to be submitted again), a reviewed one back to the reviewer (SUBMITTED).
     * The step undone loses its "by" (the kit's transition log keeps who did it).
     *
     * @return the person the report goes back to (who submitted, or who reviewed)
     */
    public String returnOneStep() {
        if (status == Status.SUBMITTED) {
            String previous = submittedBy;
            status = Status.COMPUTED;
            submittedBy = null;
            return previous;
        }
        if (status == Status.TECHNICALLY_REVIEWED) {
            String previous = reviewedBy;
            status = Status.SUBMITTED;
            reviewedBy = null;
            return previous;
        }
        throw new BusinessRuleException("claims.report.refused.state", reference, words(status),
                words(Status.SUBMITTED));
    }

    /** Closed without certification (only before it: after certification a correction is an adjustment). */
    public void reject() {
        if (status != Status.SUBMITTED && status != Status.TECHNICALLY_REVIEWED) {
            throw new BusinessRuleException("claims.report.refused.state", reference, words(status),
                    words(Status.TECHNICALLY_REVIEWED));
        }
        status = Status.REJECTED;
    }

    /** The amount a certification would make payable: the computed total (adjustments come after). */
    public BigDecimal amountToCertify() {
        return total.add(adjustments);
    }

    /** Certifies; the caller has checked the certifier's delegation of authority for this amount and mission. */
    public void certify(String by) {
        require(Status.TECHNICALLY_REVIEWED);
        status = Status.CERTIFIED;
        certifiedBy = by;
    }

    /** A correction after certification: a signed amount with its reason, never an edit of the lines. */
    public void adjust(BigDecimal amount, String reason) {
        require(Status.CERTIFIED);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("claims.report.refused.reasonRequired");
        }
        if (amount == null || amount.signum() == 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("claims.report.refused.amount");
        }
        if (certifiedAmount().add(amount).compareTo(paid) < 0) {
            throw new BusinessRuleException("claims.report.refused.belowPaid", paid.toPlainString());
        }
        adjustments = adjustments.add(amount).setScale(2);
    }

    public void recordPayment(BigDecimal amount) {
        require(Status.CERTIFIED);
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("claims.report.refused.amount");
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new BusinessRuleException("claims.report.refused.overpayment", amount.setScale(2).toPlainString(),
                    outstanding().toPlainString());
        }
        paid = paid.add(amount).setScale(2);
    }

    /** Payable once certified: total plus adjustments; zero before certification. */
    public BigDecimal certifiedAmount() {
        return status == Status.CERTIFIED ? total.add(adjustments) : BigDecimal.ZERO.setScale(2);
    }

    public BigDecimal outstanding() {
        return certifiedAmount().subtract(paid);
    }

    /** A status as a refusal names it: in the reader's language ({@code claims.report.status.*}), never the constant. */
    static Object words(Status s) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"claims.report.status." + s.name()}, s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new BusinessRuleException("claims.report.refused.state", reference, words(status), words(expected));
        }
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public long contingentId() { return contingentId; }
    public String missionCode() { return missionCode; }
    public String memberState() { return memberState; }
    public YearMonth from() { return from; }
    public YearMonth to() { return to; }
    public String ruleSetId() { return ruleSetId; }
    public String currency() { return currency; }
    public BigDecimal total() { return total; }
    public BigDecimal adjustments() { return adjustments; }
    public BigDecimal paid() { return paid; }
    public Status status() { return status; }
    public String submittedBy() { return submittedBy; }
    public String reviewedBy() { return reviewedBy; }
    public String certifiedBy() { return certifiedBy; }
    public long version() { return version; }
}
