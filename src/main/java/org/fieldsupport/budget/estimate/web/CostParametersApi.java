package org.fieldsupport.budget.estimate.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.internal.CostParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cost parameters (effective-dated standard salary costs, vacancy and delayed-deployment factors), the rates read
 * from claims (troop cost, COE), and the variance-explanation thresholds. Read: any budget role; add: headquarters'
 * budget officers ({@code budget.parameters.edit}). Rows are never changed: a later effective date replaces them.
 */
@RestController("budgetCostParametersApi")
@RequestMapping("/api/v1/budget")
class CostParametersApi {

    private final CostParameters parameters;

    CostParametersApi(CostParameters parameters) {
        this.parameters = parameters;
    }

    /** Every row, or with {@code on} the rows in force on that date; {@code kind} filters. */
    @GetMapping("/cost-parameters")
    List<Map<String, Object>> list(@RequestParam(required = false) String kind,
                                   @RequestParam(required = false) LocalDate on) {
        List<CostParameters.Parameter> rows = on == null ? parameters.list(kind)
                : parameters.inForce(on).stream().filter(p -> kind == null || kind.isBlank() || p.kind().name().equals(kind)).toList();
        return rows.stream().map(CostParametersApi::json).toList();
    }

    record ParameterRequest(String kind, String code, String dutyStation, String effectiveFrom, String amount, String source) { }

    @PostMapping("/cost-parameters")
    ResponseEntity<Map<String, Object>> add(@RequestBody ParameterRequest r) {
        CostParameters.Parameter p = parameters.add(r.kind(), r.code(), r.dutyStation(), r.effectiveFrom(), r.amount(), r.source());
        return ResponseEntity.created(URI.create("/api/v1/budget/cost-parameters?kind=" + p.kind())).body(json(p));
    }

    /** The troop-cost and COE rates in force on {@code on} (default today), read from claims' rate tables. */
    @GetMapping("/cost-parameters/claims-rates")
    Map<String, Object> claimsRates(@RequestParam(required = false) LocalDate on) {
        CostParameters.ClaimsRates r = parameters.claimsRates(on == null ? LocalDate.now() : on);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("on", r.on().toString());
        out.put("source", "claims");
        out.put("troopCostPerPersonMonth", r.troopCostPerPersonMonth() == null ? null : r.troopCostPerPersonMonth().toPlainString());
        out.put("majorEquipment", r.equipment().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("edition", e.edition());
            m.put("code", e.code());
            m.put("category", e.category());
            m.put("description", e.description());
            m.put("dryMonthly", e.dryMonthly() == null ? null : e.dryMonthly().toPlainString());
            m.put("wetMonthly", e.wetMonthly() == null ? null : e.wetMonthly().toPlainString());
            return m;
        }).toList());
        out.put("selfSustainment", r.selfSustainment().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("edition", e.edition());
            m.put("category", e.category());
            m.put("perPersonPerMonth", e.perPersonPerMonth() == null ? null : e.perPersonPerMonth().toPlainString());
            return m;
        }).toList());
        return out;
    }

    @GetMapping("/variance-thresholds")
    List<Map<String, Object>> thresholds() {
        return parameters.thresholds().stream().map(CostParametersApi::json).toList();
    }

    record ThresholdRequest(String effectiveFrom, String amount, String percent) { }

    @PostMapping("/variance-thresholds")
    ResponseEntity<Map<String, Object>> addThreshold(@RequestBody ThresholdRequest r) {
        CostParameters.Threshold t = parameters.addThreshold(r.effectiveFrom(), r.amount(), r.percent());
        return ResponseEntity.created(URI.create("/api/v1/budget/variance-thresholds")).body(json(t));
    }

    static Map<String, Object> json(CostParameters.Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("kind", p.kind().name());
        m.put("code", p.code());
        m.put("dutyStation", p.dutyStation());
        m.put("effectiveFrom", p.effectiveFrom().toString());
        m.put("amount", p.kind() == CostParameters.Kind.STANDARD_SALARY
                ? p.amount().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()
                : p.amount().stripTrailingZeros().toPlainString());
        m.put("currency", p.currency());
        m.put("source", p.source());
        m.put("createdBy", p.createdBy());
        return m;
    }

    static Map<String, Object> json(CostParameters.Threshold t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effectiveFrom", t.effectiveFrom().toString());
        m.put("amount", t.amount().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        m.put("percent", t.percent().stripTrailingZeros().toPlainString());
        m.put("createdBy", t.createdBy());
        return m;
    }
}
