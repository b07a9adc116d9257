package org.fieldsupport.claims.report.internal;

import static org.fieldsupport.claims.report.domain.VerificationReport.Status.CERTIFIED;
import static org.fieldsupport.claims.report.domain.VerificationReport.Status.COMPUTED;
import static org.fieldsupport.claims.report.domain.VerificationReport.Status.REJECTED;
import static org.fieldsupport.claims.report.domain.VerificationReport.Status.SUBMITTED;
import static org.fieldsupport.claims.report.domain.VerificationReport.Status.TECHNICALLY_REVIEWED;

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
import org.fieldsupport.platform.workflow.AuthorityRequirement.Subject;
import org.fieldsupport.platform.workflow.AvailableAction;
import org.fieldsupport.platform.workflow.TransitionInput;
import org.fieldsupport.platform.workflow.Transitioned;
import org.fieldsupport.platform.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Verification reports from stored data, and their certification workflow. */
@Service
public class ClaimsService implements Claims {

    public static final String CLAIM_CERTIFICATION = "CLAIM_CERTIFICATION";

    /** The rule that the certifier of a report or claim never records its payment (422, EN/FR). */
    public static final String SEGREGATION_OF_DUTIES = "claims.payment.refused.segregationOfDuties";

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
    private final Workflows workflows;

