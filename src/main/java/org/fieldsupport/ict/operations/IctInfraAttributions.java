package org.fieldsupport.ict.operations;

import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.API;
import static org.fieldsupport.organization.AttributionFeatureContributor.ServedAttribution.Kind.SCREEN;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/**
 * The bulletin's ICT attributions served by infrastructure, continuity, projects, standards, security and budget
 * review (9.2.a, b, d, e, f, g; 9.3.b, c, d; 9.4.e, f), each with the screen or API and the test that proves it.
 */
@Component
class IctInfraAttributions implements AttributionFeatureContributor {

    static final String T = "org.fieldsupport.ict.infra.";

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                new ServedAttribution("9.2.a", "ictinfra.feature.standards", "/ict/standards", SCREEN, T + "StandardsTests"),
                new ServedAttribution("9.2.a", "ictinfra.feature.standardsApi", "/api/v1/ict/standards", API, T + "StandardsTests"),
                new ServedAttribution("9.2.b", "ictinfra.feature.improvements", "/ict/infrastructure/sites/{id}", SCREEN, T + "InfrastructureTests"),
                new ServedAttribution("9.2.b", "ictinfra.feature.improvementsApi", "/api/v1/ict/projects", API, T + "ProjectsTests"),
                new ServedAttribution("9.2.d", "ictinfra.feature.portfolio", "/ict/projects", SCREEN, T + "ProjectsTests"),
                new ServedAttribution("9.2.d", "ictinfra.feature.roadmap", "/ict/projects/roadmap", SCREEN, T + "ProjectsTests"),
                new ServedAttribution("9.2.d", "ictinfra.feature.gatesApi", "/api/v1/ict/projects/{id}/gate", API, T + "ProjectsTests"),
                new ServedAttribution("9.2.e", "ictinfra.feature.plans", "/ict/continuity", SCREEN, T + "ContinuityTests"),
                new ServedAttribution("9.2.e", "ictinfra.feature.exercises", "/ict/continuity/exercises", SCREEN, T + "ContinuityTests"),
                new ServedAttribution("9.2.e", "ictinfra.feature.plansApi", "/api/v1/ict/continuity/plans", API, T + "ContinuityTests"),
                new ServedAttribution("9.2.f", "ictinfra.feature.budgetReview", "/ict/budget-review", SCREEN, T + "BudgetReviewTests"),
                new ServedAttribution("9.2.f", "ictinfra.feature.budgetReviewApi", "/api/v1/ict/budget-review/lines", API, T + "BudgetReviewTests"),
                new ServedAttribution("9.2.g", "ictinfra.feature.sites", "/ict/infrastructure", SCREEN, T + "InfrastructureTests"),
                new ServedAttribution("9.2.g", "ictinfra.feature.directionApi", "/api/v1/ict/sites/{id}/direction", API, T + "InfrastructureTests"),
                new ServedAttribution("9.3.b", "ictinfra.feature.c4", "/ict/infrastructure/c4", SCREEN, T + "InfrastructureTests"),
                new ServedAttribution("9.3.b", "ictinfra.feature.c4Api", "/api/v1/ict/c4-support", API, T + "InfrastructureTests"),
                new ServedAttribution("9.3.c", "ictinfra.feature.links", "/ict/infrastructure/links", SCREEN, T + "InfrastructureTests"),
                new ServedAttribution("9.3.c", "ictinfra.feature.linksApi", "/api/v1/ict/links", API, T + "InfrastructureTests"),
                new ServedAttribution("9.3.d", "ictinfra.feature.availability", "/ict/infrastructure/links/{id}", SCREEN, T + "InfrastructureTests"),
                new ServedAttribution("9.3.d", "ictinfra.feature.availabilityApi", "/api/v1/ict/links/{id}/availability", API, T + "InfrastructureTests"),
                new ServedAttribution("9.4.e", "ictinfra.feature.incidents", "/ict/security", SCREEN, T + "SecurityTests"),
                new ServedAttribution("9.4.e", "ictinfra.feature.incidentsApi", "/api/v1/ict/security/incidents", API, T + "SecurityTests"),
                new ServedAttribution("9.4.e", "ictinfra.feature.vulnerabilities", "/ict/security/vulnerabilities", SCREEN, T + "SecurityTests"),
                new ServedAttribution("9.4.e", "ictinfra.feature.phishing", "/ict/security/phishing", SCREEN, T + "SecurityTests"),
                new ServedAttribution("9.4.f", "ictinfra.feature.compliance", "/ict/standards/compliance", SCREEN, T + "StandardsTests"),
                new ServedAttribution("9.4.f", "ictinfra.feature.exceptionsApi", "/api/v1/ict/standards/exceptions", API, T + "StandardsTests"));
    }
}
