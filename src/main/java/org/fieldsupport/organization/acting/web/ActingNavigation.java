package org.fieldsupport.organization.acting.web;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The acting arrangements screen in the department menu; 5.2.c in coverage. */
@Component
class ActingNavigation implements NavigationContributor, AttributionFeatureContributor {

    private static final String TEST = "org.fieldsupport.organization.acting.ActingArrangementsTests";

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.DEPARTMENT, "org.nav.acting", "/organization/acting-arrangements", null, 39));
    }

    /** 5.2.c: the ASG replaces the USG in his absence — officers-in-charge who pass the delegation check for the holder. */
    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("5.2.c", "org.nav.acting", "/organization/acting-arrangements",
                        ServedAttribution.Kind.SCREEN, TEST),
                new ServedAttribution("5.2.c", "org.feature.acting-api", "/api/v1/organization/acting-arrangements",
                        ServedAttribution.Kind.API, TEST));
    }
}
