package org.fieldsupport.budget.estimate.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.estimate.internal.Budgets;

/** Wire shapes of the cost-estimate API: money and rates as strings, counts as numbers or strings. */
final class EstimateJson {

    private EstimateJson() { }

    record LineRequest(@JsonProperty("class") String cls, String persons, String monthlyRate, String months,
                       String delayedDeploymentFactor, String posts, String standardAnnualCost, String vacancyRate,
                       String quantity, String unitCost, String description, String grade, String dutyStation) {

        CostEstimator.RawLine raw() {
            return new CostEstimator.RawLine(cls, persons, monthlyRate, months, delayedDeploymentFactor, posts,
                    standardAnnualCost, vacancyRate, quantity, unitCost);
        }
    }

    record EstimateRequest(List<LineRequest> lines) {
        List<CostEstimator.RawLine> raw() {
            return lines == null ? null : lines.stream().map(l -> l == null ? null : l.raw()).toList();
        }

        List<String> descriptions() {
            return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.description()).toList();
        }

        List<String> grades() {
            return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.grade()).toList();
        }

        List<String> dutyStations() {
            return lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.dutyStation()).toList();
        }
    }

    static Map<String, Object> estimate(CostEstimator.Estimate e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleSet", e.ruleSet());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (CostEstimator.LineAmount l : e.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", l.line().cls().name());
            m.put("group", l.group().name());
            m.put("amount", Money.text(l.amount()));
            lines.add(m);
        }
        out.put("lines", lines);
        Map<String, Object> groups = new LinkedHashMap<>();
        e.groups().forEach((g, a) -> groups.put(g.name(), Money.text(a)));
        out.put("groups", groups);
        out.put("total", Money.text(e.total()));
        return out;
    }

    static Map<String, Object> budget(Budgets.Budget b, List<Budgets.EstimateLine> lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", b.id());
        out.put("reference", b.reference());
        out.put("missionCode", b.missionCode());
        out.put("period", b.period());
        out.put("periodStart", b.periodStart().toString());
        out.put("kind", b.kind());
        out.put("fund", b.fund());
        out.put("status", b.status());
        out.put("ruleSet", b.ruleSet());
        out.put("total", Money.text(b.total()));
        out.put("submittedBy", b.submittedBy());
        out.put("reviewedBy", b.reviewedBy());
        out.put("sentBy", b.sentBy());
        if (lines != null) {
            List<Map<String, Object>> ls = new ArrayList<>();
            for (Budgets.EstimateLine l : lines) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", l.id());
                m.put("class", l.cls().name());
                m.put("group", l.group().name());
                m.put("description", l.description());
                m.put("count", l.count() == null ? null : l.count().stripTrailingZeros().toPlainString());
                m.put("months", l.months());
                m.put("amount", Money.text(l.amount()));
                if (l.source() == null) {
                    m.put("source", Map.of("kind", "MANUAL"));
                } else {
                    Budgets.LineSource s = l.source();
                    Map<String, Object> src = new LinkedHashMap<>();
                    src.put("kind", s.kind());
                    src.put("key", s.key());
                    src.put("ref", s.ref());
                    src.put("count", s.count() == null ? null : s.count().stripTrailingZeros().toPlainString());
                    src.put("vacant", s.vacant());
                    src.put("months", s.months());
                    src.put("asOf", s.asOf() == null ? null : s.asOf().toString());
                    src.put("ratesFrom", s.ratesRef());
                    src.put("overridden", s.overridden());
                    src.put("overrideReason", s.overrideReason());
                    src.put("overriddenBy", s.overriddenBy());
                    m.put("source", src);
                }
                ls.add(m);
            }
            out.put("lines", ls);
        }
        return out;
    }
}
