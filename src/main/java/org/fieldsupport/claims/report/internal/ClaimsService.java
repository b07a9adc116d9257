package org.fieldsupport.claims.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.claims.VerificationReportCertified;
import org.fieldsupport.claims.mou.domain.MouTimeline;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.MoneyInput;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verification reports from stored data, and their certification workflow. */
@Service
public class ClaimsService implements Claims {

    public static final String CLAIM_CERTIFICATION = "CLAIM_CERTIFICATION";

    private final ContingentData contingents;
    private final ReportStore reports;
    private final RuleSets ruleSets;
    private final ClaimsAccess access;
    private final DelegationsOfAuthority delegations;
    private final ClaimsMessages messages;
    @org.springframework.beans.factory.annotation.Autowired
    private org.fieldsupport.claims.contingent.internal.ReportInputHelp inputHelp;
    private final ApplicationEventPublisher events;
    private final org.fieldsupport.platform.work.WorkItems workItems;

    ClaimsService(ContingentData contingents, ReportStore reports, RuleSets ruleSets, ClaimsAccess access,
                  DelegationsOfAuthority delegations, ClaimsMessages messages, ApplicationEventPublisher events,
                  org.fieldsupport.platform.work.WorkItems workItems) {
        this.workItems = workItems;
        this.contingents = contingents;
        this.reports = reports;
        this.ruleSets = ruleSets;
        this.access = access;
        this.delegations = delegations;
        this.messages = messages;
        this.events = events;
    }

