package org.fieldsupport.lsd.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.lsd.RuleParameter;
import org.fieldsupport.lsd.RuleParameters;
import org.fieldsupport.platform.api.Unversioned;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The division's rule parameters: {@code GET} the ones the user may read (value in force today, default, accepted
 * range, every dated value); {@code PUT /{name}} with {@code {"effectiveFrom": "2026-12-07", "value": "36"}} sets the
 * value from that date (today or later; the same date again replaces a scheduled value), by holders of
 * {@code lsd.parameters.manage}. Bad input: 400 naming the field; a value already in force: 422
 * {@code parameter-in-force}.
 */
@RestController
@RequestMapping("/api/v1/lsd/parameters")
class RuleParametersApi {

    private final RuleParameters parameters;

    RuleParametersApi(RuleParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return parameters.readable().stream().map(this::json).toList();
    }

    @GetMapping("/{name}")
    Map<String, Object> one(@PathVariable String name) {
        return json(parameters.readable(name));
    }

    @Unversioned("each PUT records a value from a date: a value in force is never replaced (422), a scheduled one is"
            + " replaced by the later PUT, and every change is audited with the previous value")
    @PutMapping("/{name}")
    Map<String, Object> set(@PathVariable String name, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        parameters.set(name, text(b.get("effectiveFrom")), text(b.get("value")));
        return json(parameters.readable(name));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private Map<String, Object> json(RuleParameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("module", p.module());
        m.put("ruleSet", p.ruleSet());
        m.put("unit", p.unit());
        m.put("valueInForce", parameters.valueOn(p, LocalDate.now(ZoneOffset.UTC)).toPlainString());
        m.put("defaultValue", p.defaultValue().toPlainString());
        m.put("minimum", p.minimum().toPlainString());
        m.put("maximum", p.maximum().toPlainString());
        m.put("decimals", p.scale());
        m.put("values", parameters.values(p).stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("effectiveFrom", v.effectiveFrom().toString());
            row.put("value", v.value().toPlainString());
            row.put("changedBy", v.changedBy());
            row.put("changedAt", v.changedAt().toString());
            return row;
        }).toList());
        return m;
    }
}
