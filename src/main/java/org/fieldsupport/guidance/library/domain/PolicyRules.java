package org.fieldsupport.guidance.library.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The life of a policy version: drafted, submitted for approval, approved (it is then in force from its effective
 * date and the version it replaces is superseded), later superseded or withdrawn. Only an approved version in force
 * is disseminated; only a mission it was disseminated to acknowledges it, once, through its focal point.
 * A version is due for review from 30 days before its review date.
 */
public final class PolicyRules {

    public enum VersionStatus { DRAFT, SUBMITTED, APPROVED, SUPERSEDED, WITHDRAWN }

    public enum Kind { POLICY, SOP, GUIDELINES, MANUAL }

    public static final int REVIEW_NOTICE_DAYS = 30;

    private PolicyRules() { }

    public static Optional<String> maySubmit(VersionStatus status) {
        return status == VersionStatus.DRAFT ? Optional.empty() : Optional.of("guidance.version.notDraft");
    }

    public static Optional<String> mayApprove(VersionStatus status, String submittedBy, String approver) {
        if (status != VersionStatus.SUBMITTED) return Optional.of("guidance.version.notSubmitted");
        return Optional.empty();
    }

    public static Optional<String> mayDisseminate(VersionStatus status) {
        return status == VersionStatus.APPROVED ? Optional.empty() : Optional.of("guidance.version.notInForce");
    }

    public static Optional<String> mayAcknowledge(boolean disseminated, boolean alreadyAcknowledged) {
        if (!disseminated) return Optional.of("guidance.ack.notDisseminated");
        if (alreadyAcknowledged) return Optional.of("guidance.ack.already");
        return Optional.empty();
    }

    /** A policy may be superseded by another one that has a version in force, and not by itself. */
    public static Optional<String> maySupersede(String code, String byCode, boolean byHasVersionInForce) {
        if (code.equals(byCode)) return Optional.of("guidance.supersede.self");
        if (!byHasVersionInForce) return Optional.of("guidance.supersede.notInForce");
        return Optional.empty();
    }

    public static boolean reviewDue(VersionStatus status, LocalDate reviewOn, LocalDate today) {
        return status == VersionStatus.APPROVED && !reviewOn.isAfter(today.plusDays(REVIEW_NOTICE_DAYS));
    }
}
