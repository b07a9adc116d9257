package org.fieldsupport.claims.deathdisability.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.rules.domain.DatedRate;
import org.fieldsupport.claims.rules.domain.DeathAndDisability;

/**
 * A death-and-disability claim of a Member State for one of its service members, and its processing:
 * received → (information requested ↔ received) → certified (amount computed and fixed) → paid, or rejected
 * with a reason from any open state. Illegal moves are refused with {@link IllegalTransition}.
 */
public final class DndClaim {

    /** The processing target: a claim open longer than this is overdue. */
    public static final int TARGET_DAYS = 90;

    public enum Status {
        RECEIVED, INFORMATION_REQUESTED, CERTIFIED, PAID, REJECTED;

        public boolean closed() { return this == PAID || this == REJECTED; }
    }

    /** One status change: who, when, to which status, why. */
    public record Change(Status status, String by, Instant at, String note) { }

    /** Refused move; {@code messageKey} names the reason in the claims bundle. */
    public static final class IllegalTransition extends RuntimeException {
        private final String messageKey;
        private final transient Object[] args;

        public IllegalTransition(String messageKey, Object... args) {
            super(messageKey);
            this.messageKey = messageKey;
            this.args = args.clone();
        }

        public String messageKey() { return messageKey; }
        public Object[] args() { return args.clone(); }
    }

    private final Long id;
    private final String reference;
    private final String memberState;
    private final String missionCode;
    private final String memberName;
    private final String memberNumber;
    private final LocalDate incidentDate;
    private final DeathAndDisability.Kind kind;
    private final Integer impairmentPercent;
    private final String boardOfInquiryReference;
    private final LocalDate receivedOn;
    private Status status;
    private String rejectReason;
    private BigDecimal amount;
    private LocalDate closedOn;
    private final long version;
    private final List<Change> history;

