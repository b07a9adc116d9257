package org.fieldsupport.guidance.library.web;

import static org.fieldsupport.guidance.library.internal.GuidanceAccess.*;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Guidance and training screens in the department area; a card for each. */
@Component
class GuidanceNavigation implements NavigationContributor, DashboardCardContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.guidance.policies", "/guidance/policies", POLICIES_READ, 200),
                new NavigationItem(Areas.DEPARTMENT, "nav.guidance.notAcknowledged", "/guidance/policies/not-acknowledged",
                        POLICIES_READ, 201),
                new NavigationItem(Areas.DEPARTMENT, "nav.guidance.training", "/guidance/training", TRAINING_READ, 210),
                new NavigationItem(Areas.DEPARTMENT, "nav.guidance.completion", "/guidance/training/completion",
                        TRAINING_READ, 211));
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(
                new DashboardCard("guidance-policies", "guidance.card.policies", "/guidance/cards/policies", POLICIES_READ, 200),
                new DashboardCard("guidance-training", "guidance.card.training", "/guidance/cards/training", TRAINING_READ, 210));
    }
}
