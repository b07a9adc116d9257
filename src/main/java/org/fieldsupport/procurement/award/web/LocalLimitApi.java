package org.fieldsupport.procurement.award.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.procurement.award.internal.Awards;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local award limit as effective-dated reference data: read by procurement readers, a new row from a date added
 * by headquarters' procurement officers ({@code procurement.threshold.manage}). Awards above the limit in force need a
 * delegation of procurement authority.
 */
@RestController("procurementLocalLimitApi")
@RequestMapping("/api/v1/procurement/local-limits")
class LocalLimitApi {

    private final Awards awards;

    LocalLimitApi(Awards awards) {
        this.awards = awards;
    }

    record LimitRequest(String effectiveFrom, String amount) { }

    @GetMapping
    Map<String, Object> list() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Awards.LocalLimit> rows = awards.localLimits();
        out.put("inForce", awards.localLimit().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        out.put("configured", awards.configuredLocalLimit().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        out.put("currency", "USD");
        out.put("rows", rows.stream().map(LocalLimitApi::json).toList());
        return out;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@RequestBody LimitRequest r) {
        Awards.LocalLimit l = awards.addLocalLimit(r.effectiveFrom(), r.amount());
        return ResponseEntity.created(URI.create("/api/v1/procurement/local-limits")).body(json(l));
    }

    static Map<String, Object> json(Awards.LocalLimit l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effectiveFrom", l.effectiveFrom().toString());
        m.put("amount", l.amount().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString());
        m.put("currency", l.currency());
        m.put("createdBy", l.createdBy());
        return m;
    }
}
