package org.fieldsupport.budget.performance.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.http.ResponseEntity;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.performance.domain.VarianceAnalysis;
import org.fieldsupport.budget.performance.internal.PerformanceReports;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Variance analysis ({@code POST /api/v1/budget/variance-analysis}, nothing stored) and budgets' performance reports. */
@RestController("budgetPerformanceApi")
@RequestMapping("/api/v1/budget")
class PerformanceApi {

    private final PerformanceReports reports;
    private final BudgetAccess access;

    private final RecordVersions versions;
    /** its version is kept in platform_record_version (V35_1); who wrote the explanation last is kept. */
    static final VersionedRow.Kind EXPLANATION = VersionedRow.of("bud_variance_explanation", null, "written_by",
            "written_at", "budget_id = ? AND line_code = ?");

    PerformanceApi(PerformanceReports reports, BudgetAccess access, RecordVersions versions) {
        this.versions = versions;
        this.reports = reports;
        this.access = access;
    }

    record LineRequest(@JsonProperty("class") String cls, String apportionment, String expenditure) { }

    record AnalysisRequest(List<LineRequest> lines) { }

    @PostMapping("/variance-analysis")
    Map<String, Object> analyse(@RequestBody AnalysisRequest request) {
        var missions = access.missions(BudgetPermissions.READ);
        if (missions != null && missions.isEmpty()) {
            throw new AccessDeniedException("no budget role");
        }
        FieldErrors errors = new FieldErrors();
        List<VarianceAnalysis.Input> inputs = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty()) {
            errors.add("lines", "NotEmpty", "budget.estimate.lines.empty");
        } else {
            for (int i = 0; i < request.lines().size(); i++) {
                LineRequest l = request.lines().get(i);
                String p = "lines[" + i + "].";
                if (l == null) {
                    errors.add("lines[" + i + "]", "NotNull", "budget.field.required");
                    continue;
                }
                ExpenditureClass c = ExpenditureClass.of(l.cls()).orElse(null);
                if (c == null) {
                    errors.add(p + "class", "UnknownClass", "budget.class.unknown", l.cls());
                }
                BigDecimal a = amount(l.apportionment(), p + "apportionment", errors, false);
                BigDecimal e = amount(l.expenditure(), p + "expenditure", errors, true);
                if (c != null && a != null && e != null) {
                    inputs.add(new VarianceAnalysis.Input(c, a, e));
                }
            }
        }
        errors.throwIfAny();
        VarianceAnalysis.Result r = VarianceAnalysis.analyse(inputs, reports.thresholds(LocalDate.now()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleSet", r.ruleSet());
        out.put("lines", r.lines().stream().map(l -> line(l.cls().name(), l.group().name(), l.figure(), null, false)).toList());
        Map<String, Object> groups = new LinkedHashMap<>();
        r.groups().forEach((g, f) -> groups.put(g.name(), figure(f)));
        out.put("groups", groups);
        out.put("total", figure(r.total()));
        return out;
    }

    @GetMapping("/budgets/{id}/performance")
    Map<String, Object> report(@PathVariable long id) {
        return json(reports.report(id));
    }

    record ExplanationRequest(String explanation) { }

    @PutMapping("/budgets/{id}/performance/explanations/{line}")
    ResponseEntity<Map<String, Object>> explain(@PathVariable long id, @PathVariable String line, @IfMatch Long version,
                                                @RequestBody ExplanationRequest r) {
        return versions.ok(versions.write(version, EXPLANATION.row(id, line), () -> json(reports.explain(id, line, r.explanation()))),
                EXPLANATION.row(id, line));
    }

    @PostMapping("/budgets/{id}/performance/submit")
    Map<String, Object> submit(@PathVariable long id) {
        return json(reports.submit(id));
    }

    static Map<String, Object> json(PerformanceReports.Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget", r.budget().reference());
        out.put("missionCode", r.budget().missionCode());
        out.put("period", r.budget().period());
        out.put("ruleSet", r.ruleSet());
        out.put("status", r.budget().performanceStatus());
        out.put("lines", r.lines().stream().map(l -> line(l.code(), l.group(), l.figure(), l.explanation(), true)).toList());
        Map<String, Object> groups = new LinkedHashMap<>();
        r.groups().forEach(g -> groups.put(g.code(), withExplanation(figure(g.figure()), g.explanation())));
        out.put("groups", groups);
        out.put("total", withExplanation(figure(r.total().figure()), r.total().explanation()));
        out.put("missingExplanations", r.missing());
        return out;
    }

    private static Map<String, Object> withExplanation(Map<String, Object> m, String explanation) {
        m.put("explanation", explanation);
        return m;
    }

    static Map<String, Object> line(String cls, String group, VarianceAnalysis.Figure f, String explanation,
                                    boolean withExplanation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", cls);
        m.put("group", group);
        m.putAll(figure(f));
        if (withExplanation) {
            m.put("explanation", explanation);
        }
        return m;
    }

    static Map<String, Object> figure(VarianceAnalysis.Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apportionment", Money.text(f.apportionment()));
        m.put("expenditure", Money.text(f.expenditure()));
        m.put("variance", Money.text(f.variance()));
        m.put("variancePercent", f.percentText());
        m.put("explanationRequired", f.explanationRequired());
        return m;
    }

    private static BigDecimal amount(String text, String field, FieldErrors errors, boolean negativeAllowed) {
        if (text == null || text.isBlank()) {
            errors.add(field, "NotNull", "budget.field.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text.trim());
            if (!negativeAllowed && d.signum() < 0) {
                errors.add(field, "PositiveOrZero", "budget.field.nonNegative");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(field, "Decimal", "budget.field.decimal", text);
            return null;
        }
    }
}
