package org.fieldsupport.budget.liquidation.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.liquidation.internal.Liquidations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liquidations of missions: the asset disposal plan and the final performance report. */
@RestController("budgetLiquidationApi")
@RequestMapping("/api/v1/budget/liquidations")
class LiquidationApi {

    private final Liquidations liquidations;

    LiquidationApi(Liquidations liquidations) {
        this.liquidations = liquidations;
    }

    record DisposalRequest(String assetReference, String description, String bookValue, String disposalGroup,
                           String recipient) { }

    record DecisionRequest(String decision) { }

    @GetMapping
    List<Liquidations.Liquidation> list() {
        return liquidations.list();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("liquidation", liquidations.get(id));
        m.put("disposals", liquidations.disposals(id));
        Map<String, String> groups = new LinkedHashMap<>();
        liquidations.byGroup(id).forEach((g, v) -> groups.put(g.name(), v.toPlainString()));
        m.put("bookValueByGroup", groups);
        return m;
    }

    @PostMapping("/{id}/disposals")
    ResponseEntity<Liquidations.Disposal> add(@PathVariable long id, @RequestBody DisposalRequest r) {
        Liquidations.Disposal d = liquidations.addDisposal(id, r.assetReference(), r.description(), r.bookValue(),
                r.disposalGroup(), r.recipient());
        return ResponseEntity.created(URI.create("/api/v1/budget/liquidations/" + id)).body(d);
    }

    @PostMapping("/{id}/disposals/{disposalId}/decision")
    Liquidations.Disposal decide(@PathVariable long id, @PathVariable long disposalId, @RequestBody DecisionRequest r) {
        return liquidations.decide(id, disposalId, r.decision());
    }

    @PostMapping("/{id}/final-report")
    Liquidations.Liquidation submit(@PathVariable long id) {
        return liquidations.submitFinalReport(id);
    }
}
