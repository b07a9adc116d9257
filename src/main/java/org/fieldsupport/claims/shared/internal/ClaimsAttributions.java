package org.fieldsupport.claims.shared.internal;

import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which of the bulletin's attributions (7.5, 8.3.j–k, 8.7.f) the claims screens and APIs serve so far. */
@Component
class ClaimsAttributions implements AttributionFeatureContributor {

    @Override
    public List<ServedAttribution> servedAttributions() {
        return List.of(
                // 7.5.a / 8.3.j: MOU negotiation support — the what-if calculator
                new ServedAttribution("7.5.a", "claims.feature.calculator", "/claims/calculator", ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.calculator.web.WhatIfCalculatorTests"),
                new ServedAttribution("7.5.a", "claims.feature.calculationApi", "/api/v1/claims/calculations", ServedAttribution.Kind.API, "org.fieldsupport.claims.calculator.web.CalculationApiTests"),
                new ServedAttribution("8.3.j", "claims.feature.calculator", "/claims/calculator", ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.calculator.web.WhatIfCalculatorTests"),
                // 7.5.b: review verification reports and certify amounts payable
                new ServedAttribution("7.5.b", "claims.feature.reports", "/api/v1/claims/verification-reports",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests"),
                // 7.5.e: answer Member States on reimbursement (the calculator is open to them)
                new ServedAttribution("7.5.e", "claims.feature.calculationApi", "/api/v1/claims/calculations", ServedAttribution.Kind.API, "org.fieldsupport.claims.calculator.web.CalculationApiTests"),
                // 8.7.f: compliance with MOU obligations — verification reports computed from inspections
                new ServedAttribution("8.7.f", "claims.feature.reports", "/api/v1/claims/verification-reports",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests"),
                // 8.7.f: the shortfalls report — where contingents fall short of their MOU obligations
                new ServedAttribution("8.7.f", "claims.feature.shortfalls", "/claims/reports/shortfalls",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.analytics.internal.ClaimsReportsTests"),
                // 7.5.b: the verification report screens (review, certification, payments)
                new ServedAttribution("7.5.b", "claims.feature.reports", "/claims/verification-reports",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.report.web.VerificationReportScreenTests"),
                // 7.5.e: the Member State portal — status of what each State is owed, statements, claims
                new ServedAttribution("7.5.e", "claims.feature.portal", "/claims/portal",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.portal.web.MemberStatePortalTests"),
                new ServedAttribution("7.5.e", "claims.feature.portal", "/api/v1/claims/portal/{iso3}/summary",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.portal.web.MemberStatePortalTests"),
                // 8.3.j: the MOU register (Annex A/B/C, versions, amendments) negotiated with Member States
                new ServedAttribution("8.3.j", "claims.feature.mous", "/api/v1/claims/contingents",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.mou.web.ContingentApiTests"),
                // 7.5.c: COE requirements in mission budgets — estimates from the MOUs, allotments, obligations, expenditure
                new ServedAttribution("7.5.c", "claimsplanning.feature.budget", "/claims/budget-estimates",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.budgeting.web.BudgetEstimateApiTests"),
                new ServedAttribution("7.5.c", "claimsplanning.feature.budget", "/api/v1/claims/budget-estimates",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.budgeting.web.BudgetEstimateApiTests"),
                // 7.5.d: the COE Working Group, its report and the COE Manual feeding the rate tables
                new ServedAttribution("7.5.d", "claimsplanning.feature.workingGroup", "/claims/working-group",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.workinggroup.web.WorkingGroupApiTests"),
                new ServedAttribution("7.5.d", "claimsplanning.feature.workingGroup",
                        "/api/v1/claims/working-group/sessions", ServedAttribution.Kind.API,
                        "org.fieldsupport.claims.workinggroup.web.WorkingGroupApiTests"),
                // 8.3.k: logistics shortfall cases with the partners and the contributing country, to closure
                new ServedAttribution("8.3.k", "claimsplanning.feature.shortfalls", "/claims/shortfall-cases",
                        ServedAttribution.Kind.SCREEN, "org.fieldsupport.claims.shortfall.web.ShortfallCaseApiTests"),
                new ServedAttribution("8.3.k", "claimsplanning.feature.shortfalls", "/api/v1/claims/shortfall-cases",
                        ServedAttribution.Kind.API, "org.fieldsupport.claims.shortfall.web.ShortfallCaseApiTests"));
    }
}
