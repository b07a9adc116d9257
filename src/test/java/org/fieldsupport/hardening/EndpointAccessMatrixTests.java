package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;

/**
 * Issue 9, the general test of access: every handler mapping of the application (API and screens, read from the
 * {@link RequestMappingHandlerMapping}s, never a hand list) is called by every demo identity of {@link Who} and an
 * anonymous caller, and {@link #TABLE} says who may get an answer:
 * <ul>
 *   <li>every mapping must match a row of {@link #TABLE} (first match wins), so a new endpoint fails this test until
 *   its row says who may call it;</li>
 *   <li>a GET answered 2xx to an identity its row does not allow fails (a leak, or a wrong row);</li>
 *   <li>a write (POST/PUT/PATCH/DELETE) is sent, with an empty body, only by identities its row refuses: any 2xx
 *   fails (writes by allowed identities are the modules' own tests' business, so this test changes no data);</li>
 *   <li>any 5xx for anyone fails (a client's mistake is never a server error).</li>
 * </ul>
 * Path variables take sample values from demo data: {@code /api/v1/x/{id}} takes the first element of the list at
 * {@code /api/v1/x} (as admin), a screen {@code /x/{id}} the first of {@code /api/v1/x}, or a value from
 * {@link DemoPaths#SAMPLES}; otherwise {@code 1}. The observed matrix is written to {@code target/endpoint-matrix.txt}.
 */
@IntegrationTest
class EndpointAccessMatrixTests {

    /** The identities that call every endpoint. */
    enum Who {
        ANONYMOUS(null), ADMIN("admin"), AUDITOR("auditor"), MEMBER_STATE("portal.bgd"), MISSION("mission.coe.minusca"),
        HR("hr.minusca"), NO_ROLE("staff.demo");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** One row: the mappings whose pattern matches {@code pattern} (Ant style) may answer 2xx to {@code allowed}. */
    record Row(String pattern, Set<Who> allowed, String why) { }

    static Row row(String pattern, String why, Who... allowed) {
        return new Row(pattern, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(allowed[0], allowed), why);
    }

    static final Who[] ANYONE = Who.values();
    static final Who[] SIGNED_IN = {Who.ADMIN, Who.AUDITOR, Who.MEMBER_STATE, Who.MISSION, Who.HR, Who.NO_ROLE};
    static final Who[] ADMIN_ONLY = {Who.ADMIN};

