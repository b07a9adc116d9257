package org.fieldsupport.procurement.shared.internal;

import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.API;
import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.SCREEN;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** The bulletin's attributions the procurement screens and APIs serve (5.12.b–d, 8.3.c, 8.3.e, 8.7.c). */
@Component
class ProcurementAttributions implements AttributionFeatureContributor {

    static final String T = "org.fieldsupport.procurement.web.";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("5.12.b", "procurement.feature.procedures", "/procurement/procedures", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("5.12.b", "procurement.feature.proceduresApi", "/api/v1/procurement/procedures", API, T + "ProcurementRecordsTests"),
                new ServedAttribution("5.12.c", "procurement.feature.advice", "/procurement/procedures", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("5.12.c", "procurement.feature.adviceApi", "/api/v1/procurement/advice", API, T + "ProcurementRecordsTests"),
                new ServedAttribution("5.12.d", "procurement.feature.awards", "/procurement/awards", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("5.12.d", "procurement.feature.awardsApi", "/api/v1/procurement/awards", API, T + "ProcurementRecordsTests"),
                new ServedAttribution("8.3.c", "procurement.feature.plans", "/procurement/plans", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("8.3.c", "procurement.feature.plansApi", "/api/v1/procurement/plans", API, T + "ProcurementRecordsTests"),
                new ServedAttribution("8.3.e", "procurement.feature.contracts", "/procurement/contracts", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("8.3.e", "procurement.feature.contractsApi", "/api/v1/procurement/contracts", API, T + "CallOffApiTests"),
                new ServedAttribution("8.7.c", "procurement.feature.plans", "/procurement/plans", SCREEN, T + "ProcurementScreensTests"),
                new ServedAttribution("8.7.c", "procurement.feature.contractsApi", "/api/v1/procurement/contracts", API, T + "CallOffApiTests"));
    }
}
