package org.fieldsupport.organization.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Menu entries of the teams, relations and agreements, and the attributions they make WORKING. */
@Component
class CooperationNavigation implements NavigationContributor, AttributionFeatureContributor {

    private static final String TEAMS_TEST = "org.fieldsupport.organization.cooperation.TeamsTests";
    private static final String RELATIONS_TEST = "org.fieldsupport.organization.cooperation.RelationsTests";
    private static final String AGREEMENTS_TEST = "org.fieldsupport.organization.cooperation.AgreementsTests";

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "org.nav.teams", "/organization/teams", null, 36),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.relations", "/organization/relations", null, 37),
                new NavigationItem(Areas.DEPARTMENT, "org.nav.agreements", "/organization/agreements", null, 38));
    }

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> served = new ArrayList<>();
        // 2.4.f: integrated operational teams staffed with the support divisions' specialists, missions assigned
        both(served, "2.4.f", "org.nav.teams", "/organization/teams", "org.feature.teams-api",
                "/api/v1/organization/teams", TEAMS_TEST);
        // 2.4.a, 2.4.b (instruction lines by mission type, shown on each mission), 2.4.d (dual reporting),
        // 2.4.h (shared units): the relations, editable and effective-dated
        for (String id : List.of("2.4.a", "2.4.b", "2.4.d", "2.4.h")) {
            both(served, id, "org.nav.relations", "/organization/relations", "org.feature.relations-api",
                    "/api/v1/organization/relations", RELATIONS_TEST);
        }
        // 2.4.c (joint decision-making bodies), 2.4.e (support arrangements with DPA): the agreement register
        for (String id : List.of("2.4.c", "2.4.e")) {
            both(served, id, "org.nav.agreements", "/organization/agreements", "org.feature.agreements-api",
                    "/api/v1/organization/agreements", AGREEMENTS_TEST);
        }
        return served;
    }

    private static void both(List<ServedAttribution> served, String id, String screenKey, String screen, String apiKey,
                             String api, String test) {
        served.add(new ServedAttribution(id, screenKey, screen, ServedAttribution.Kind.SCREEN, test));
        served.add(new ServedAttribution(id, apiKey, api, ServedAttribution.Kind.API, test));
    }
}