    public DndClaim(Long id, String reference, String memberState, String missionCode, String memberName,
                    String memberNumber, LocalDate incidentDate, DeathAndDisability.Kind kind,
                    Integer impairmentPercent, String boardOfInquiryReference, LocalDate receivedOn, Status status,
                    String rejectReason, BigDecimal amount, LocalDate closedOn, long version, List<Change> history) {
        this.id = id;
        this.reference = reference;
        this.memberState = memberState;
        this.missionCode = missionCode;
        this.memberName = memberName;
        this.memberNumber = memberNumber;
        this.incidentDate = incidentDate;
        this.kind = kind;
        this.impairmentPercent = impairmentPercent;
        this.boardOfInquiryReference = boardOfInquiryReference;
        this.receivedOn = receivedOn;
        this.status = status;
        this.rejectReason = rejectReason;
        this.amount = amount;
        this.closedOn = closedOn;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    /** A newly received claim. */
    public static DndClaim received(String reference, String memberState, String missionCode, String memberName,
                                    String memberNumber, LocalDate incidentDate, DeathAndDisability.Kind kind,
                                    Integer impairmentPercent, String boardOfInquiryReference, LocalDate receivedOn,
                                    String by, Instant at) {
        return new DndClaim(null, reference, memberState, missionCode, memberName, memberNumber, incidentDate, kind,
                impairmentPercent, boardOfInquiryReference, receivedOn, Status.RECEIVED, null, null, null, 0,
                List.of(new Change(Status.RECEIVED, by, at, null)));
    }

    public void requestInformation(String by, Instant at, String note) {
        move(Set.of(Status.RECEIVED), Status.INFORMATION_REQUESTED, by, at, note);
    }

    public void resume(String by, Instant at, String note) {
        move(Set.of(Status.INFORMATION_REQUESTED), Status.RECEIVED, by, at, note);
    }

    /** Certifies with the amount computed by the rule set ({@link RuleSet#compensate}); it is stored as is. */
    public void certify(BigDecimal computedAmount, String by, Instant at) {
        move(Set.of(Status.RECEIVED), Status.CERTIFIED, by, at, null);
        this.amount = computedAmount;
    }

    /**
     * Records the one payment of the certified amount: never more than what is outstanding, never a part of it
     * (a claim is paid in one payment), never dated before the certification nor after {@code today}.
     */
    public void pay(BigDecimal paidAmount, LocalDate paidOn, LocalDate today, String by, Instant at, String reference) {
        if (status != Status.CERTIFIED) {
            throw new IllegalTransition("claims.dnd.refused.transition", status.name(), Status.PAID.name());
        }
        BigDecimal outstanding = outstanding();
        if (paidAmount.compareTo(outstanding) > 0) {
            throw new IllegalTransition("claims.dnd.refused.overpayment", paidAmount.setScale(2).toPlainString(),
                    outstanding.toPlainString());
        }
        if (paidAmount.compareTo(outstanding) < 0) {
            throw new IllegalTransition("claims.dnd.refused.partialPayment", paidAmount.setScale(2).toPlainString(),
                    outstanding.toPlainString());
        }
        LocalDate certifiedOn = certifiedOn();
        if (certifiedOn != null && paidOn.isBefore(certifiedOn)) {
            throw new IllegalTransition("claims.dnd.refused.paidBeforeCertification", paidOn.toString(),
                    certifiedOn.toString());
        }
        if (paidOn.isAfter(today)) {
            throw new IllegalTransition("claims.dnd.refused.paidInFuture", paidOn.toString());
        }
        move(Set.of(Status.CERTIFIED), Status.PAID, by, at, reference);
        this.closedOn = paidOn;
    }

    /** The day (UTC) of the certification in the history, or null before it. */
    public LocalDate certifiedOn() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == Status.CERTIFIED) {
                return history.get(i).at().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            }
        }
        return null;
    }

    /** Who certified the claim (the last certification in the history), or null before it. */
    public String certifiedBy() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == Status.CERTIFIED) {
                return history.get(i).by();
            }
        }
        return null;
    }

    public void reject(String reason, LocalDate rejectedOn, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransition("claims.dnd.refused.reason");
        }
        move(Set.of(Status.RECEIVED, Status.INFORMATION_REQUESTED), Status.REJECTED, by, at, reason.strip());
        this.rejectReason = reason.strip();
        this.closedOn = rejectedOn;
    }

    private void move(Set<Status> from, Status to, String by, Instant at, String note) {
        if (!from.contains(status)) {
            throw new IllegalTransition("claims.dnd.refused.transition", status.name(), to.name());
        }
        status = to;
        history.add(new Change(to, by, at, note == null || note.isBlank() ? null : note.strip()));
    }

    /** Days from receipt to {@code today}, or to payment/rejection when closed. */
    public long daysOpen(LocalDate today) {
        LocalDate end = status.closed() && closedOn != null ? closedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(receivedOn, end));
    }

    /** Open (or closed) after more than {@link #TARGET_DAYS} days. */
    public boolean overdue(LocalDate today) {
        return daysOpen(today) > TARGET_DAYS;
    }

    /** The case to compute with the standard amounts of the rate table. */
    public DeathAndDisability asCase(List<DatedRate> standardAmounts) {
        return new DeathAndDisability(incidentDate, kind, impairmentPercent, standardAmounts);
    }

    /** Payable once certified (the amount fixed at certification), also after payment; zero otherwise. */
    public BigDecimal certifiedAmount() {
        return (status == Status.CERTIFIED || status == Status.PAID) && amount != null
                ? amount.setScale(2) : BigDecimal.ZERO.setScale(2);
    }

    /** A claim is paid in one payment: its certified amount once paid. */
    public BigDecimal paidAmount() {
        return status == Status.PAID ? certifiedAmount() : BigDecimal.ZERO.setScale(2);
    }

    public BigDecimal outstanding() {
        return certifiedAmount().subtract(paidAmount());
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public String memberState() { return memberState; }
    public String missionCode() { return missionCode; }
    public String memberName() { return memberName; }
    public String memberNumber() { return memberNumber; }
    public LocalDate incidentDate() { return incidentDate; }
    public DeathAndDisability.Kind kind() { return kind; }
    public Integer impairmentPercent() { return impairmentPercent; }
    public String boardOfInquiryReference() { return boardOfInquiryReference; }
    public LocalDate receivedOn() { return receivedOn; }
    public Status status() { return status; }
    public String rejectReason() { return rejectReason; }
    public BigDecimal amount() { return amount; }
    public LocalDate closedOn() { return closedOn; }
    public long version() { return version; }
    public List<Change> history() { return List.copyOf(history); }
}
