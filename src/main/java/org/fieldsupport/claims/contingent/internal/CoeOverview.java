package org.fieldsupport.claims.contingent.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.claims.contingent.domain.ReadinessSchedule;
import org.fieldsupport.claims.inspection.internal.InspectionService;
import org.fieldsupport.claims.inspection.internal.InspectionStore.Head;
import org.fieldsupport.claims.inspection.internal.InspectionStore.StrengthReturnRow;
import org.fieldsupport.claims.inspection.internal.InspectionStore;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.claims.shared.internal.CoeClock;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission COE unit's view: per deployed contingent the operational readiness schedule (last ORI, next due,
 * overdue), the drafts waiting for signature and the strength returns missing; and the monthly strength returns
 * themselves (one per month; a correction is refused once the month is in a certified verification report).
 */
@Service
public class CoeOverview {

    static final String[] STAFF_PERMISSIONS = {ClaimsPermissions.VERIFICATION_SUBMIT,
            ClaimsPermissions.REVIEW_TECHNICAL, ClaimsPermissions.CERTIFY, ClaimsPermissions.PAYMENTS_RECORD,
            ClaimsPermissions.MOU_MANAGE};

    private final InspectionStore store;
    private final InspectionService inspections;
    private final ClaimsAccess access;
    private final CoeClock clock;
    private final ApplicationEventPublisher events;

    private final BigDecimal refuseAboveMultiple;

