package org.fieldsupport.claims.budgeting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fieldsupport.claims.budgeting.domain.CoeBudgetRule;
import org.fieldsupport.claims.budgeting.internal.CoeBudgetService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * COE budget estimates over REST (7.5.c): compute a mission's estimate for a budget period from its MOUs, read it
 * with its lines and the tracking of allotments, obligations and expenditure, record allotments. Money as strings
 * with two decimals (USD); periods as {@code YYYY-MM}.
 */
@RestController
@RequestMapping(path = "/api/v1/claims/budget-estimates", produces = MediaType.APPLICATION_JSON_VALUE)
class BudgetEstimateApiController {

    private final CoeBudgetService estimates;

    BudgetEstimateApiController(CoeBudgetService estimates) {
        this.estimates = estimates;
    }

    record ComputeRequest(String missionCode, YearMonth from, YearMonth to) { }

    record AllotmentRequest(String kind, BigDecimal amount, LocalDate allottedOn, String reference) { }

    record SummaryJson(long id, String reference, String missionCode, String from, String to, String ruleSet,
                       String currency, String majorEquipment, String selfSustainment, String total, String createdBy) { }

    record LineJson(String contingentReference, String memberState, String kind, String category, String unitMonths,
                    int months, String amount) { }

    record AllotmentJson(long id, String kind, String amount, String allottedOn, String reference, String recordedBy) { }

    record TrackingJson(String kind, String estimate, String allotted, String obligated, String expended,
                        String available, boolean overObligated) { }

    record DetailJson(long id, String reference, String missionCode, String from, String to, String ruleSet,
                      String currency, String majorEquipment, String selfSustainment, String total,
                      List<LineJson> lines, List<AllotmentJson> allotments, List<TrackingJson> tracking,
                      int certifiedReports) { }

    @GetMapping
    List<SummaryJson> list(@RequestParam(required = false) String mission) {
        return estimates.list(mission).stream().map(BudgetEstimateApiController::json).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DetailJson> compute(@RequestBody ComputeRequest request) {
        DetailJson d = json(estimates.compute(request.missionCode(), request.from(), request.to()));
        return ResponseEntity.created(URI.create("/api/v1/claims/budget-estimates/" + d.id())).body(d);
    }

    @GetMapping("/{id}")
    DetailJson detail(@PathVariable long id) {
        return json(estimates.detail(id));
    }

    @PostMapping(path = "/{id}/allotments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AllotmentJson> allot(@PathVariable long id, @RequestBody AllotmentRequest request) {
        CoeBudgetService.Allotment a = estimates.allot(id, request.kind(), request.amount(), request.allottedOn(),
                request.reference());
        return ResponseEntity.created(URI.create("/api/v1/claims/budget-estimates/" + id)).body(json(a));
    }

    static SummaryJson json(CoeBudgetService.Summary s) {
        return new SummaryJson(s.id(), s.reference(), s.missionCode(), s.from().toString(), s.to().toString(),
                s.ruleSet(), s.currency(), money(s.majorEquipment()), money(s.selfSustainment()), money(s.total()),
                s.createdBy());
    }

    static DetailJson json(CoeBudgetService.Detail d) {
        CoeBudgetService.Summary s = d.estimate();
        return new DetailJson(s.id(), s.reference(), s.missionCode(), s.from().toString(), s.to().toString(),
                s.ruleSet(), s.currency(), money(s.majorEquipment()), money(s.selfSustainment()), money(s.total()),
                d.lines().stream().map(BudgetEstimateApiController::json).toList(),
                d.allotments().stream().map(BudgetEstimateApiController::json).toList(),
                d.tracking().stream().map(t -> new TrackingJson(t.kind(), money(t.estimate()), money(t.allotted()),
                        money(t.obligated()), money(t.expended()), money(t.available()), t.overObligated())).toList(),
                d.certifiedReports());
    }

    static LineJson json(CoeBudgetRule.Line l) {
        return new LineJson(l.contingentReference(), l.memberState(), l.kind().name(), l.category(),
                l.unitMonths().toPlainString(), l.months(), money(l.amount()));
    }

    static AllotmentJson json(CoeBudgetService.Allotment a) {
        return new AllotmentJson(a.id(), a.kind(), money(a.amount()), a.allottedOn().toString(), a.reference(),
                a.createdBy());
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
