package org.fieldsupport.procurement.plan.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.procurement.plan.internal.AcquisitionPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Acquisition plans and their lines turned into requisitions. */
@RestController("procurementPlanApi")
@RequestMapping("/api/v1/procurement/plans")
class PlanApi {

    private final AcquisitionPlans plans;

    PlanApi(AcquisitionPlans plans) {
        this.plans = plans;
    }

    record CreateRequest(String missionCode, Integer periodStart) { }

    record LineRequest(String item, String category, String estimatedValue, Integer quarterNeeded) { }

    @GetMapping
    List<Map<String, Object>> list() {
        return plans.list().stream().map(PlanApi::json).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest r) {
        AcquisitionPlans.Plan p = plans.create(r.missionCode(), r.periodStart());
        return ResponseEntity.created(URI.create("/api/v1/procurement/plans/" + p.id())).body(json(p));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> m = json(plans.get(id));
        m.put("lines", plans.lines(id).stream().map(PlanApi::json).toList());
        return m;
    }

    @PostMapping("/{id}/lines")
    ResponseEntity<Map<String, Object>> addLine(@PathVariable long id, @RequestBody LineRequest r) {
        AcquisitionPlans.Line l = plans.addLine(id, r.item(), r.category(), r.estimatedValue(), r.quarterNeeded());
        return ResponseEntity.created(URI.create("/api/v1/procurement/plans/" + id)).body(json(l));
    }

    @PostMapping("/{id}/lines/{lineId}/requisition")
    Map<String, Object> requisition(@PathVariable long id, @PathVariable long lineId) {
        return json(plans.requisition(id, lineId));
    }

    static Map<String, Object> json(AcquisitionPlans.Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("missionCode", p.missionCode());
        m.put("period", p.period());
        m.put("total", p.total().setScale(2).toPlainString());
        m.put("lineCount", p.lines());
        m.put("requisitioned", p.requisitioned());
        return m;
    }

    static Map<String, Object> json(AcquisitionPlans.Line l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("item", l.item());
        m.put("category", l.category());
        m.put("estimatedValue", l.estimatedValue().toPlainString());
        m.put("quarterNeeded", l.quarterNeeded());
        m.put("requisition", l.requisitionRef());
        return m;
    }
}