    CoeOverview(InspectionStore store, InspectionService inspections, ClaimsAccess access, CoeClock clock,
                ApplicationEventPublisher events,
                @org.springframework.beans.factory.annotation.Value("${fsp.claims.strength-return.refuse-above-multiple:1.5}")
                BigDecimal refuseAboveMultiple) {
        this.refuseAboveMultiple = refuseAboveMultiple;
        this.store = store;
        this.inspections = inspections;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    public LocalDate today() {
        return clock.today();
    }

    /** One contingent's line on the mission's COE page and panel. */
    public record ContingentSchedule(long id, String reference, String memberState, String unitType,
                                     LocalDate deployedOn, LocalDate arrivalInspection, LocalDate lastReadiness,
                                     LocalDate nextDue, boolean overdue, int drafts, boolean lastMonthReturnMissing,
                                     int missingReturns) { }

    /** Whether the signed-in user is claims staff of the mission (Member State portal users are not). */
    public boolean mayView(String missionCode) {
        for (String permission : STAFF_PERMISSIONS) {
            if (access.may(permission, Scope.mission(missionCode))) {
                return true;
            }
        }
        return false;
    }

    public void requireView(String missionCode) {
        if (!mayView(missionCode)) {
            throw new AccessDeniedException("not claims staff of " + missionCode);
        }
    }

    /**
     * A contingent deployed on the day with what its operational readiness schedule rests on: its latest signed
     * inspections and drafts, the next inspection's due date and whether it is overdue.
     */
    public record Readiness(Head contingent, InspectionStore.ScheduleFacts facts, LocalDate nextDue, boolean overdue) { }

    /**
     * Per mission (keys in the order given, each with its list, empty when no contingent is deployed): its contingents
     * deployed on {@code today} in the order of its COE page, with their readiness as of that date — what the COE by
     * mission list and the dashboard card count. Two statements for all the missions (per
     * {@value InspectionStore#IN_LIST_LIMIT}), whatever their number of contingents: the contingents, and their
     * inspection facts.
     */
    public Map<String, List<Readiness>> readiness(Collection<String> missionCodes, LocalDate today) {
        Map<String, List<Readiness>> readiness = new LinkedHashMap<>();
        missionCodes.forEach(code -> readiness.put(code, new ArrayList<>()));
        if (readiness.isEmpty()) {
            return readiness;
        }
        List<Head> deployed = store.heads(readiness.keySet()).stream()
                .filter(h -> ReadinessSchedule.deployedOn(h.deployedOn(), h.repatriatedOn(), today))
                .toList();
        // read for the contingents not repatriated before today: a superset of those deployed today
        Map<Long, InspectionStore.ScheduleFacts> facts = store.scheduleFacts(readiness.keySet(), today);
        for (Head h : deployed) {
            InspectionStore.ScheduleFacts f = facts.getOrDefault(h.id(), InspectionStore.ScheduleFacts.NONE);
            LocalDate due = ReadinessSchedule.nextDue(h.deployedOn(), f.lastArrival(), f.lastReadiness());
            readiness.computeIfAbsent(h.missionCode(), code -> new ArrayList<>())
                    .add(new Readiness(h, f, due, ReadinessSchedule.overdue(due, today)));
        }
        return readiness;
    }

    /**
     * Contingents of the mission deployed on {@code today}, with their schedule as of that date (the mission's COE
     * page and its panel on the organisation's mission page): three statements, whatever the number of contingents.
     */
    public List<ContingentSchedule> schedule(String missionCode, LocalDate today) {
        List<Readiness> deployed = readiness(List.of(missionCode), today).get(missionCode);
        if (deployed.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<YearMonth>> returned = store.returnedMonths(List.of(missionCode), today);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        List<ContingentSchedule> rows = new ArrayList<>();
        for (Readiness r : deployed) {
            Head h = r.contingent();
            List<YearMonth> missing = ReadinessSchedule.missingReturns(h.deployedOn(), h.repatriatedOn(), lastMonth,
                    returned.getOrDefault(h.id(), Set.of()));
            rows.add(new ContingentSchedule(h.id(), h.reference(), h.memberState(), h.unitType(), h.deployedOn(),
                    r.facts().lastArrival(), r.facts().lastReadiness(), r.nextDue(), r.overdue(), r.facts().drafts(),
                    missing.contains(lastMonth), missing.size()));
        }
        return rows;
    }

    /** Per mission whose claims the user may see (in code order): its overdue operational readiness inspections. */
    public Map<String, Long> overdueForCurrentUser(LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> missions = store.missionCodes().stream().filter(this::mayView).toList();
        readiness(missions, today).forEach((mission, contingents) ->
                counts.put(mission, contingents.stream().filter(Readiness::overdue).count()));
        return counts;
    }

    // --- strength returns

    public record MonthRow(YearMonth month, BigDecimal averageStrength, String recordedBy, boolean gap,
                           boolean certified) { }

    /** Deployed months up to the current one, newest first: value, or a gap (a past month without a return). */
    public List<MonthRow> strengthReturns(long contingentId) {
        Head head = inspections.contingentForRead(contingentId);
        YearMonth current = YearMonth.from(clock.today());
        Map<YearMonth, StrengthReturnRow> rows = store.strengthReturns(contingentId);
        Set<YearMonth> certified = new HashSet<>(store.certifiedMonths(contingentId));
        List<MonthRow> result = new ArrayList<>();
        for (YearMonth m : ReadinessSchedule.deployedMonths(head.deployedOn(), head.repatriatedOn(), current)) {
            StrengthReturnRow row = rows.get(m);
            result.add(new MonthRow(m, row == null ? null : row.averageStrength(), row == null ? null : row.recordedBy(),
                    row == null && m.isBefore(current), certified.contains(m)));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    public Optional<StrengthReturnRow> strengthReturn(long contingentId, YearMonth month) {
        inspections.contingentForRead(contingentId);
        return Optional.ofNullable(store.strengthReturns(contingentId).get(month));
    }

    public static YearMonth parseMonth(String text, FieldErrors errors) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            errors.add("month", "Pattern", "claims.strengthReturn.input.month");
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add("month", "Pattern", "claims.strengthReturn.input.month");
            return null;
        }
    }

    /**
     * The saved return; {@code authorisedStrength} is the MOU's for the month and {@code aboveAuthorised} says the
     * return exceeds it (accepted, but reimbursement counts only the authorised strength: P = min(A, authorised)).
     */
    public record Saved(StrengthReturnRow row, boolean created, Integer authorisedStrength, boolean aboveAuthorised) {
        public Saved(StrengthReturnRow row, boolean created) {
            this(row, created, null, false);
        }
    }

    /** Records or corrects the month's average strength. */
    @Transactional
    public Saved putStrengthReturn(long contingentId, String monthText, BigDecimal average) {
        Head head = inspections.contingentForWrite(contingentId);
        FieldErrors errors = new FieldErrors();
        YearMonth month = parseMonth(monthText, errors);
        if (month != null) {
            YearMonth current = YearMonth.from(clock.today());
            if (month.isBefore(YearMonth.from(head.deployedOn()))
                    || (head.repatriatedOn() != null && month.isAfter(YearMonth.from(head.repatriatedOn())))) {
                errors.add("month", "Deployed", "claims.strengthReturn.input.notDeployed", month,
                        head.deployedOn(), head.repatriatedOn() == null ? "…" : head.repatriatedOn());
            } else if (month.isAfter(current)) {
                errors.add("month", "NotInFuture", "claims.strengthReturn.input.future");
            }
        }
        if (average == null) {
            errors.add("averageStrength", "Required", "claims.input.required");
        } else if (average.signum() < 0) {
            errors.add("averageStrength", "PositiveOrZero", "claims.input.negative");
        } else if (average.stripTrailingZeros().scale() > 2) {
            errors.add("averageStrength", "Digits", "claims.strengthReturn.input.decimals");
        } else if (average.compareTo(new BigDecimal("9999999.99")) > 0) {
            errors.add("averageStrength", "Max", "claims.strengthReturn.input.max", "9999999.99");
        }
        Integer authorised = month == null ? null : store.authorisedStrength(contingentId, month);
        if (average != null && authorised != null && authorised > 0 && errors.list().stream().noneMatch(e -> e.field().equals("averageStrength"))) {
            // Above the MOU's authorised strength: a rotation overlap or a temporary reinforcement can explain it
            // (accepted with a warning; only the authorised strength is reimbursed). Above the configured multiple it
            // is not a credible monthly average (a typing error such as 100,000 for a unit of 850): refused.
            BigDecimal ceiling = refuseAboveMultiple.multiply(BigDecimal.valueOf(authorised));
            if (average.compareTo(ceiling) > 0) {
                errors.add("averageStrength", "AuthorisedStrength", "claims.strengthReturn.input.aboveAuthorised",
                        average.toPlainString(), authorised, refuseAboveMultiple.toPlainString(),
                        ceiling.setScale(0, java.math.RoundingMode.DOWN).toPlainString());
            }
        }
        errors.throwIfAny();
        List<String> certified = store.certifiedReportsCovering(contingentId, month);
        if (!certified.isEmpty()) {
            throw new BusinessRuleException("claims.strengthReturn.refused.certified", month.toString(),
                    String.join(", ", certified));
        }
        String user = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(head.missionCode()));
        BigDecimal value = average.setScale(2, java.math.RoundingMode.UNNECESSARY);
        BigDecimal before = store.putStrengthReturn(contingentId, month, value, user, clock.now());
        String id = contingentId + ":" + month;
        events.publishEvent(before == null
                ? DataChanged.created("claims.strength-return", id, Map.of("averageStrength", value.toPlainString()))
                : DataChanged.updated("claims.strength-return", id, Map.of("averageStrength", before.toPlainString()),
                        Map.of("averageStrength", value.toPlainString())));
        return new Saved(store.strengthReturns(contingentId).get(month), before == null, authorised,
                authorised != null && value.compareTo(BigDecimal.valueOf(authorised)) > 0);
    }
}
