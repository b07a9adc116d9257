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
 *   <li>any 5xx for anyone fails (a client's mistake is never a server error);</li>
 *   <li>a refused write must be refused before its input is looked at: 400/409/412/422/428 to an identity the row
 *   refuses fails (an unauthorised caller gets 403 before any validation message; access review, session 3).</li>
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
    /** The Secretariat's staff identities: what a module's StaffOnlyPaths leaves open (never MEMBER_STATE, NO_ROLE). */
    static final Who[] STAFF = {Who.ADMIN, Who.AUDITOR, Who.MISSION, Who.HR};

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
            row("GET /api/v1/careers/leadership-calls/**", "senior leadership calls taking nominations, public (4.5.b self-nomination)", ANYONE),
            row("GET /api/v1/careers/leadership-calls", "senior leadership calls taking nominations, public", ANYONE),
            row("POST /api/v1/careers/leadership-calls/{id}/self-nominations", "a confirmed applicant account only (none of these identities): 403 before the body is read", new Who[0]),
            row("GET /api/v1/careers/self-nominations", "the caller's own self-nominations (empty for anyone else)", SIGNED_IN),
            row("/api/v1/personnel/careers/plans/**", "a staff member's own career plans (or a career adviser's mission): filtered to the caller", SIGNED_IN),
            row("/api/v1/personnel/careers/plans", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/personnel/careers/plans/**", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/personnel/careers/plans", "a staff member's own career plans: filtered to the caller", SIGNED_IN),
            row("/claims/portal/home-card", "the Member State home card: empty for anyone who is not a Member State user", SIGNED_IN),
            row("/claims/portal/shortfall-cases", "a Member State's own shortfall cases", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/portal/working-group", "a Member State's own Working Group proposals", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/portal/{iso3}/questions", "a Member State's own questions to the department (another state's: 403, PortalQuestionsTests)", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/shortfall-cases", "filtered: a Member State sees its own cases only (no consultations)", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/shortfall-cases/**", "a Member State opens its own case only, without the consultations (another state's: 403, ShortfallCaseApiTests)", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/working-group/**", "sessions are public to delegates; proposals filtered to the delegate's state", Who.ADMIN, Who.MEMBER_STATE),
            row("/claims/working-group", "sessions are public to delegates; proposals filtered to the delegate's state", Who.ADMIN, Who.MEMBER_STATE),
            // the two screens that re-rendered their form with validation errors before the permission check now refuse
            // first (403, access review s3): they fall under their module's default row
            // endpoints wider than their module's default (each checked in its module's tests for what it shows)
            row("/account/password", "reviewed 2026-12-05: the caller's own password", SIGNED_IN),
            row("/account/profile", "reviewed 2026-12-05: the caller's own profile", SIGNED_IN),
            row("/account/tokens", "reviewed 2026-12-05: the caller's own access tokens", SIGNED_IN),
            row("/api/v1/budget/budgets", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/budgets/expenditure-imports/template", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/frameworks", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/legislative-questions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/liquidations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/redeployments", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/budget/support-visits", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/claims/contingents", "reviewed 2026-12-05: filtered: a Member State sees its own contingents, claims staff their missions, anyone else an empty list (ClaimsAccess.contingentsVisible)", SIGNED_IN),
            row("/api/v1/claims/death-disability", "reviewed 2026-12-05: filtered: a Member State sees its own claims, D&D staff their missions, anyone else an empty list (ClaimsAccess.dndVisible)", SIGNED_IN),
            row("/api/v1/claims/reports/coe-summary", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/coe-summary.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/coe-summary.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/financial-status.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls.csv", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/claims/reports/shortfalls.xlsx", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/api/v1/conduct/cases", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/conduct/referrals/overdue", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/conduct/reviews", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/conduct/statistics", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/conduct/taxonomy", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/notices", "reviewed 2026-12-05: the caller's own notices", SIGNED_IN),
            row("/api/v1/notices/preference", "reviewed 2026-12-05: the caller's own notice preference", SIGNED_IN),
            row("/api/v1/organization/acting-arrangements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/acting-arrangements/{id}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/agreements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/agreements/{id}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/attributions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/coverage", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/coverage/modules", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/export", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/external-entities", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/missions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/missions/{code}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/missions/{code}/liquidation-checklist", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/conduct/subscription", "the caller's own subscription to new allegation notices (counts only): any signed-in user reads and leaves it; subscribing is refused (403) to who sees no conduct case", STAFF),
            row("/api/v1/organization/positions/{code}", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR, Who.MISSION, Who.HR),
            row("/api/v1/organization/relations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/relations/register", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/relations/{id}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/teams", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/units", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/units/{code}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/units/{code}/reporting-chain", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/organization/units/{code}/subtree", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/engagements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/guidance", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/incidents", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/qa-reviews", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/recommendations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/recommendations/ageing", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/recommendations/follow-ups-due", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/recommendations/past-due", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/reports", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/risks", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/risks/heat-map", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/oversight/security-requirements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/personnel/guidance", "reviewed 2026-12-05: published HR guidance (conditions of service, training) for every staff member, incl. staff without a role (HrDataTests)", SIGNED_IN),
            row("/api/v1/personnel/staff/me", "observed 2026-12-05", Who.NO_ROLE),
            row("/api/v1/personnel/structure-templates", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/platform/me", "reviewed 2026-12-05: the caller's own identity and roles", SIGNED_IN),
            row("/api/v1/procurement/advice", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/reference/countries", "reviewed 2026-12-05: public reference codes (ISO countries)", SIGNED_IN),
            row("/api/v1/reference/currencies", "reviewed 2026-12-05: public reference codes (ISO currencies)", SIGNED_IN),
            row("/api/v1/reference/grades", "reviewed 2026-12-05: public reference codes (UN grades)", SIGNED_IN),
            row("/api/v1/reporting/figures", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/api/v1/reporting/inputs/mine", "reviewed 2026-12-05: the caller's own input requests", SIGNED_IN),
            row("/api/v1/work-items", "reviewed 2026-12-05: work items assigned to the caller (or their roles in scope)", SIGNED_IN),
            row("/budget/budgets", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/budget/execution", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/budget/frameworks", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/budget/legislative", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/budget/liquidations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/claims/calculator", "reviewed 2026-12-05: the COE rates calculator: the rates are published (COE Manual)", SIGNED_IN),
            row("/claims/cards/inspections", "reviewed 2026-12-05: the home card of inspections: filtered to the missions where the caller submits", SIGNED_IN),
            row("/claims/contingents", "reviewed 2026-12-05: filtered: a Member State sees its own contingents, claims staff their missions, anyone else an empty list (ClaimsAccess.contingentsVisible)", SIGNED_IN),
            row("/claims/contingents/new", "the MOU form: only for holders of claims.mou.manage somewhere (403 otherwise, before and after validation)", Who.ADMIN, Who.MISSION, Who.HR),
            row("/claims/contingents/{contingentId}/inspections", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{contingentId}/inspections/new", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/claims/contingents/{contingentId}/inspections/{inspectionId}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{contingentId}/strength-returns", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{id}/draft", "the draft's editor (issue 12.8): read like the contingent page", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/contingents/{id}", "observed 2026-12-05", Who.ADMIN, Who.MEMBER_STATE, Who.MISSION),
            row("/claims/dnd", "reviewed 2026-12-05: filtered: a Member State sees its own claims, D&D staff their missions, anyone else an empty list (ClaimsAccess.dndVisible)", SIGNED_IN),
            row("/claims/dnd/card", "reviewed 2026-12-05: filtered like /claims/dnd (the home card)", SIGNED_IN),
            row("/claims/dnd/new", "the D&D claim form: only for holders of claims.dnd.manage somewhere (403 otherwise)", Who.ADMIN, Who.MISSION, Who.HR),
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
            row("/claims/verification-reports/new", "the report form: only for holders of claims.verification.submit somewhere (403 otherwise)", Who.ADMIN, Who.MISSION, Who.HR),
            row("/claims/verification-reports/{id}", "observed 2026-12-05", Who.ADMIN, Who.MISSION),
            row("/conduct/cases", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/conduct/cases/card", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/conduct/cases/new", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/conduct/discipline", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/conduct/statistics", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/conduct/strategy", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/notices", "reviewed 2026-12-05: the caller's own notices", SIGNED_IN),
            row("/organization/acting-arrangements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/agreements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/agreements/{id}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/attributions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/cards/missions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/chart", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/chart.svg", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/coverage", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/missions", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/missions/{code}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/relations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/responsibility", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/shared", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/teams", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/transfer/export", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/units", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/organization/units/{code}", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/boards", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/engagements", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/guidance", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/recommendations", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/recommendations/{id}", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR),
            row("/oversight/reports", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/risks", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/oversight/security", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/personnel/guidance", "reviewed 2026-12-05: published HR guidance for every staff member (PersonnelScreensTests)", SIGNED_IN),
            row("/personnel/me", "observed 2026-12-05", Who.ADMIN, Who.AUDITOR, Who.MEMBER_STATE, Who.MISSION, Who.HR),
            row("/personnel/staff/new", "the appointment form: only for holders of personnel.staff.manage in some mission (403 otherwise)", Who.ADMIN, Who.MISSION, Who.HR),
            row("/personnel/structures", "staff only (the module's StaffOnlyPaths, 403 to Member State users and users without a role); staff see it filtered to their scope", STAFF),
            row("/reference", "reviewed 2026-12-05: public reference codes (countries, currencies, grades)", SIGNED_IN),
            row("/reference/card", "reviewed 2026-12-05: public reference codes", SIGNED_IN),
            row("/search", "reviewed 2026-12-05: results filtered by each entry's permission and scope (SearchEntry.Access)", SIGNED_IN),
            row("/nav", "reviewed 2026-12-06: the caller's own menu as a page (entries filtered by the caller's permissions)", SIGNED_IN),
            row("/nav/menu", "reviewed 2026-12-06: the caller's own menu, loaded on demand (same filter)", SIGNED_IN),
            row("/work", "reviewed 2026-12-05: work items assigned to the caller", SIGNED_IN),
            row("/work/card", "reviewed 2026-12-05: the caller's own work card", SIGNED_IN),
            row("/work/count", "reviewed 2026-12-05: the count of the caller's own work items", SIGNED_IN),
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
     * Statuses that tell an unauthorised writer something about the input (validation, state, preconditions): a write
     * sent by an identity its row refuses must be refused (401/403, or 404/405/415 from routing) before any of these.
     */
    private static final Set<Integer> VALIDATION = Set.of(400, 409, 412, 422, 428);

    /** The known gap (measured 2026-12-05, "METHOD pattern IDENTITY"): may only shrink. */
    private static final Set<String> KNOWN_VALIDATED_FIRST = known();

    private static Set<String> known() {
        try (var in = EndpointAccessMatrixTests.class.getResourceAsStream("/hardening/validated-before-permission.txt")) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Mappings that need a row but are not called: the OpenAPI document and its UI (every call rebuilds the whole
     * document, seconds each; OpenApiDocumentTests reads it), the error page (500 without an error to show) and the
     * test controllers that fail on purpose (500, and 503 as when no database connection can be had).
     */
    private static final List<String> NOT_CALLED = List.of("/v3/api-docs/**", "/v3/api-docs*", "/swagger-ui/**",
            "/swagger-ui*", "/error", "/api/v1/test/problems/broken", "/api/v1/test/problems/pool-exhausted");

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
        List<String> validatedFirst = new ArrayList<>();
        Set<String> knownSeen = new java.util.HashSet<>();
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
                } else if (!read && VALIDATION.contains(status)) {
                    String key = e.method() + " " + e.pattern() + " " + who.name();
                    if (KNOWN_VALIDATED_FIRST.contains(key)) {
                        knownSeen.add(key);
                    } else {
                        validatedFirst.add(where + ": the empty body was validated before the caller's permission was"
                                + " checked (an unauthorised caller must get 403 before any validation message)");
                    }
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
        System.out.printf("Endpoint matrix: %d writes validated before the permission check (known: %d of %d listed)%n",
                validatedFirst.size() + knownSeen.size(), knownSeen.size(), KNOWN_VALIDATED_FIRST.size());
        KNOWN_VALIDATED_FIRST.stream().filter(k -> !knownSeen.contains(k)).sorted()
                .forEach(k -> System.out.println("  fixed, remove from validated-before-permission.txt: " + k));
        validatedFirst.forEach(v -> System.out.println("  " + v));
        assertThat(validatedFirst).as("Writes that answer an unauthorised caller with a validation status: check the"
                + " permission first (in the service before its FieldErrors, or a module's StaffOnlyPaths); the known"
                + " ones are listed in src/test/resources/hardening/validated-before-permission.txt, which may only"
                + " shrink").isEmpty();
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
