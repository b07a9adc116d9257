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
@RestController
@RequestMapping("/api/v1/budget")
class BudgetApi {

    private final Budgets budgets;
    private final BudgetAccess access;

    BudgetApi(Budgets budgets, BudgetAccess access) {
        this.budgets = budgets;
        this.access = access;
    }

    @PostMapping("/cost-estimates")
    Map<String, Object> estimate(@RequestBody EstimateJson.EstimateRequest request) {
        requireSomeBudgetRole();
        FieldErrors errors = new FieldErrors();
        List<CostEstimator.Line> lines = CostEstimator.parse(request.raw(), "lines", errors);
        errors.throwIfAny();
        return EstimateJson.estimate(CostEstimator.estimate(lines));
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

    @PostMapping("/budgets/{id}/lines")
    Map<String, Object> addLines(@PathVariable long id, @RequestBody EstimateJson.EstimateRequest request) {
        Budgets.Budget b = budgets.addLines(id, request.raw(), request.descriptions());
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
