package org.fieldsupport.personnel.staff.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.api.FieldErrors;

/**
 * Staff administration rules (Staff Regulations and Rules as the platform applies them):
 * <ul>
 *   <li>a fixed-term or temporary appointment has an end date after entry on duty; a temporary appointment
 *       lasts less than one year (at most 364 days, extensions included); a continuing one has none;</li>
 *   <li>an extension moves the end date later, never earlier, and only on an active record;</li>
 *   <li>within-grade step increments fall due one year after the last one (entry on duty at first), up to
 *       step {@value #MAX_STEP};</li>
 *   <li>a separation date is not before entry on duty and needs a reason of the list.</li>
 * </ul>
 */
public final class ContractRules {

    public static final Set<String> CONTRACT_TYPES = Set.of("FIXED_TERM", "CONTINUING", "TEMPORARY");
    public static final Set<String> GENDERS = Set.of("F", "M", "X");
    public static final List<String> SEPARATION_REASONS = List.of("END_OF_CONTRACT", "RESIGNATION", "RETIREMENT",
            "TRANSFER", "TERMINATION", "DEATH");
    public static final int MAX_STEP = 15;
    public static final int TEMPORARY_MAX_DAYS = 364;

    private ContractRules() { }

    /** The contract-term errors of a new record, on the fields {@code contractType}, {@code contractEnd}. */
    public static void checkTerm(FieldErrors errors, String contractType, LocalDate entryOnDuty, LocalDate contractEnd) {
        if (contractType == null || !CONTRACT_TYPES.contains(contractType)) {
            errors.add("contractType", "OneOf", "personnel.staff.input.contractType");
            return;
        }
        if ("CONTINUING".equals(contractType)) {
            if (contractEnd != null) {
                errors.add("contractEnd", "Null", "personnel.staff.input.continuingEnd");
            }
            return;
        }
        if (contractEnd == null) {
            errors.add("contractEnd", "Required", "personnel.input.required");
        } else if (entryOnDuty != null && !contractEnd.isAfter(entryOnDuty)) {
            errors.add("contractEnd", "AfterEntry", "personnel.staff.input.endBeforeEntry");
        } else if (entryOnDuty != null && "TEMPORARY".equals(contractType)
                && ChronoUnit.DAYS.between(entryOnDuty, contractEnd) > TEMPORARY_MAX_DAYS) {
            errors.add("contractEnd", "Temporary", "personnel.staff.input.temporaryTooLong", TEMPORARY_MAX_DAYS);
        }
    }

    /** Why an extension to {@code newEnd} is refused (message key), or null. */
    public static String extensionRefusal(String status, String contractType, LocalDate entryOnDuty,
                                          LocalDate currentEnd, LocalDate newEnd) {
        if (!"ACTIVE".equals(status)) {
            return "personnel.staff.refused.notActive";
        }
        if ("CONTINUING".equals(contractType)) {
            return "personnel.staff.refused.continuing";
        }
        if (currentEnd != null && !newEnd.isAfter(currentEnd)) {
            return "personnel.staff.refused.extensionEarlier";
        }
        if ("TEMPORARY".equals(contractType) && ChronoUnit.DAYS.between(entryOnDuty, newEnd) > TEMPORARY_MAX_DAYS) {
            return "personnel.staff.refused.temporaryTooLong";
        }
        return null;
    }

    /** The next within-grade increment after one granted (or entry on duty) on {@code last}; null at the top step. */
    public static LocalDate nextStepDate(LocalDate last, int step) {
        return step >= MAX_STEP ? null : last.plusYears(1);
    }

    /** Days from {@code today} to the contract end, when it ends within {@code horizonDays}; -1 otherwise. */
    public static long expiresWithin(LocalDate contractEnd, LocalDate today, int horizonDays) {
        if (contractEnd == null || contractEnd.isBefore(today)) {
            return -1;
        }
        long days = ChronoUnit.DAYS.between(today, contractEnd);
        return days <= horizonDays ? days : -1;
    }

    /**
     * The regularity review of an appointment (6.3.b): the findings that make it irregular, as message keys.
     * The post must be active, in the staff member's mission, vacant (or already theirs), of the appointment's
     * grade; the appointment must start within the post's validity and the contract end before the post ends.
     */
    public static List<String> appointmentFindings(boolean postActive, String postMission, String postGrade,
                                                   boolean postVacantOrOwn, LocalDate postFrom, LocalDate postTo,
                                                   String mission, String grade, LocalDate entryOnDuty,
                                                   LocalDate contractEnd) {
        List<String> findings = new ArrayList<>();
        if (!postActive) {
            findings.add("personnel.review.postAbolished");
        }
        if (!postMission.equals(mission)) {
            findings.add("personnel.review.otherMission");
        }
        if (!postVacantOrOwn) {
            findings.add("personnel.review.postEncumbered");
        }
        if (!postGrade.equals(grade)) {
            findings.add("personnel.review.gradeMismatch");
        }
        if (entryOnDuty.isBefore(postFrom)) {
            findings.add("personnel.review.beforePost");
        }
        if (postTo != null && (contractEnd == null || contractEnd.isAfter(postTo))) {
            findings.add("personnel.review.afterPost");
        }
        return findings;
    }
}
