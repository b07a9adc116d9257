package org.fieldsupport.claims.report.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.report.internal.VerificationReportQueries;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification reports over REST: compute one from stored data, read it (lines with explanations in the
 * caller's language), and move it through submission, technical review, certification (under a delegation of
 * authority), payments and post-certification adjustments. Money as strings with two decimals.
 */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApiController {

    private final Claims claims;
    private final VerificationReportQueries queries;
    private final Paging paging;

    ReportApiController(Claims claims, VerificationReportQueries queries, Paging paging) {
        this.claims = claims;
        this.queries = queries;
        this.paging = paging;
    }

    record ComputeRequest(LocalDate from, LocalDate to, String ruleSet) { }

    record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) { }

    record AdjustmentRequest(BigDecimal amount, String reason) { }

    record ReportJson(long id, String reference, long contingentId, String missionCode, String memberState,
                      String from, String to, String ruleSet, String currency, String status, String total,
                      String adjustments, String certified, String paid, String outstanding, String certifiedBy,
                      List<LineJson> lines, WorkflowJson workflow, List<PaymentJson> payments, long version) { }

    /** Who moved the report along and when (ISO instants, UTC; null while a step has not happened). */
    record WorkflowJson(String contingent, String unitType, String computedBy, String computedAt, String submittedBy,
                        String submittedAt, String reviewedBy, String reviewedAt, String certifiedBy,
                        String certifiedAt) { }

    record PaymentJson(String paidOn, String amount, String currency, String reference, String recordedBy) { }

    record LineJson(String month, String kind, String reference, String amount, List<String> flags,
                    String explanation, String reason) { }

    @PostMapping(path = "/contingents/{contingentId}/verification-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<ReportJson> compute(@PathVariable long contingentId, @RequestBody ComputeRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request.from() == null) {
            errors.add("from", "Required", "claims.input.required");
        } else if (request.from().getDayOfMonth() != 1) {
            errors.add("from", "FirstDayOfMonth", "claims.input.period.firstDay");
        }
        if (request.to() == null) {
            errors.add("to", "Required", "claims.input.required");
        } else if (!request.to().equals(YearMonth.from(request.to()).atEndOfMonth())) {
            errors.add("to", "LastDayOfMonth", "claims.input.period.lastDay");
        }
        errors.throwIfAny();
        ReportJson report = json(claims.computeReport(contingentId, YearMonth.from(request.from()),
                YearMonth.from(request.to()), request.ruleSet()));
        return ResponseEntity.created(URI.create("/api/v1/claims/verification-reports/" + report.id())).body(report);
    }

    /** One row of the list: the report without its lines; amounts as strings with two decimals. */
    record ReportSummaryJson(long id, String reference, long contingentId, String contingent, String unitType,
                             String missionCode, String memberState, String from, String to, String ruleSet,
                             String currency, String status, String total, String adjustments, String certified,
                             String paid, String outstanding) { }

    /**
     * The verification reports the caller may see (claims staff: department-wide or their missions), filtered
     * and paged. {@code from}/{@code to} are months (YYYY-MM): reports whose period overlaps them.
     */
    @GetMapping("/verification-reports")
    PageResponse<ReportSummaryJson> list(@RequestParam(required = false) String mission,
                                         @RequestParam(required = false) String memberState,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String contingent,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) String sort) {
        FieldErrors errors = new FieldErrors();
        VerificationReport.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = VerificationReport.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                errors.add("status", "OneOf", "claims.input.oneOf",
                        java.util.Arrays.toString(VerificationReport.Status.values()));
            }
        }
        YearMonth fromMonth = month(from, "from", errors);
        YearMonth toMonth = month(to, "to", errors);
        if (fromMonth != null && toMonth != null && toMonth.isBefore(fromMonth)) {
            errors.add("to", "NotBeforeFrom", "claims.input.period.reversed");
        }
        errors.throwIfAny();
        PageQuery query = paging.read(page, size, sort, VerificationReportQueries.SORTS);
        return queries.list(new VerificationReportQueries.Filter(mission, memberState, wanted, fromMonth, toMonth,
                contingent), query).map(ReportApiController::summary);
    }

    private static YearMonth month(String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(field, "Month", "claims.workflow.input.month");
            return null;
        }
    }

    private static ReportSummaryJson summary(VerificationReportQueries.Row r) {
        return new ReportSummaryJson(r.id(), r.reference(), r.contingentId(), r.contingentReference(), r.unitType(),
                r.missionCode(), r.memberState(), r.from().atDay(1).toString(), r.to().atEndOfMonth().toString(),
                r.ruleSet(), r.currency(), r.status(), money(r.total()), money(r.adjustments()),
                money(r.certified()), money(r.paid()), money(r.outstanding()));
    }

    @GetMapping("/verification-reports/{id}")
    ReportJson report(@PathVariable long id, Locale locale) {
        return json(claims.report(id, locale));
    }

    /**
     * The workflow moves (platform workflow kit). An optional {@code If-Match} (the report's {@code version}, as
     * read) makes a move refused with 409 and the current state when the report moved meanwhile.
     */
    @PostMapping("/verification-reports/{id}/submission")
    ReportJson submit(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return json(claims.submit(id, version(ifMatch)));
    }

    @PostMapping("/verification-reports/{id}/technical-review")
    ReportJson review(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return json(claims.reviewTechnically(id, version(ifMatch)));
    }

    @PostMapping("/verification-reports/{id}/certification")
    @Idempotent
    ReportJson certify(@PathVariable long id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return json(claims.certify(id, version(ifMatch)));
    }

    record ReasonRequest(String reason) { }

    /** Back one step with a reason, to the person who took it (a work item for them): {@code {"reason": "…"}}. */
    @PostMapping("/verification-reports/{id}/return")
    ReportJson returnReport(@PathVariable long id, @RequestBody(required = false) ReasonRequest request,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return json(claims.returnReport(id, request == null ? null : request.reason(), version(ifMatch)));
    }

    /** Closed without certification, with a reason (submitted: the reviewer; reviewed: the certifier). */
    @PostMapping("/verification-reports/{id}/rejection")
    ReportJson reject(@PathVariable long id, @RequestBody(required = false) ReasonRequest request,
                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return json(claims.reject(id, request == null ? null : request.reason(), version(ifMatch)));
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; {@code *} or absent: not checked; anything else: 400 naming If-Match. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            new FieldErrors().add("If-Match", "Version", "claims.flows.input.ifMatch").throwIfAny();
            return null;
        }
    }

    @PostMapping(path = "/verification-reports/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ReportJson pay(@PathVariable long id, @RequestBody PaymentRequest request) {
        return json(claims.recordPayment(id, request.amount(), request.paidOn(), request.reference()));
    }

    @PostMapping(path = "/verification-reports/{id}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ReportJson adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
        return json(claims.adjust(id, request.amount(), request.reason()));
    }

    private static ReportJson json(Claims.Report r) {
        return new ReportJson(r.id(), r.reference(), r.contingentId(), r.missionCode(), r.memberState(),
                r.from().atDay(1).toString(), r.to().atEndOfMonth().toString(), r.ruleSet(), r.currency(), r.status(),
                money(r.total()), money(r.adjustments()), money(r.certified()), money(r.paid()), money(r.outstanding()),
                r.certifiedBy(), r.lines().stream().map(l -> new LineJson(l.month() == null ? null : l.month().toString(),
                        l.kind(), l.reference(), money(l.amount()), l.flags(), l.explanation(), l.reason())).toList(),
                workflow(r.workflow()), r.payments().stream().map(p -> new PaymentJson(p.paidOn().toString(),
                        money(p.amount()), p.currency(), p.reference(), p.recordedBy())).toList(), r.version());
    }

    private static WorkflowJson workflow(Claims.Workflow w) {
        return new WorkflowJson(w.contingentReference(), w.unitType(), w.computedBy(), text(w.computedAt()),
                w.submittedBy(), text(w.submittedAt()), w.reviewedBy(), text(w.reviewedAt()), w.certifiedBy(),
                text(w.certifiedAt()));
    }

    private static String text(java.time.Instant at) {
        return at == null ? null : at.toString();
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
