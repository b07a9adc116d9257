package org.fieldsupport.ict.shared.internal;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which attributions the ICT catalogue, service desk, integration catalogue and training plans serve (each with its test). */
@Component
class IctAttributions implements AttributionFeatureContributor {

    private static final String CATALOGUE_T = "org.fieldsupport.ict.catalogue.CatalogueApiTests";
    private static final String DESK_T = "org.fieldsupport.ict.desk.web.DeskApiTests";
    private static final String INTEGRATION_T = "org.fieldsupport.ict.integration.IntegrationApiTests";
    private static final String TRAINING_T = "org.fieldsupport.ict.training.TrainingPlansApiTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> s = new ArrayList<>();
        // 2.1.g ICT services to missions; 9.2.c enterprise applications; 9.4.a mission-specific systems: the catalogue
        for (String a : List.of("2.1.g", "9.2.c", "9.4.a")) {
            s.add(new ServedAttribution(a, "ict.feature.catalogue", "/ict/services", ServedAttribution.Kind.SCREEN, CATALOGUE_T));
            s.add(new ServedAttribution(a, "ict.feature.catalogue", "/api/v1/ict/services", ServedAttribution.Kind.API, CATALOGUE_T));
        }
        // 9.3.a ICT support to missions: the missions' service desks with SLA clocks and the service-level report
        s.add(new ServedAttribution("9.3.a", "ict.feature.desk", "/ict/desk", ServedAttribution.Kind.SCREEN, DESK_T));
        s.add(new ServedAttribution("9.3.a", "ict.feature.desk", "/api/v1/ict/desk/tickets", ServedAttribution.Kind.API, DESK_T));
        s.add(new ServedAttribution("9.3.a", "ict.feature.serviceLevels", "/ict/desk/service-levels", ServedAttribution.Kind.SCREEN, DESK_T));
        s.add(new ServedAttribution("9.3.a", "ict.feature.serviceLevels", "/api/v1/ict/desk/service-levels", ServedAttribution.Kind.API, DESK_T));
        // 9.4.a support of mission systems: tickets per service and mission
        s.add(new ServedAttribution("9.4.a", "ict.feature.desk", "/ict/desk", ServedAttribution.Kind.SCREEN, DESK_T));
        // 9.4.b IT solutions proposed with users: requests and changes raised by missions, approved by ICTD
        s.add(new ServedAttribution("9.4.b", "ict.feature.changes", "/ict/desk/changes", ServedAttribution.Kind.SCREEN, DESK_T));
        s.add(new ServedAttribution("9.4.b", "ict.feature.changes", "/api/v1/ict/desk/changes", ServedAttribution.Kind.API, DESK_T));
        // 9.4.c transition from mission systems to enterprise systems: successors in the catalogue, interfaces' status
        s.add(new ServedAttribution("9.4.c", "ict.feature.transitions", "/ict/services", ServedAttribution.Kind.SCREEN, CATALOGUE_T));
        s.add(new ServedAttribution("9.4.c", "ict.feature.transitions", "/api/v1/ict/services/transitions", ServedAttribution.Kind.API, CATALOGUE_T));
        s.add(new ServedAttribution("9.4.c", "ict.feature.integration", "/ict/integration", ServedAttribution.Kind.SCREEN, INTEGRATION_T));
        // 9.4.d systems integration: the integration catalogue and this platform's generated interfaces
        s.add(new ServedAttribution("9.4.d", "ict.feature.integration", "/ict/integration", ServedAttribution.Kind.SCREEN, INTEGRATION_T));
        s.add(new ServedAttribution("9.4.d", "ict.feature.integration", "/ict/integration/platform", ServedAttribution.Kind.SCREEN, INTEGRATION_T));
        s.add(new ServedAttribution("9.4.d", "ict.feature.integration", "/api/v1/ict/integration/interfaces", ServedAttribution.Kind.API, INTEGRATION_T));
        s.add(new ServedAttribution("9.4.d", "ict.feature.integration", "/api/v1/ict/integration/platform", ServedAttribution.Kind.API, INTEGRATION_T));
        // 9.3.e training of missions' ICT specialists
        s.add(new ServedAttribution("9.3.e", "ict.feature.training", "/ict/training", ServedAttribution.Kind.SCREEN, TRAINING_T));
        s.add(new ServedAttribution("9.3.e", "ict.feature.training", "/api/v1/ict/training/plans", ServedAttribution.Kind.API, TRAINING_T));
        return s;
    }
}
