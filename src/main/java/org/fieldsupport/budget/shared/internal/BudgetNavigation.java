package org.fieldsupport.budget.shared.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Budget screens in the Field Budget and Finance Division's area. */
@Component
class BudgetNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.budgets", "/budget/budgets", BudgetPermissions.READ, 10),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.execution", "/budget/execution", BudgetPermissions.READ, 11),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.frameworks", "/budget/frameworks", BudgetPermissions.READ, 12),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.legislative", "/budget/legislative", BudgetPermissions.READ, 13),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.liquidations", "/budget/liquidations", BudgetPermissions.READ, 14),
                new NavigationItem(Areas.FIELD_BUDGET_FINANCE, "budget.nav.parameters", "/budget/cost-parameters", BudgetPermissions.READ, 15));
    }
}
