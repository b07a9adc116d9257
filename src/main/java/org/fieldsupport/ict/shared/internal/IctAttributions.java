package org.fieldsupport.ict.shared.internal;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which attributions the ICT catalogue, service desk, integration catalogue and training plans serve (each with its test). */
@Component
class IctAttributions implements AttributionFeatureContributor {

    private static final String CATALOGUE_T = "org.fieldsupport.ict.catalogue.CatalogueApiTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> s = new ArrayList<>();
        // 2.1.g ICT services to missions; 9.2.c enterprise applications; 9.4.a mission-specific systems: the catalogue
        for (String a : List.of("2.1.g", "9.2.c", "9.4.a")) {
            s.add(new ServedAttribution(a, "ict.feature.catalogue", "/ict/services", ServedAttribution.Kind.SCREEN, CATALOGUE_T));
            s.add(new ServedAttribution(a, "ict.feature.catalogue", "/api/v1/ict/services", ServedAttribution.Kind.API, CATALOGUE_T));
        }
        return s;
    }
}
