package org.fieldsupport.procurement.contract.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.procurement.contract.internal.Contracts;
import org.fieldsupport.procurement.vendor.internal.VendorEvaluations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Systems contracts and call-offs (PROCUREMENT-2026-v1), deliveries and vendor evaluations. */
@RestController("procurementContractApi")
@RequestMapping("/api/v1/procurement")
class ContractApi {

    private final Contracts contracts;
    private final VendorEvaluations evaluations;

    ContractApi(Contracts contracts, VendorEvaluations evaluations) {
        this.contracts = contracts;
        this.evaluations = evaluations;
    }

    @GetMapping("/contracts")
    List<Map<String, Object>> list(@RequestParam(required = false) Integer expiringWithinDays) {
        return contracts.list().stream()
                .filter(c -> expiringWithinDays == null || c.expiresWithin(java.time.LocalDate.now(), expiringWithinDays))
                .map(ContractApi::json).toList();
    }

    @PostMapping("/contracts")
    ResponseEntity<Map<String, Object>> create(@RequestBody Contracts.NewContract r) {
        Contracts.Contract c = contracts.create(r);
        return ResponseEntity.created(URI.create("/api/v1/procurement/contracts/" + c.reference())).body(json(c));
    }

    @GetMapping("/contracts/{reference}")
    Map<String, Object> get(@PathVariable String reference) {
        Contracts.Contract c = contracts.get(reference);
        Map<String, Object> m = json(c);
        m.put("callOffs", contracts.callOffs(c.id()).stream().map(ContractApi::json).toList());
        return m;
    }

    @PostMapping("/contracts/{reference}/call-offs")
    ResponseEntity<Map<String, Object>> callOff(@PathVariable String reference, @RequestBody Contracts.NewCallOff r) {
        Contracts.CallOff c = contracts.callOff(reference, r);
        Map<String, Object> m = json(c);
        m.put("contract", reference);
        m.put("remaining", contracts.get(reference).remaining().toPlainString());
        return ResponseEntity.created(URI.create("/api/v1/procurement/call-offs/" + c.reference())).body(m);
    }

    @PostMapping("/call-offs/{reference}/cancel")
    Map<String, Object> cancel(@PathVariable String reference) {
        return withRemaining(contracts.cancel(reference));
    }

    record DeliveryRequest(String deliveredOn) { }

    @PostMapping("/call-offs/{reference}/delivery")
    Map<String, Object> deliver(@PathVariable String reference, @RequestBody DeliveryRequest r) {
        return withRemaining(contracts.deliver(reference, r.deliveredOn()));
    }

    record EvaluationRequest(Integer quality, Integer timeliness, Integer compliance, String comments) { }

    @PostMapping("/call-offs/{reference}/evaluation")
    Map<String, Object> evaluate(@PathVariable String reference, @RequestBody EvaluationRequest r) {
        return withRemaining(evaluations.evaluate(reference, r.quality(), r.timeliness(), r.compliance(), r.comments()));
    }

    @GetMapping("/vendor-scores")
    List<VendorEvaluations.VendorScore> scores() {
        contracts.list();
        return evaluations.scores();
    }

    private Map<String, Object> withRemaining(Contracts.CallOff c) {
        Map<String, Object> m = json(c);
        Contracts.Contract k = contracts.list().stream().filter(x -> x.id() == c.contractId()).findFirst().orElseThrow();
        m.put("contract", k.reference());
        m.put("remaining", k.remaining().toPlainString());
        return m;
    }

    static Map<String, Object> json(Contracts.Contract c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("vendor", c.vendor());
        m.put("description", c.description());
        m.put("ceiling", c.ceiling().toPlainString());
        m.put("currency", c.currency());
        m.put("validFrom", c.validFrom().toString());
        m.put("validTo", c.validTo().toString());
        m.put("missions", c.missions());
        m.put("calledOff", c.calledOff().toPlainString());
        m.put("remaining", c.remaining().toPlainString());
        m.put("utilisationPercent", c.utilisation().toPlainString());
        m.put("ruleSet", "PROCUREMENT-2026-v1");
        return m;
    }

    static Map<String, Object> json(Contracts.CallOff c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("missionCode", c.missionCode());
        m.put("date", c.date().toString());
        m.put("amount", c.amount().toPlainString());
        m.put("description", c.description());
        m.put("status", c.status());
        m.put("deliveredOn", c.deliveredOn() == null ? null : c.deliveredOn().toString());
        m.put("evaluationScore", c.evaluation());
        return m;
    }
}
