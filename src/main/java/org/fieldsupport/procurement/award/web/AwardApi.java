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

/** Contract awards; above the local limit under a delegation of procurement authority. */
@RestController("procurementAwardApi")
@RequestMapping("/api/v1/procurement/awards")
class AwardApi {

    private final Awards awards;

    AwardApi(Awards awards) {
        this.awards = awards;
    }

    record AwardRequest(String missionCode, String vendor, String description, String amount, String currency) { }

    @GetMapping
    List<Map<String, Object>> list() {
        return awards.list().stream().map(AwardApi::json).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> award(@RequestBody AwardRequest r) {
        Awards.Award a = awards.award(r.missionCode(), r.vendor(), r.description(), r.amount(),
                r.currency() == null ? "USD" : r.currency());
        return ResponseEntity.created(URI.create("/api/v1/procurement/awards")).body(json(a));
    }

    static Map<String, Object> json(Awards.Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", a.reference());
        m.put("missionCode", a.missionCode());
        m.put("vendor", a.vendor());
        m.put("description", a.description());
        m.put("amount", a.amount().toPlainString());
        m.put("currency", a.currency());
        m.put("authority", a.authority());
        m.put("delegation", a.delegation());
        m.put("awardedBy", a.awardedBy());
        return m;
    }
}