    /**
     * Who may call what: first matching row wins, so list specific patterns before general ones. Add a row for every
     * new endpoint (or let an existing module row cover it) and say in {@code why} what grants it.
     */
    static final List<Row> TABLE = List.of(
            row("/login", "the sign-in page", ANYONE),
            row("/error", "the error page", ANYONE),
            row("/", "home of a signed-in user", SIGNED_IN),
            row("/v3/api-docs/**", "the OpenAPI document (not called here: OpenApiDocumentTests)", ANYONE),
            row("/v3/api-docs*", "the OpenAPI document (not called here: OpenApiDocumentTests)", ANYONE),
            row("/swagger-ui/**", "the API explorer (not called here)", ANYONE),
            row("/api/v1/test/**", "the test suite's own controllers (src/test)", SIGNED_IN),
            row("/careers/**", "the public careers site: openings, field-career pages, applicant registration (no staff account)", ANYONE),
            row("/careers", "the public careers site", ANYONE),
            row("GET /api/v1/careers/openings/**", "published openings, public", ANYONE),
            row("GET /api/v1/careers/openings", "published openings, public", ANYONE),
            row("GET /api/v1/careers/field-pages/**", "field-career information pages, public", ANYONE),
            row("GET /api/v1/careers/field-pages", "field-career information pages, public", ANYONE),
            row("/api/v1/personnel/careers/plans/**", "a staff member's own career plans (or a career adviser's mission): filtered to the caller", SIGNED_IN),
            row("/api/v1/personnel/careers/plans", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/personnel/careers/plans/**", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/personnel/careers/plans", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/api/v1/ict/budget-review/template.csv", "the blank import template (column headings only)", SIGNED_IN),
            row("/claims/portal/home-card", "the Member State home card: empty for anyone who is not a Member State user", SIGNED_IN),
            row("/claims/portal/shortfall-cases", "a Member State's own shortfall cases", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/portal/working-group", "a Member State's own Working Group proposals", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/shortfall-cases", "filtered: a Member State sees its own cases only (no consultations)", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/shortfall-cases/**", "a Member State opens its own case only, without the consultations (another state's: 403, ShortfallCaseApiTests)", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/working-group/**", "sessions are public to delegates; proposals filtered to the delegate's state", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/working-group", "sessions are public to delegates; proposals filtered to the delegate's state", Who.ADMIN, Who.MEMBER_STATE),
            // screens whose form re-renders with its errors before the permission check: nothing is written, but the
            // refusal should come first (to tighten in the modules)
            row("POST /claims/verification-reports", "form re-rendered before the permission check", SIGNED_IN),
            row("POST /geospatial/features", "form re-rendered before the permission check", SIGNED_IN),
            // endpoints wider than their module's default (each checked in its module's tests for what it shows)
            row("/account/password", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/account/profile", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/account/tokens", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/budgets", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/budgets/expenditure-imports/template", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/frameworks", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/legislative-questions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/liquidations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/redeployments", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/budget/support-visits", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/claims/contingents", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/claims/death-disability", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/claims/reports/coe-summary", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/coe-summary.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/coe-summary.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/conduct/cases", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/conduct/referrals/overdue", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/conduct/reviews", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/conduct/statistics", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/conduct/taxonomy", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/notices", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/notices/preference", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/acting-arrangements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/acting-arrangements/{id}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/agreements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/agreements/{id}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/attributions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/coverage", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/coverage/modules", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/export", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/external-entities", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/missions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/missions/{code}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/missions/{code}/liquidation-checklist", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/positions/{code}", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR, Who.MISSION, Who.HR),
            row("/api/v1/organization/relations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/relations/register", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/relations/{id}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/teams", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/units", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/units/{code}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/units/{code}/reporting-chain", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/organization/units/{code}/subtree", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/engagements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/guidance", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/incidents", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/qa-reviews", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/recommendations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/recommendations/ageing", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/recommendations/follow-ups-due", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/recommendations/past-due", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/reports", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/risks", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/risks/heat-map", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/oversight/security-requirements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/personnel/guidance", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/personnel/staff/me", "observed 2026-12-05", Who.NO_ROLE),
            row("/api/v1/personnel/structure-templates", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/platform/me", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/procurement/advice", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/reference/countries", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/reference/currencies", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/reference/grades", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/reporting/figures", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/reporting/inputs/mine", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/api/v1/work-items", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/budget/budgets", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/budget/execution", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/budget/frameworks", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/budget/legislative", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/budget/liquidations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/calculator", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/cards/inspections", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/contingents", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/contingents/new", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/contingents/{contingentId}/inspections", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{contingentId}/inspections/new", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/contingents/{contingentId}/inspections/{inspectionId}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{contingentId}/strength-returns", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{id}/draft", "the draft's editor (issue 12.8): read like the contingent page", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{id}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/dnd", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/dnd/card", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/dnd/new", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/dnd/{id}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/missions", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/portal", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/portal/dnd/{id}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/portal/reports/{id}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/rates", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/reports", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/claims/reports/coe-summary", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/claims/reports/financial-status", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/claims/reports/shortfalls", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/claims/verification-reports", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/verification-reports/export.csv", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/verification-reports/export.xlsx", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/verification-reports/new", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/claims/verification-reports/{id}", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/conduct/cases", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/conduct/cases/card", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/conduct/cases/new", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/conduct/discipline", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/conduct/statistics", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/conduct/strategy", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/notices", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/acting-arrangements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/agreements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/agreements/{id}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/attributions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/cards/missions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/chart", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/chart.svg", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/coverage", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/missions", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/missions/{code}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/relations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/responsibility", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/shared", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/teams", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/transfer/export", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/units", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/organization/units/{code}", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/boards", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/engagements", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/guidance", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/recommendations", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/recommendations/{id}", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/oversight/reports", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/risks", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/oversight/security", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/personnel/guidance", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/personnel/me", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR, Who.MEMBER_STATE, Who.MISSION, Who.HR),
            row("/personnel/staff/new", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/personnel/structures", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/reference", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/reference/card", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/search", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/work", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/work/card", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            row("/work/count", "a list or page filtered to the caller's scope: every signed-in user gets 200 (observed 2026-12-05)", SIGNED_IN),
            // module defaults
            row("/access-denied/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/account/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/admin/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/audit/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/budget/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/claims/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/api/v1/conduct/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/engineering/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/frontoffice/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/geospatial/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/guidance/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/logistics/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/medical/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/movements/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/notices/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/api/v1/organization/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/oversight/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/personnel/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.HR),
            row("/api/v1/platform/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/api/v1/procurement/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/property/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/records/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/api/v1/reference/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/api/v1/reporting/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/search/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/api/v1/supply/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/api/v1/work-items/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/audit/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.AUDITOR),
            row("/budget/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/claims/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/conduct/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/engineering/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/frontoffice/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/geospatial/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/guidance/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/logistics/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/medical/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/movements/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/notices/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/organization/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/oversight/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/personnel/**", "module default (observed 2026-12-05)", Who.ADMIN, Who.HR),
            row("/procurement/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/profile/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/property/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/records/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/reference/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/reporting/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/search/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/supply/**", "module default (observed 2026-12-05)", Who.ADMIN),
            row("/work/**", "the signed-in user's own shell, account, inbox, notices, search, reference data", SIGNED_IN),
            row("/**", "not yet declared: an administrator only until a row says otherwise", ADMIN_ONLY));

    private static final Set<String> SKIP = Set.of("/logout");

    /**
     * Mappings that need a row but are not called: the OpenAPI document and its UI (every call rebuilds the whole
     * document, seconds each; OpenApiDocumentTests reads it), the error page (500 without an error to show) and the
     * test controller that fails on purpose.
     */
    private static final List<String> NOT_CALLED = List.of("/v3/api-docs/**", "/v3/api-docs*", "/swagger-ui/**",
            "/swagger-ui*", "/error", "/api/v1/test/problems/broken");

    /**
     * The identities that send writes (when refused): the outsiders. Allowed identities never send writes (this test
     * changes no data), and the staff roles' refusals of each other's writes are the modules' own tests' business.
     */
    private static final Set<Who> WRITERS = EnumSet.of(Who.ANONYMOUS, Who.NO_ROLE, Who.MEMBER_STATE, Who.AUDITOR);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;


    @Test
    void every_endpoint_answers_each_identity_as_the_table_says() throws Exception {
        long started = System.nanoTime();
        List<DemoPaths.Endpoint> endpoints = DemoPaths.endpoints(context).stream()
                .filter(e -> !SKIP.contains(e.pattern())).toList();
        DemoPaths paths = new DemoPaths(mvc);
        assertThat(endpoints.size()).isGreaterThan(300);
        AntPathMatcher ant = new AntPathMatcher();
        List<String> undeclared = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> observed = new TreeMap<>();
        int placeholders = 0;
        int calls = 0;
        for (DemoPaths.Endpoint e : endpoints) {
            Row row = TABLE.stream().filter(r -> matches(ant, r, e)).findFirst().orElse(null);
            if (row == null) {
                undeclared.add(e.method() + " " + e.pattern() + " (" + e.handler() + ")");
                continue;
            }
            if (NOT_CALLED.stream().anyMatch(p -> ant.match(p, e.pattern()))) {
                continue;
            }
            DemoPaths.Resolved resolved = paths.resolve(e.pattern());
            if (resolved.placeholder()) {
                placeholders++;
            }
            boolean read = e.method() == HttpMethod.GET;
            StringBuilder line = new StringBuilder();
            for (Who who : Who.values()) {
                boolean allowed = row.allowed().contains(who);
                if (!read && (allowed || !WRITERS.contains(who))) {
                    continue; // writes are sent only by refused outsiders: this test changes no data
                }
                int status;
                try {
                    status = call(who, e.method(), resolved.path()).getStatus();
                } catch (Exception thrown) {
                    status = 599; // the exception escaped the application's handling: a server error
                    failures.add(e.method() + " " + resolved.path() + " as " + who.name() + ": " + thrown);
                }
                calls++;
                line.append(' ').append(who.name()).append('=').append(status);
                String where = e.method() + " " + resolved.path() + " [" + e.pattern() + ", " + e.handler() + "] as "
                        + who.name() + (who.username == null ? "" : " (" + who.username + ")") + " → " + status;
                if (status >= 500) {
                    failures.add(where + ": a server error");
                } else if (status >= 200 && status < 300 && !allowed) {
                    failures.add(where + ": answered although row \"" + row.pattern() + "\" (" + row.why()
                            + ") allows only " + row.allowed() + ". Fix the endpoint's access check, or add " + who.name()
                            + " to that row (or a more specific row before it) if it is meant to see this.");
                }
            }
            if (observed.size() % 100 == 0) {
                System.out.printf("Endpoint matrix: %d endpoints, %d calls, %.1f s%n", observed.size(), calls,
                        (System.nanoTime() - started) / 1e9);
            }
            observed.put(e.pattern() + " " + e.method(), line.toString().strip()
                    + (resolved.placeholder() ? " (placeholder " + resolved.path() + ")" : ""));
        }
        writeMatrix(observed);
        System.out.printf("Endpoint matrix: %d endpoints, %d calls, %d with placeholder variables, %.1f s%n",
                endpoints.size(), calls, placeholders, (System.nanoTime() - started) / 1e9);
        assertThat(undeclared)
                .as("Endpoints without a row in EndpointAccessMatrixTests.TABLE. Add a row before the catch-all, e.g.%n"
                        + "    row(\"/api/v1/<module>/<resource>/**\", \"<permission that grants it>\", Who.ADMIN, Who.HR),%n"
                        + "listing the identities that may get a 2xx answer (any other must get 401/403/404).")
                .isEmpty();
        assertThat(failures).isEmpty();
    }

    /** A row's pattern, optionally preceded by a method ({@code "POST /x"}), matches the endpoint. */
    private static boolean matches(AntPathMatcher ant, Row row, DemoPaths.Endpoint e) {
        String pattern = row.pattern();
        int space = pattern.indexOf(' ');
        if (space > 0) {
            if (!pattern.substring(0, space).equals(e.method().name())) {
                return false;
            }
            pattern = pattern.substring(space + 1);
        }
        return ant.match(pattern, e.pattern());
    }

    private MockHttpServletResponse call(Who who, HttpMethod method, String path) throws Exception {
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/");
        MockHttpServletRequestBuilder builder = request(method, path)
                .accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (who.username != null) {
            builder = builder.with(user(who.username));
        }
        if (method != HttpMethod.GET) {
            builder = builder.with(csrf());
            if (api) {
                builder = builder.contentType(MediaType.APPLICATION_JSON);
            }
        }
        return mvc.perform(builder).andReturn().getResponse();
    }

    private static void writeMatrix(Map<String, String> observed) throws Exception {
        StringBuilder out = new StringBuilder("# endpoint × identity: HTTP status (writes only for refused identities)\n");
        observed.forEach((k, v) -> out.append(k).append(" | ").append(v).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "endpoint-matrix.txt"), out.toString());
    }
}