    ClaimsService(ContingentData contingents, ReportStore reports, RuleSets ruleSets, ClaimsAccess access,
                  DelegationsOfAuthority delegations, ClaimsMessages messages, ApplicationEventPublisher events,
                  org.fieldsupport.platform.work.WorkItems workItems, Workflows workflows) {
        this.workItems = workItems;
        this.workflows = workflows;
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

    /**
     * The verification report's way to certification on the platform workflow kit (issue 10 item 1, issue 12 item
     * 5): who may move it (permission in the report's mission), from where to where, under which delegation. The
     * kit refuses a stale move (409 with the current state), logs the transition, audits it and publishes one
     * {@code RecordTransitioned}; the report's own fields (who submitted, reviewed, certified) follow here.
     * <ul>
     * <li>return (with a reason): a submitted report back to the mission that submitted it, a reviewed one back to
     * its reviewer; each time a work item for that person;</li>
     * <li>reject (with a reason): by the reviewer (submitted) or the certifier (reviewed), never after certification
     * (then a correction is an adjustment); see docs/decisions/2026-12-05-claims-decision-flows-s3.md.</li>
     * </ul>
     */
    static final org.fieldsupport.platform.workflow.Workflow<VerificationReport, VerificationReport.Status> FLOW =
            org.fieldsupport.platform.workflow.Workflow
            .define("claims.verification-report", VerificationReport.class, VerificationReport.Status.class)
            .id(VerificationReport::id).state(VerificationReport::status).version(VerificationReport::version)
            .reference(VerificationReport::reference)
            .scope(r -> Scope.mission(r.missionCode()))
            .storedIn("claims_verification_report", "id", "status", "version")
            .stateLabels("claims.report.status.")
            .refusedKey("claims.report.refused.transition")
            .transition("submit", COMPUTED, SUBMITTED, ClaimsPermissions.VERIFICATION_SUBMIT,
                    t -> t.label("claims.workflow.action.submit"))
            .transition("review", SUBMITTED, TECHNICALLY_REVIEWED, ClaimsPermissions.REVIEW_TECHNICAL,
                    t -> t.label("claims.workflow.action.review"))
            .transition("certify", TECHNICALLY_REVIEWED, CERTIFIED, ClaimsPermissions.CERTIFY, t -> t
                    .label("claims.workflow.action.certify")
                    .authority(CLAIM_CERTIFICATION, (r, in) -> Subject.of(r.amountToCertify(), r.currency(),
                            r.missionCode())))
            .transition("return", SUBMITTED, COMPUTED, ClaimsPermissions.REVIEW_TECHNICAL,
                    t -> t.requires(TransitionInput.REASON).label("claims.flows.action.return"))
            .transition("return", TECHNICALLY_REVIEWED, SUBMITTED, ClaimsPermissions.CERTIFY,
                    t -> t.requires(TransitionInput.REASON).label("claims.flows.action.return"))
            .transition("reject", SUBMITTED, REJECTED, ClaimsPermissions.REVIEW_TECHNICAL,
                    t -> t.requires(TransitionInput.REASON).label("claims.flows.action.reject"))
            .transition("reject", TECHNICALLY_REVIEWED, REJECTED, ClaimsPermissions.CERTIFY,
                    t -> t.requires(TransitionInput.REASON).label("claims.flows.action.reject"))
            .build();

    @Override
    @Transactional
    public Report submit(long reportId) {
        return submit(reportId, null);
    }

    @Override
    @Transactional
    public Report submit(long reportId, Long expectedVersion) {
        return move(reportId, "submit", TransitionInput.none().expectingVersion(expectedVersion));
    }

    @Override
    @Transactional
    public Report reviewTechnically(long reportId) {
        return reviewTechnically(reportId, null);
    }

    @Override
    @Transactional
    public Report reviewTechnically(long reportId, Long expectedVersion) {
        return move(reportId, "review", TransitionInput.none().expectingVersion(expectedVersion));
    }

    @Override
    @Transactional
    public Report certify(long reportId) {
        return certify(reportId, null);
    }

    /**
     * Certifies under the certifier's live delegation of authority for claim certification covering the amount,
     * currency and mission (the kit asks the register, which logs the use or the refusal; a refusal is a 422 with
     * its reason and changes nothing; a report not technically reviewed is refused before any delegation is used).
     */
    @Override
    @Transactional
    public Report certify(long reportId, Long expectedVersion) {
        Report view = move(reportId, "certify", TransitionInput.none().expectingVersion(expectedVersion));
        VerificationReport report = load(reportId);
        events.publishEvent(new VerificationReportCertified(report.id(), report.reference(), report.missionCode(),
                report.memberState(), report.from(), report.to(), report.certifiedAmount(), report.currency(),
                report.ruleSetId(), report.certifiedBy(), Instant.now()));
        return view;
    }

    @Override
    @Transactional
    public Report returnReport(long reportId, String reason, Long expectedVersion) {
        return move(reportId, "return", TransitionInput.of(TransitionInput.REASON, reason)
                .expectingVersion(expectedVersion));
    }

    @Override
    @Transactional
    public Report reject(long reportId, String reason, Long expectedVersion) {
        return move(reportId, "reject", TransitionInput.of(TransitionInput.REASON, reason)
                .expectingVersion(expectedVersion));
    }

    /**
     * One move through the kit (permission, staleness, state, required reason, delegation, compare-and-set,
     * transition log, audit, event; the report's open work items closed), then the report's own fields and the
     * next step's work item (a return: for the person it goes back to).
     */
    private Report move(long reportId, String action, TransitionInput input) {
        VerificationReport report = load(reportId);
        String before = report.status().name();
        Transitioned<VerificationReport.Status> done = workflows.perform(FLOW, report, action, input);
        String user = done.actor();
        String backTo = null;
        switch (action) {
            case "submit" -> report.submit(user);
            case "review" -> report.reviewTechnically(user);
            case "certify" -> report.certify(user);
            case "return" -> backTo = report.returnOneStep();
            case "reject" -> report.reject();
            default -> throw new IllegalStateException(action);
        }
        reports.recordSteps(report, action, user);
        VerificationReport stored = load(reportId);
        if (backTo != null) {
            workItems.open(org.fieldsupport.platform.work.NewWorkItem.of(REPORT_RECORD, stored.id(),
                    stored.reference(), "/claims/verification-reports/" + stored.id(),
                    org.fieldsupport.platform.work.Assignee.user(backTo),
                    LocalDate.now(java.time.ZoneOffset.UTC).plusDays(REPORT_STEP_DAYS),
                    "claims.work.report.returned", stored.reference(), done.note()));
        } else {
            nextWork(stored);
        }
        events.publishEvent(DataChanged.updated("claims.verification-report", report.id(),
                Map.of("status", before), Map.of("status", stored.status().name())));
        return view(stored, LocaleContextHolder.getLocale());
    }

    /** The moves the current user may make now (buttons; a missing delegation gives its reason, for the hover). */
    @Transactional(readOnly = true)
    public List<AvailableAction> actions(long reportId) {
        return workflows.actions(FLOW, load(reportId));
    }

    /** The report's transitions from the kit's log (who, when, reason, delegation used), oldest first. */
    @Transactional(readOnly = true)
    public List<Workflows.TransitionRecord> history(long reportId) {
        return workflows.history(REPORT_RECORD, reportId);
    }

    /**
     * What certifying now would do (the confirmation step): the amount and, when a delegation of the signed-in
     * user covers it, the delegation that would be used (the one they hold, last of the chain); else the reason.
     * Nothing is logged (the use is logged at certification).
     */
    public record CertificationPreview(BigDecimal amount, String currency, String missionCode, boolean covered,
                                       org.fieldsupport.organization.DelegationLink delegation, String chain,
                                       String refusalKey, List<Object> refusalArgs, long version) { }

    @Transactional(readOnly = true)
    public CertificationPreview certificationPreview(long reportId) {
        VerificationReport report = load(reportId);
        String user = access.require(ClaimsPermissions.CERTIFY, Scope.mission(report.missionCode()));
        if (report.status() != VerificationReport.Status.TECHNICALLY_REVIEWED) {
            throw new BusinessRuleException("claims.report.refused.transition", FLOW.stateLabel(report.status()),
                    FLOW.stateLabel(VerificationReport.Status.CERTIFIED), FLOW.actionLabel("certify"));
        }
        AuthorityDecision decision = delegations.check(AuthorityCheck.forAmount(user, CLAIM_CERTIFICATION,
                report.missionCode(), report.amountToCertify(), report.currency(), null));
        if (decision instanceof AuthorityDecision.Refused refused) {
            return new CertificationPreview(report.amountToCertify(), report.currency(), report.missionCode(), false,
                    null, null, refused.messageKey(), refused.args(), report.version());
        }
        List<org.fieldsupport.organization.DelegationLink> chain = decision.chain();
        String ids = chain.stream().map(l -> String.valueOf(l.id())).collect(Collectors.joining(" > "));
        return new CertificationPreview(report.amountToCertify(), report.currency(), report.missionCode(), true,
                chain.isEmpty() ? null : chain.get(chain.size() - 1), ids, null, List.of(), report.version());
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
        // segregation of duties: whoever certified the report never records its payment
        if (user.equals(report.certifiedBy())) {
            throw new BusinessRuleException(SEGREGATION_OF_DUTIES, report.reference());
        }
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
                r.paid(), r.outstanding(), r.certifiedBy(), lines, workflow, payments, r.version());
    }

    private static Instant instant(java.time.OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