    @Override
    @Transactional
    public Report computeReport(long contingentId, YearMonth from, YearMonth to, String ruleSetId) {
        ContingentData.ContingentRecord contingent = contingents.find(contingentId)
                .orElseThrow(() -> new NotFoundException("contingent", contingentId));
        String user = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(contingent.missionCode()));
        return computeAs(user, contingent, from, to, ruleSetId);
    }

    /** Computes and stores without a permission check (demo data, benchmark). */
    @Transactional
    public Report computeAs(String user, ContingentData.ContingentRecord contingent, YearMonth from, YearMonth to,
                     String ruleSetId) {
        RuleSet ruleSet = ruleSetId == null ? ruleSets.current() : ruleSets.find(ruleSetId)
                .orElseThrow(() -> new BusinessRuleException("claims.input.ruleSet.unknown", ruleSetId));
        MouTimeline input = contingents.input(contingent.id());   // each month with the MOU version in force
        List<InputProblem> problems = input.check(ruleSet, from, to);
        if (!problems.isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            String listed = inputHelp.words(problems, locale);   // in words, not field paths (issue 12.6)
            throw new BusinessRuleException("claims.report.refused.incomplete", contingent.reference(), listed);
        }
        Statement statement = input.calculate(ruleSet, from, to);
        String reference = newReference(contingent, from);
        VerificationReport report = VerificationReport.computed(reference, contingent.id(), contingent.missionCode(),
                contingent.memberState(), statement, from, to);
        long id = reports.insert(report, statement, user);
        events.publishEvent(DataChanged.created("claims.verification-report", id, Map.of("reference", reference,
                "ruleSet", statement.ruleSetId(), "total", statement.total().toPlainString())));
        VerificationReport stored = reports.find(id).orElseThrow();
        nextWork(stored);
        return view(stored, LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public Report report(long reportId, Locale locale) {
        VerificationReport report = load(reportId);
        access.requireRead(report.missionCode(), report.memberState());
        return view(report, locale);
    }

    @Override
    @Transactional
    public Report submit(long reportId) {
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.VERIFICATION_SUBMIT, Scope.mission(report.missionCode()));
        String before = report.status().name();
        report.submit(user);
        return save(report, before, user);
    }

    @Override
    @Transactional
    public Report reviewTechnically(long reportId) {
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.REVIEW_TECHNICAL, Scope.mission(report.missionCode()));
        String before = report.status().name();
        report.reviewTechnically(user);
        return save(report, before, user);
    }

    @Override
    @Transactional
    public Report certify(long reportId) {
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.CERTIFY, Scope.mission(report.missionCode()));
        String before = report.status().name();
        if (report.status() != VerificationReport.Status.TECHNICALLY_REVIEWED) {
            report.certify(user);   // refuses with the state reason, before any delegation is used
        }
        AuthorityDecision decision = delegations.checkAndRecordUse(
                AuthorityCheck.forAmount(user, CLAIM_CERTIFICATION, report.missionCode(), report.amountToCertify(),
                        report.currency(), null),
                "claim certification", report.reference());
        if (decision instanceof AuthorityDecision.Refused refused) {
            throw new BusinessRuleException(refused.messageKey(), refused.args().toArray());
        }
        report.certify(user);
        Report view = save(report, before, user);
        events.publishEvent(new VerificationReportCertified(report.id(), report.reference(), report.missionCode(),
                report.memberState(), report.from(), report.to(), report.certifiedAmount(), report.currency(),
                report.ruleSetId(), user, Instant.now()));
        return view;
    }

    @Override
    @Transactional
    public Report recordPayment(long reportId, BigDecimal amount, LocalDate paidOn, String paymentReference) {
        FieldErrors errors = new FieldErrors();
        MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.POSITIVE);
        if (paymentReference != null && paymentReference.length() > 100) {
            errors.add("reference", "Size", "claims.input.tooLong", 100);
        }
        errors.throwIfAny();
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.PAYMENTS_RECORD, Scope.mission(report.missionCode()));
        if (paidOn == null) {
            throw new BusinessRuleException("claims.report.refused.paidOn");
        }
        String before = report.paid().toPlainString();
        report.recordPayment(amount);
        reports.insertPayment(report.id(), amount, report.currency(), paidOn, paymentReference, user);
        reports.update(report, user);
        events.publishEvent(DataChanged.updated("claims.verification-report", report.id(), Map.of("paid", before),
                Map.of("paid", report.paid().toPlainString(), "payment", amount.toPlainString())));
        return view(reports.find(reportId).orElseThrow(), LocaleContextHolder.getLocale());
    }

    @Override
    @Transactional
    public Report adjust(long reportId, BigDecimal amount, String reason) {
        FieldErrors errors = new FieldErrors();
        MoneyInput.check(errors, "amount", amount, MoneyInput.Sign.NOT_ZERO);
        if (reason != null && reason.length() > 1000) {
            errors.add("reason", "Size", "claims.input.tooLong", 1000);
        }
        errors.throwIfAny();
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.CERTIFY, Scope.mission(report.missionCode()));
        String before = report.adjustments().toPlainString();
        report.adjust(amount, reason);   // state, reason, not below what was paid
        // An adjustment is a certification decision: the certifier's delegation must cover the resulting
        // certified amount for the report's mission and currency, today; the use (or refusal) is logged.
        AuthorityDecision decision = delegations.checkAndRecordUse(
                AuthorityCheck.forAmount(user, CLAIM_CERTIFICATION, report.missionCode(), report.certifiedAmount(),
                        report.currency(), null),
                "claim certification adjustment", report.reference());
        if (decision instanceof AuthorityDecision.Refused refused) {
            throw new BusinessRuleException(refused.messageKey(), refused.args().toArray());
        }
        reports.insertAdjustment(report.id(), amount.setScale(2), reason, user);
        reports.update(report, user);
        events.publishEvent(DataChanged.updated("claims.verification-report", report.id(),
                Map.of("adjustments", before), Map.of("adjustments", report.adjustments().toPlainString(),
                        "reason", reason)));
        return view(reports.find(reportId).orElseThrow(), LocaleContextHolder.getLocale());
    }

    /** VR-MISSION-ISO3-YYYYMM-XXXXXXXX: readable, and unique without a counter shared by concurrent runs. */
    static String newReference(ContingentData.ContingentRecord contingent, YearMonth from) {
        return "VR-%s-%s-%s-%s".formatted(contingent.missionCode(), contingent.memberState(),
                from.toString().replace("-", ""),
                java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    private VerificationReport load(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("verification-report", id));
    }

    static final String REPORT_RECORD = "claims.verification-report";

    /**
     * The verification report's next step in "my work" (platform kit): submit (the mission's COE unit), technical
     * review (COE reviewers covering the mission), certification (claims officers covering the mission); the
     * previous step's item is closed.
     */
    void nextWork(VerificationReport r) {
        workItems.closeFor(REPORT_RECORD, String.valueOf(r.id()));
        String link = "/claims/verification-reports/" + r.id();
        org.fieldsupport.platform.security.Scope mission = Scope.mission(r.missionCode());
        String[] next = switch (r.status()) {
            case COMPUTED -> new String[] {"COE_UNIT_MISSION", "claims.work.report.submit"};
            case SUBMITTED -> new String[] {"COE_REVIEWER", "claims.work.report.review"};
            case TECHNICALLY_REVIEWED -> new String[] {"CLAIMS_OFFICER", "claims.work.report.certify"};
            default -> null;
        };
        if (next != null) {
            workItems.open(org.fieldsupport.platform.work.NewWorkItem.of(REPORT_RECORD, r.id(), r.reference(), link,
                    org.fieldsupport.platform.work.Assignee.role(next[0], mission),
                    java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(REPORT_STEP_DAYS), next[1],
                    r.reference(), r.memberState(), r.missionCode()));
        }
    }

    /** Days each step of a verification report has (the work item's due date). */
    static final int REPORT_STEP_DAYS = 14;

    private Report save(VerificationReport report, String beforeStatus, String user) {
        reports.update(report, user);
        nextWork(report);
        events.publishEvent(DataChanged.updated("claims.verification-report", report.id(),
                Map.of("status", beforeStatus), Map.of("status", report.status().name())));
        return view(reports.find(report.id()).orElseThrow(), LocaleContextHolder.getLocale());
    }

    Report view(VerificationReport r, Locale locale) {
        List<Line> lines = reports.lines(r.id()).stream()
                .map(l -> new Line(l.month() == null ? null : YearMonth.from(l.month()), l.kind(), l.reference(),
                        l.amount(), l.flags(), messages.render(l.explanation(), locale), l.reason()))
                .toList();
        ReportStore.Timeline t = reports.timeline(r.id());
        ContingentData.ContingentRecord contingent = contingents.find(r.contingentId()).orElse(null);
        Workflow workflow = new Workflow(contingent == null ? null : contingent.reference(),
                contingent == null ? null : contingent.unitType(), t.computedBy(), instant(t.computedAt()),
                r.submittedBy(), instant(t.submittedAt()), r.reviewedBy(), instant(t.reviewedAt()), r.certifiedBy(),
                instant(t.certifiedAt()));
        List<Payment> payments = reports.payments(r.id()).stream()
                .map(p -> new Payment(p.paidOn(), p.amount(), p.currency(), p.reference(), p.recordedBy()))
                .toList();
        return new Report(r.id(), r.reference(), r.contingentId(), r.missionCode(), r.memberState(), r.from(), r.to(),
                r.ruleSetId(), r.currency(), r.status().name(), r.total(), r.adjustments(), r.certifiedAmount(),
                r.paid(), r.outstanding(), r.certifiedBy(), lines, workflow, payments);
    }

    private static Instant instant(java.time.OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
