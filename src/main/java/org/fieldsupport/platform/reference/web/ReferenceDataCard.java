package org.fieldsupport.platform.reference.web;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.springframework.stereotype.Component;

/** A small dashboard card summarising the reference data (and an example of the card pattern). */
@Component
class ReferenceDataCard implements DashboardCardContributor {

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("reference", "reference.card.title", "/reference/card", null, 900));
    }
}
