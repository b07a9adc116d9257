package org.fieldsupport.claims.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.Claims;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    ReportApiController(Claims claims) {
        this.claims = claims;
    }

    record ComputeRequest(LocalDate from, LocalDate to, String ruleSet) { }

    record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) { }

    record AdjustmentRequest(BigDecimal amount, String reason) { }

    record ReportJson(long id, String reference, long contingentId, String missionCode, String memberState,
                      String from, String to, String ruleSet, String currency, String status, String total,
                      String adjustments, String certified, String paid, String outstanding, String certifiedBy,
                      List<LineJson> lines) { }

    record LineJson(String month, String kind, String reference, String amount, List<String> flags,
                    String explanation, String reason) { }

    @PostMapping(path = "/contingents/{contingentId}/verification-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
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

    @GetMapping("/verification-reports/{id}")
    ReportJson report(@PathVariable long id, Locale locale) {
        return json(claims.report(id, locale));
    }

    @PostMapping("/verification-reports/{id}/submission")
    ReportJson submit(@PathVariable long id) {
        return json(claims.submit(id));
    }

    @PostMapping("/verification-reports/{id}/technical-review")
    ReportJson review(@PathVariable long id) {
        return json(claims.reviewTechnically(id));
    }

    @PostMapping("/verification-reports/{id}/certification")
    ReportJson certify(@PathVariable long id) {
        return json(claims.certify(id));
    }

    @PostMapping(path = "/verification-reports/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportJson pay(@PathVariable long id, @RequestBody PaymentRequest request) {
        return json(claims.recordPayment(id, request.amount(), request.paidOn(), request.reference()));
    }

    @PostMapping(path = "/verification-reports/{id}/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportJson adjust(@PathVariable long id, @RequestBody AdjustmentRequest request) {
        return json(claims.adjust(id, request.amount(), request.reason()));
    }

    private static ReportJson json(Claims.Report r) {
        return new ReportJson(r.id(), r.reference(), r.contingentId(), r.missionCode(), r.memberState(),
                r.from().atDay(1).toString(), r.to().atEndOfMonth().toString(), r.ruleSet(), r.currency(), r.status(),
                money(r.total()), money(r.adjustments()), money(r.certified()), money(r.paid()), money(r.outstanding()),
                r.certifiedBy(), r.lines().stream().map(l -> new LineJson(l.month() == null ? null : l.month().toString(),
                        l.kind(), l.reference(), money(l.amount()), l.flags(), l.explanation(), l.reason())).toList());
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
