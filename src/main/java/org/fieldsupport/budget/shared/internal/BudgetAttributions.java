package org.fieldsupport.budget.shared.internal;

import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.API;
import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.SCREEN;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** The bulletin's attributions the budget screens and APIs serve (2.1.d, 7.3.a–d), each with the test that proves it. */
@Component
class BudgetAttributions implements AttributionFeatureContributor {

    static final String T = "org.fieldsupport.budget.web.";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                // 2.1.d: proposals on resources presented to the Controller; appropriations followed
                new ServedAttribution("2.1.d", "budget.feature.budgets", "/budget/budgets", SCREEN, T + "BudgetScreensTests"),
                new ServedAttribution("2.1.d", "budget.feature.budgetsApi", "/api/v1/budget/budgets", API, T + "BudgetExecutionTests"),
                new ServedAttribution("2.1.d", "budget.feature.costEstimates", "/api/v1/budget/cost-estimates", API, T + "CostEstimateApiTests"),
                // 7.3.a: budget proposals, performance reports, RBB, support visits
                new ServedAttribution("7.3.a", "budget.feature.frameworks", "/budget/frameworks", SCREEN, T + "BudgetScreensTests"),
                new ServedAttribution("7.3.a", "budget.feature.frameworksApi", "/api/v1/budget/frameworks", API, T + "BudgetFollowUpTests"),
                new ServedAttribution("7.3.a", "budget.feature.performanceApi", "/api/v1/budget/variance-analysis", API, T + "CostEstimateApiTests"),
                new ServedAttribution("7.3.a", "budget.feature.visits", "/budget/legislative", SCREEN, T + "BudgetScreensTests"),
                // 7.3.a: personnel lines of a proposal from personnel's staffing table (II) and claims' MOUs (I)
                new ServedAttribution("7.3.a", "budget.feature.sources", "/budget/budgets/{id}", SCREEN, T + "BudgetLineSourcesTests"),
                new ServedAttribution("7.3.a", "budget.feature.sourcesApi", "/api/v1/budget/budgets/{id}/source-fill", API, T + "BudgetLineSourcesTests"),
                // 7.3.b: legislative bodies' questions against a budget, routed through the front office's tasking
                new ServedAttribution("7.3.b", "budget.feature.legislative", "/budget/legislative", SCREEN, T + "LegislativeRoutingTests"),
                new ServedAttribution("7.3.b", "budget.feature.legislativeApi", "/api/v1/budget/legislative-questions", API, T + "LegislativeRoutingTests"),
                // 7.3.c: allotments, redeployments, actual and projected expenditure
                new ServedAttribution("7.3.c", "budget.feature.execution", "/budget/execution", SCREEN, T + "BudgetScreensTests"),
                new ServedAttribution("7.3.c", "budget.feature.executionApi", "/api/v1/budget/redeployments", API, T + "BudgetExecutionTests"),
                // 7.3.d: liquidation budgets, disposal plans, final performance report
                new ServedAttribution("7.3.d", "budget.feature.liquidations", "/budget/liquidations", SCREEN, T + "BudgetScreensTests"),
                new ServedAttribution("7.3.d", "budget.feature.liquidationsApi", "/api/v1/budget/liquidations", API, T + "BudgetFollowUpTests"));
    }
}
