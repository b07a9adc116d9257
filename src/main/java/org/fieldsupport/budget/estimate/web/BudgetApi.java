package org.fieldsupport.budget.estimate.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cost estimates ({@code POST /api/v1/budget/cost-estimates}, nothing stored) and budget proposals with their
 * lines and their way to the Controller ({@code /api/v1/budget/budgets}).
 */
@RestController("budgetApi")
@RequestMapping("/api/v1/budget")
class BudgetApi {

    private final Budgets budgets;
    private final BudgetAccess access;
    private final org.springframework.context.MessageSource messages;
    private final org.fieldsupport.budget.estimate.internal.BudgetDocument document;
    private final org.fieldsupport.budget.estimate.internal.CostParameters parameters;

    BudgetApi(Budgets budgets, BudgetAccess access, org.springframework.context.MessageSource messages,
              org.fieldsupport.budget.estimate.internal.BudgetDocument document,
              org.fieldsupport.budget.estimate.internal.CostParameters parameters) {
        this.budgets = budgets;
        this.access = access;
        this.messages = messages;
        this.document = document;
        this.parameters = parameters;
    }

    /**
     * The budget proposal document in the reader's language: {@code format=pdf} or {@code xlsx} (default) give the
     * standard tables (resource requirements by group and class against the previous period, incumbency and vacancy,
     * COE major equipment and self-sustainment, variances with the explanation rule); {@code csv} the resource table
     * as one flat table. Any other format is a 400 naming {@code format}.
     */
    @GetMapping("/budgets/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id,
                                    @org.springframework.web.bind.annotation.RequestParam(defaultValue = "xlsx") String format,
                                    java.util.Locale locale) {
        if (!List.of("pdf", "xlsx", "csv").contains(format.toLowerCase(java.util.Locale.ROOT))) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("format", "OneOf", "budget.document.format", format);
        }
        if (!"csv".equalsIgnoreCase(format)) {
            var content = document.content(id, locale);
            var rendered = "pdf".equalsIgnoreCase(format) ? document.pdf(content) : document.xlsx(content);
            return ResponseEntity.ok()
                    .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + rendered.fileName())
                    .contentType(org.springframework.http.MediaType.parseMediaType(rendered.contentType()))
                    .body(rendered.body());
        }
        Budgets.Budget b = budgets.get(id);
        String cGroup = messages.getMessage("budget.common.group", null, locale);
        String cClass = messages.getMessage("budget.common.class", null, locale);
        String cDesc = messages.getMessage("budget.common.description", null, locale);
        String cAmount = messages.getMessage("budget.common.amount", null, locale) + " (USD)";
        List<String> columns = List.of(cGroup, cClass, cDesc, cAmount);
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        var totals = budgets.groupTotals(id);
        var lines = budgets.lines(id);
        for (org.fieldsupport.budget.estimate.domain.CostGroup g : org.fieldsupport.budget.estimate.domain.CostGroup.values()) {
            String groupLabel = messages.getMessage("budget.group." + g.name(), null, locale);
            for (Budgets.EstimateLine l : lines) {
                if (l.group() == g) {
                    rows.add(Map.of(cGroup, groupLabel, cClass, messages.getMessage(l.cls().labelKey(), null, locale),
                            cDesc, l.description() == null ? "" : l.description(), cAmount, l.amount().toPlainString()));
                }
            }
            rows.add(Map.of(cGroup, groupLabel, cClass, "", cDesc, "", cAmount, totals.get(g).toPlainString()));
        }
        rows.add(Map.of(cGroup, messages.getMessage("budget.common.total", null, locale), cClass, "", cDesc, "",
                cAmount, b.total().toPlainString()));
        boolean xlsx = !"csv".equalsIgnoreCase(format);
        byte[] body = xlsx ? org.fieldsupport.platform.api.TabularFile.xlsx(b.reference(), columns, rows)
                : org.fieldsupport.platform.api.TabularFile.csv(columns, rows);
        return ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=" + b.reference() + (xlsx ? ".xlsx" : ".csv"))
                .contentType(org.springframework.http.MediaType.parseMediaType(xlsx
                        ? org.fieldsupport.platform.api.TabularFile.XLSX_CONTENT_TYPE : "text/csv;charset=UTF-8"))
                .body(body);
    }

    @PostMapping("/cost-estimates")
    Map<String, Object> estimate(@RequestBody EstimateJson.EstimateRequest request) {
        requireSomeBudgetRole();
        FieldErrors errors = new FieldErrors();
        List<CostEstimator.Line> lines = CostEstimator.parse(request.raw(), "lines", errors);
        errors.throwIfAny();
        return EstimateJson.estimate(CostEstimator.estimate(lines));
    }

    /** The proposal's variances against the previous period with the explanation rule and the explanations. */
    @GetMapping("/budgets/{id}/proposal-variances")
    Map<String, Object> proposalVariances(@PathVariable long id, java.util.Locale locale) {
        var content = document.content(id, locale);
        Map<String, String> explanations = document.explanations(id);
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (var p : document.varianceFigures(id)) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("line", p.code());
            m.put("previous", org.fieldsupport.budget.estimate.domain.Money.text(p.previous()));
            m.put("proposed", org.fieldsupport.budget.estimate.domain.Money.text(p.proposed()));
            m.put("variance", org.fieldsupport.budget.estimate.domain.Money.text(p.variance()));
            m.put("variancePercent", p.percent() == null ? null
                    : p.percent().setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString());
            m.put("explanationRequired", p.required());
            m.put("explanation", explanations.get(p.code()));
            lines.add(m);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("ruleSet", org.fieldsupport.budget.estimate.domain.CostEstimator.RULE_SET);
        out.put("budget", content.budget().reference());
        out.put("lines", lines);
        out.put("missing", document.missingExplanations(id));
        return out;
    }

    record ExplanationRequest(String line, String explanation) { }

    /** Writes the explanation of a variance against the previous period (class code, I, II, III or TOTAL). */
    @PostMapping("/budgets/{id}/proposal-explanations")
    Map<String, Object> explain(@PathVariable long id, @RequestBody ExplanationRequest r, java.util.Locale locale) {
        document.explain(id, r.line(), r.explanation());
        return proposalVariances(id, locale);
    }

    record CreateRequest(String missionCode, Integer periodStart, String kind, String fund) { }

    @GetMapping("/budgets")
    List<Map<String, Object>> list() {
        return budgets.list().stream().map(b -> EstimateJson.budget(b, null)).toList();
    }

    @PostMapping("/budgets")
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest r) {
        Budgets.Budget b = budgets.create(r.missionCode(), r.periodStart(), r.kind(), r.fund());
        return ResponseEntity.created(URI.create("/api/v1/budget/budgets/" + b.id())).body(EstimateJson.budget(b, List.of()));
    }

    @GetMapping("/budgets/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return EstimateJson.budget(budgets.get(id), budgets.lines(id));
    }

    /**
     * Adds lines; a line may leave its rates empty and name a {@code grade} (and {@code dutyStation}, default the
     * mission): they are filled from the cost parameters in force on the period's start and, for contingents and
     * formed police units, claims' troop-cost rate.
     */
    @PostMapping("/budgets/{id}/lines")
    Map<String, Object> addLines(@PathVariable long id, @RequestBody EstimateJson.EstimateRequest request) {
        Budgets.Budget b = budgets.addLines(id, request.raw(), request.descriptions(), request.grades(),
                request.dutyStations());
        return EstimateJson.budget(b, budgets.lines(id));
    }

    @DeleteMapping("/budgets/{id}/lines/{lineId}")
    Map<String, Object> removeLine(@PathVariable long id, @PathVariable long lineId) {
        return EstimateJson.budget(budgets.removeLine(id, lineId), budgets.lines(id));
    }

    @PostMapping("/budgets/{id}/submit")
    Map<String, Object> submit(@PathVariable long id) {
        return EstimateJson.budget(budgets.submit(id), null);
    }

    @PostMapping("/budgets/{id}/review")
    Map<String, Object> review(@PathVariable long id) {
        return EstimateJson.budget(budgets.review(id), null);
    }

    @PostMapping("/budgets/{id}/send-to-controller")
    Map<String, Object> send(@PathVariable long id) {
        return EstimateJson.budget(budgets.sendToController(id), null);
    }

    @PostMapping("/budgets/{id}/return")
    Map<String, Object> returnToMission(@PathVariable long id) {
        return EstimateJson.budget(budgets.returnToMission(id), null);
    }

    private void requireSomeBudgetRole() {
        var missions = access.missions(BudgetPermissions.READ);
        if (missions != null && missions.isEmpty()) {
            throw new AccessDeniedException("no budget role");
        }
    }
}
