package org.fieldsupport.budget.estimate.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.estimate.internal.LineSources;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personnel lines filled from the staffing table (group II) and the MOUs (group I): what the sources give today
 * ({@code GET …/sources}, with the drift since the last fill), the fill or re-fill ({@code POST …/source-fill}), and
 * the officer's override of a filled count with a reason ({@code POST/DELETE …/lines/{lineId}/override}).
 */
@RestController("budgetLineSourcesApi")
@RequestMapping("/api/v1/budget/budgets/{id}")
class LineSourcesApi {

    private final LineSources sources;
    private final Budgets budgets;
    private final MessageSource messages;

    LineSourcesApi(LineSources sources, Budgets budgets, MessageSource messages) {
        this.sources = sources;
        this.budgets = budgets;
        this.messages = messages;
    }

    @GetMapping("/sources")
    Map<String, Object> preview(@PathVariable long id, Locale locale) {
        Budgets.Budget b = budgets.get(id);
        LineSources.Sources s = sources.sources(b);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget", b.reference());
        out.put("asOf", s.asOf().toString());
        out.put("staffingPeriod", s.staffingPeriod());
        out.put("posts", s.posts());
        out.put("vacantPosts", s.vacantPosts());
        out.put("extrabudgetaryPosts", s.extrabudgetaryPosts());
        out.put("contingents", s.contingents());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineSources.Proposed p : s.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("source", p.source());
            m.put("class", p.cls().name());
            m.put("group", p.cls().group().name());
            m.put("ref", p.ref());
            m.put("count", p.count().toPlainString());
            m.put("vacant", p.vacant());
            m.put("months", p.months());
            m.put(p.cls().group().name().equals("I") ? "monthlyRate" : "standardAnnualCost", p.rate().toPlainString());
            m.put(p.cls().group().name().equals("I") ? "delayedDeploymentFactor" : "vacancyRate", p.factor().toPlainString());
            m.put("ratesFrom", p.ratesRef());
            lines.add(m);
        }
        out.put("lines", lines);
        out.put("gaps", gaps(s.gaps(), locale));
        out.put("drift", drift(sources.drift(s, budgets.lines(id))));
        return out;
    }

    @PostMapping("/source-fill")
    Map<String, Object> fill(@PathVariable long id, Locale locale) {
        LineSources.FillResult r = sources.fill(id);
        Map<String, Object> out = EstimateJson.budget(r.budget(), budgets.lines(id));
        out.put("added", r.added());
        out.put("updated", r.updated());
        out.put("removed", r.removed());
        out.put("overridesKept", r.overridesKept());
        out.put("gaps", gaps(r.gaps(), locale));
        return out;
    }

    record OverrideRequest(String value, String reason) { }

    @PostMapping("/lines/{lineId}/override")
    Map<String, Object> override(@PathVariable long id, @PathVariable long lineId,
                                 @RequestBody(required = false) OverrideRequest r) {
        Budgets.Budget b = sources.override(id, lineId, r == null ? null : r.value(), r == null ? null : r.reason());
        return EstimateJson.budget(b, budgets.lines(id));
    }

    @DeleteMapping("/lines/{lineId}/override")
    Map<String, Object> clearOverride(@PathVariable long id, @PathVariable long lineId) {
        return EstimateJson.budget(sources.clearOverride(id, lineId), budgets.lines(id));
    }

    private List<Map<String, Object>> gaps(List<LineSources.Gap> gaps, Locale locale) {
        return gaps.stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", g.key());
            m.put("source", g.source());
            m.put("message", messages.getMessage(g.messageKey(), g.args().stream().map(String::valueOf).toArray(), locale));
            return m;
        }).toList();
    }

    static List<Map<String, Object>> drift(List<LineSources.Drift> drift) {
        return drift.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.key());
            m.put("lineId", d.lineId());
            m.put("change", d.change());
            m.put("filled", d.filled() == null ? null : d.filled().stripTrailingZeros().toPlainString());
            m.put("now", d.now() == null ? null : d.now().stripTrailingZeros().toPlainString());
            return m;
        }).toList();
    }
}
