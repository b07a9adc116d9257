package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;

/**
 * Issue 9, the general test of money: every write path that certifies, approves, adjusts or pays an amount is
 * declared in {@link #MONEY} with the guard that keeps it honest, and the declared guards hold:
 * <ul>
 *   <li>{@code DELEGATION}: a live delegation of authority covering the <em>resulting</em> amount (mission, currency,
 *   date) — a user whose delegations all stop at 100 USD is refused above it (422, a delegation refusal) and nothing
 *   changes;</li>
 *   <li>{@code BOUNDED}: a payment can never exceed what was certified less what was paid (422);</li>
 *   <li>{@code SAME_SERVICE}: a screen posting to the same service method as a declared API path;</li>
 *   <li>{@code COVERED_BY}: the refusal above the limit is tested by a module test (named; it must exist);</li>
 *   <li>{@code ROLE_ONLY}: a known gap, guarded by a role but no delegation (listed so it stays visible).</li>
 * </ul>
 * Which paths are money paths is found from the handler mappings: every write whose path says certif/approv/pay/
 * adjust/award/allot/write-off/redeploy/invoice/disburs/settle/obligat/decision or acts through {@code {action}} or a
 * workflow must be declared in {@link #MONEY} or exempted in {@link #NOT_MONEY} with the reason, so a new module's
 * money path fails this test until someone says how it is guarded.
 */
@IntegrationTest
class MoneyPathsTests {

    enum Guard { DELEGATION, BOUNDED, SAME_SERVICE, COVERED_BY, ROLE_ONLY }

    record Money(String method, String pattern, Guard guard, String detail) { }

    static Money money(String method, String pattern, Guard guard, String detail) {
        return new Money(method, pattern, guard, detail);
    }

    /** Every money path and its guard. */
    static final List<Money> MONEY = List.of(
            money("POST", "/api/v1/claims/verification-reports/{id}/certification", Guard.DELEGATION,
                    "CLAIM_CERTIFICATION for the amount to certify"),
            money("POST", "/api/v1/claims/verification-reports/{id}/adjustments", Guard.DELEGATION,
                    "CLAIM_CERTIFICATION for the resulting certified amount"),
            money("POST", "/api/v1/claims/verification-reports/{id}/payments", Guard.BOUNDED,
                    "certified less paid; TREASURY_OFFICER only, never the report's certifier (segregation of duties)"),
            money("POST", "/api/v1/claims/death-disability/{id}/certify", Guard.DELEGATION,
                    "CLAIM_CERTIFICATION for the claim's amount"),
            money("POST", "/api/v1/claims/death-disability/{id}/pay", Guard.BOUNDED,
                    "exactly the certified amount, once; TREASURY_OFFICER only, never the claim's certifier"),
            money("POST", "/api/v1/property/write-offs/{id}/approve", Guard.DELEGATION,
                    "PROPERTY_WRITE_OFF for the case's total"),
            money("POST", "/api/v1/budget/redeployments/{reference}/approve", Guard.COVERED_BY,
                    "org.fieldsupport.budget.web.BudgetExecutionTests#"
                            + "redeployments_within_a_group_need_a_delegation_across_groups_the_controller"),
            money("POST", "/api/v1/procurement/awards", Guard.COVERED_BY,
                    "org.fieldsupport.procurement.web.ProcurementRecordsTests#"
                            + "awards_above_the_local_limit_need_a_delegation_of_procurement_authority"),
            money("POST", "/procurement/awards", Guard.SAME_SERVICE, "/api/v1/procurement/awards"),
            money("POST", "/property/write-offs/{id}/{action}", Guard.SAME_SERVICE,
                    "/api/v1/property/write-offs/{id}/approve"),
            money("POST", "/budget/redeployments/{reference}/decision", Guard.SAME_SERVICE,
                    "/api/v1/budget/redeployments/{reference}/approve"),
            money("POST", "/claims/verification-reports/{id}/{action}", Guard.SAME_SERVICE,
                    "/api/v1/claims/verification-reports/{id}/certification"),
            money("POST", "/claims/dnd/{id}/{action}", Guard.SAME_SERVICE, "/api/v1/claims/death-disability/{id}/certify"),
            // Allotments need a delegation of allotment authority (BUDGET_ALLOTMENT) since the access review of
            // session 3 (were ROLE_ONLY): the budget's scenario needs a budget sent to the Controller, so its module
            // test holds the refusal.
            money("PUT", "/api/v1/budget/budgets/{id}/allotments", Guard.COVERED_BY,
                    "org.fieldsupport.budget.web.BudgetExecutionTests#"
                            + "allotments_need_a_delegation_of_allotment_authority_covering_the_resulting_amount"),
            money("POST", "/budget/budgets/{id}/allotments", Guard.SAME_SERVICE,
                    "/api/v1/budget/budgets/{id}/allotments"),
            // COE budget allotments: refused above the mission's computed COE estimate (422) and, since the access
            // review of session 3 (were ROLE_ONLY), without a BUDGET_ALLOTMENT delegation covering the kind's
            // resulting allotted total.
            money("POST", "/api/v1/claims/budget-estimates/{id}/allotments", Guard.DELEGATION,
                    "BUDGET_ALLOTMENT for the kind's resulting allotted total (and never above the estimate)"),
            money("POST", "/claims/budget-estimates/{id}/allotments", Guard.SAME_SERVICE,
                    "/api/v1/claims/budget-estimates/{id}/allotments"));

    /** Write paths that look like money but approve, certify or pay none, and why (method, Ant pattern, reason). */
    static final List<String[]> NOT_MONEY = List.of(
            new String[] {"POST", "/api/v1/claims/verification-reports/{id}/return",
                    "sends a report back one step before certification; nothing becomes payable"},
            new String[] {"POST", "/api/v1/claims/verification-reports/{id}/rejection",
                    "closes a report before certification; nothing becomes payable"},
            new String[] {"POST", "/api/v1/claims/shortfall-cases/{id}/actions/{action}/complete",
                    "a corrective action on equipment or self-sustainment, no amount"},
            new String[] {"POST", "/claims/shortfall-cases/{id}/actions/{action}/complete",
                    "a corrective action on equipment or self-sustainment, no amount"},
            new String[] {"POST", "/api/v1/claims/working-group/proposals/{id}/decision",
                    "the Working Group's recommendation on a proposal; rates change only through a new rate edition"},
            new String[] {"POST", "/claims/working-group/{id}/proposals/{proposal}/decision",
                    "the Working Group's recommendation on a proposal; rates change only through a new rate edition"},
            new String[] {"POST", "/api/v1/ict/desk/changes/{id}/{action}", "a technical change approval, no amount (approve needs"
                    + " an ICT_CHANGE_APPROVAL delegation for the mission: DeskApiTests)"},
            new String[] {"POST", "/ict/desk/changes/{id}/{action}", "a technical change approval"},
            new String[] {"POST", "/api/v1/ict/desk/tickets/{id}/{action}", "a service-desk ticket"},
            new String[] {"POST", "/ict/desk/tickets/{id}/{action}", "a service-desk ticket"},
            new String[] {"POST", "/api/v1/ict/standards/exceptions/{id}/decision", "a technology standard exception, no amount"
                    + " (granting needs an ICT_STANDARDS_EXCEPTION delegation for the mission: StandardsTests)"},
            new String[] {"POST", "/ict/standards/exceptions/{id}/{action}", "a technology standard exception"},
            new String[] {"POST", "/ict/budget-review/lines/{id}/{decision}", "ICTD's technical review of a proposed"
                    + " ICT budget line; funds are approved in the budget module"},
            new String[] {"POST", "/ict/infrastructure/sites/{id}/direction/{action}", "a site's strategic direction"},
            new String[] {"POST", "/ict/projects/{id}/risks/{risk}/{action}", "a project risk"},
            new String[] {"POST", "/api/v1/ict/desk/settings/{mission}", "a mission desk's time zone and support hours"},
            new String[] {"POST", "/api/v1/ict/desk/settings/{mission}/holidays", "a mission desk's public holiday"},
            new String[] {"POST", "/ict/desk/settings/{mission}", "a mission desk's time zone and support hours"},
            new String[] {"POST", "/ict/desk/settings/{mission}/holidays", "a mission desk's public holiday"},
            new String[] {"POST", "/ict/desk/settings/{mission}/holidays/{date}/remove", "a mission desk's public holiday"},
            new String[] {"POST", "/api/v1/ict/security/deadlines", "a security incident response deadline (hours)"},
            new String[] {"POST", "/ict/security/deadlines", "a security incident response deadline (hours)"},
            new String[] {"POST", "/api/v1/personnel/post-requests/{id}/approve", "a post (grade), not an amount"},
            new String[] {"POST", "/personnel/post-requests/{id}/{action}", "a post (grade), not an amount"},
            new String[] {"POST", "/personnel/staff/{id}/{action}", "appointments and steps under grade-based"
                    + " delegations (RECRUITMENT_APPOINTMENT, personnel tests); entitlements follow the rules"},
            new String[] {"POST", "/api/v1/guidance/policies/{code}/versions/{version}/approve", "a policy text"},
            new String[] {"POST", "/api/v1/organization/policies/{code}/versions/{versionNo}/{action}",
                    "a delegation policy text"},
            new String[] {"POST", "/organization/policies/{code}/versions/{n}/{action}", "a delegation policy text"},
            new String[] {"POST", "/api/v1/budget/budgets/{id}/redeployments", "a request; its approval is the decision"},
            new String[] {"POST", "/budget/budgets/{id}/redeployments", "a request; its approval is the decision"},
            new String[] {"POST", "/api/v1/budget/redeployments/{reference}/reject", "a refusal moves no money"},
            new String[] {"POST", "/budget/budgets/{id}/workflow",
                    "the proposal's workflow (submit, review, send to the Controller): nothing is approved for spending"},
            new String[] {"POST", "/api/v1/budget/liquidations/{id}/disposals/{disposalId}/decision",
                    "how an asset leaves a liquidating mission (transfer, sale, write-off through property)"},
            new String[] {"POST", "/budget/liquidations/{id}/disposals/{disposalId}/decision",
                    "how an asset leaves a liquidating mission (transfer, sale, write-off through property)"},
            new String[] {"POST", "/api/v1/property/write-offs", "opens a case; approval is the decision"},
            new String[] {"POST", "/property/write-offs", "opens a case; approval is the decision"},
            new String[] {"POST", "/api/v1/property/write-offs/{id}/recommend", "the board recommends; approval decides"},
            new String[] {"POST", "/api/v1/property/write-offs/{id}/dispose", "records the disposal of an approved case"},
            new String[] {"POST", "/api/v1/supply/ration-orders/{id}/invoice",
                    "records the vendor's invoice and its three-way match; it approves no payment"},
            new String[] {"POST", "/supply/rations/{id}/{action}", "ration orders: receipt and invoice match"},
            new String[] {"POST", "/api/v1/conduct/cases/{id}/review-decision", "a disciplinary review"},
            new String[] {"POST", "/conduct/cases/{id}/{action}", "conduct cases"},
            new String[] {"POST", "/api/v1/logistics/innovations/{id}/decision", "an innovation proposal"},
            new String[] {"POST", "/logistics/sds/allocations/{id}/{action}", "strategic deployment stock allocations"},
            new String[] {"POST", "/engineering/projects/{id}/{action}", "the project's stages"},
            new String[] {"POST", "/geospatial/requests/{id}/{action}", "map requests"},
            new String[] {"POST", "/movements/trips/{id}/{action}", "transport trips"},
            new String[] {"POST", "/logistics/innovations/{id}/{action}", "an innovation proposal (the screen's decision)"},
            new String[] {"POST", "/movements/shipments/{id}/{action}", "a shipment's customs clearance and delivery"},
            new String[] {"PUT", "/api/v1/lsd/parameters/{name}", "a rule parameter from a date (cut-off, write-off"
                    + " board limit, fuel margin): the write-off limit only picks the survey board; approval still needs"
                    + " a PROPERTY_WRITE_OFF delegation for the case's total"},
            new String[] {"POST", "/logistics/parameters", "the rule parameters' screen (same service as the PUT)"},
            new String[] {"POST", "/api/v1/test/problems/**", "a test controller of the platform's problem details"});

    static final Pattern MONEY_WORDS = Pattern.compile(
            "certif|approv|/pay|payment|adjust|award|allot|write-off|redeploy|invoice|disburs|settle|obligat|decision"
                    + "|\\{action}|/workflow");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserDirectory users;

    @Test
    void every_money_write_path_is_declared_with_its_guard() {
        AntPathMatcher ant = new AntPathMatcher();
        List<String> undeclared = new ArrayList<>();
        for (DemoPaths.Endpoint e : DemoPaths.endpoints(context)) {
            if (e.method() == HttpMethod.GET || !MONEY_WORDS.matcher(e.pattern()).find()) {
                continue;
            }
            String key = e.method() + " " + e.pattern();
            boolean declared = MONEY.stream().anyMatch(m -> m.method().equals(e.method().name())
                    && ant.match(m.pattern(), e.pattern()))
                    || NOT_MONEY.stream().anyMatch(n -> n[0].equals(e.method().name()) && ant.match(n[1], e.pattern()));
            if (!declared) {
                undeclared.add(key + " (" + e.handler() + ")");
            }
        }
        assertThat(undeclared)
                .as("Write paths that may move money without a declared guard. For each, add to MoneyPathsTests.MONEY%n"
                        + "    money(\"POST\", \"<pattern>\", Guard.DELEGATION, \"<authority type> for <which amount>\")%n"
                        + "and a scenario in money_paths_refuse_a_user_above_a_small_delegation, or to NOT_MONEY with"
                        + " the reason it moves no money.")
                .isEmpty();
    }

    @Test
    void declared_module_tests_and_api_twins_exist() throws Exception {
        for (Money m : MONEY) {
            if (m.guard() == Guard.COVERED_BY) {
                String[] parts = m.detail().split("#");
                Class<?> type = Class.forName(parts[0]);
                assertThat(type.getDeclaredMethods()).as(m.detail()).anyMatch(x -> x.getName().equals(parts[1]));
            }
            if (m.guard() == Guard.SAME_SERVICE) {
                assertThat(MONEY).as(m.pattern() + " names its API twin").anyMatch(o -> o.pattern().equals(m.detail()));
            }
        }
    }

    /** A user holding every money role, whose delegations all stop at 100 USD. */
    private String smallDelegate() throws Exception {
        String username = "money.small." + UUID.randomUUID().toString().substring(0, 8);
        users.ensureUser(username, "Small Delegate", null, "en", username + "-password-1");
        users.ensureRoleAssignment(username, "CLAIMS_OFFICER", Scope.department());
        users.ensureRoleAssignment(username, "PROPERTY_APPROVER", Scope.department());
        users.ensureRoleAssignment(username, "COE_PLANNING_OFFICER", Scope.department());
        for (String authority : List.of("CLAIM_CERTIFICATION", "PROPERTY_WRITE_OFF", "BUDGET_ALLOTMENT")) {
            String created = mvc.perform(post("/api/v1/organization/delegations").with(user("delegation.admin"))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"authority": "%s", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                                     "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": 100, "limitCurrency": "USD",
                                     "allMissions": true, "validFrom": "%s", "validTo": "2099-12-31"}"""
                                    .formatted(authority, username, LocalDate.now())))
                    .andReturn().getResponse().getContentAsString();
            Number id = JsonPath.read(created, "$.id");
            mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", id).with(user("delegation.admin"))
                    .with(csrf()));
        }
        return username;
    }

    private MockHttpServletResponse send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(user(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).with(user("admin")).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long firstWithStatus(String listPath, String status) throws Exception {
        List<Number> ids = JsonPath.read(read(listPath), "$..[?(@.status == '" + status + "')].id");
        assertThat(ids).as(listPath + " has a record " + status).isNotEmpty();
        return ids.get(0).longValue();
    }

    private static void refusedByDelegation(String what, MockHttpServletResponse r) throws Exception {
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(what + ": " + body).isEqualTo(422);
        assertThat(body).as(what).containsIgnoringCase("delegation");
    }

    @Test
    void money_paths_refuse_a_user_above_a_small_delegation() throws Exception {
        String small = smallDelegate();

        // verification report: certification of a technically reviewed report (demo: Rwanda Q3, millions)
        long reviewed = firstWithStatus("/api/v1/claims/verification-reports?size=200", "TECHNICALLY_REVIEWED");
        String before = read("/api/v1/claims/verification-reports/" + reviewed);
        refusedByDelegation("certification", send(small,
                "/api/v1/claims/verification-reports/" + reviewed + "/certification", "{}"));
        assertThat(JsonPath.<String>read(read("/api/v1/claims/verification-reports/" + reviewed), "$.status"))
                .isEqualTo(JsonPath.<String>read(before, "$.status"));

        // adjustment of a certified report: the resulting certified amount is far above 100 USD
        long certified = firstWithStatus("/api/v1/claims/verification-reports?size=200", "CERTIFIED");
        String report = read("/api/v1/claims/verification-reports/" + certified);
        refusedByDelegation("adjustment", send(small, "/api/v1/claims/verification-reports/" + certified
                + "/adjustments", "{\"amount\": \"1.00\", \"reason\": \"money test\"}"));
        assertThat(JsonPath.<String>read(read("/api/v1/claims/verification-reports/" + certified), "$.certified"))
                .isEqualTo(JsonPath.<String>read(report, "$.certified"));

        // payments are treasury's: the certifier's role no longer records them (segregation of duties)
        MockHttpServletResponse byCertifier = send("claims.certifier", "/api/v1/claims/verification-reports/"
                + certified + "/payments", "{\"amount\": \"1.00\", \"paidOn\": \"" + LocalDate.now() + "\"}");
        assertThat(byCertifier.getStatus()).as(byCertifier.getContentAsString()).isEqualTo(403);

        // payment above what is outstanding: refused whoever pays
        MockHttpServletResponse paid = send("treasury.demo", "/api/v1/claims/verification-reports/" + certified
                + "/payments", "{\"amount\": \"999999999.00\", \"paidOn\": \"" + LocalDate.now() + "\"}");
        assertThat(paid.getStatus()).as(paid.getContentAsString()).isEqualTo(422);
        assertThat(JsonPath.<String>read(read("/api/v1/claims/verification-reports/" + certified), "$.paid"))
                .isEqualTo(JsonPath.<String>read(report, "$.paid"));

        // death and disability: certification of a 70,000 USD death claim
        String received = send("admin", "/api/v1/claims/death-disability", """
                {"memberState": "BGD", "missionCode": "MINUSCA", "memberName": "Money Test", "memberNumber": "MT-1",
                 "incidentDate": "2026-03-14", "kind": "DEATH"}""").getContentAsString();
        long dnd = ((Number) JsonPath.read(received, "$.id")).longValue();
        refusedByDelegation("death-and-disability certification",
                send(small, "/api/v1/claims/death-disability/" + dnd + "/certify", "{}"));
        assertThat(JsonPath.<String>read(read("/api/v1/claims/death-disability/" + dnd), "$.status"))
                .isNotEqualTo("CERTIFIED");
        // …and its payment is bounded by the certified amount
        assertThat(send("claims.certifier", "/api/v1/claims/death-disability/" + dnd + "/certify", "{}").getStatus())
                .isEqualTo(200);
        MockHttpServletResponse dndPaid = send("admin", "/api/v1/claims/death-disability/" + dnd + "/pay",
                "{\"amount\": \"70000.01\", \"paidOn\": \"" + LocalDate.now() + "\", \"reference\": \"MT\"}");
        assertThat(dndPaid.getStatus()).as(dndPaid.getContentAsString()).isEqualTo(422);

        // property write-off of a 600 USD asset, recommended by the local board
        String asset = send("property.minusca", "/api/v1/property/assets", """
                {"missionCode": "MINUSCA", "tag": "MT-%s", "serialNumber": "S1", "description": "Money test generator",
                 "category": "GENERATOR", "location": "Bangui", "custodian": "Test", "acquiredOn": "%s",
                 "acquisitionValue": "600.00", "usefulLifeYears": 10}""".formatted(System.nanoTime(), LocalDate.now()))
                .getContentAsString();
        long assetId = ((Number) JsonPath.read(asset, "$.id")).longValue();
        String opened = send("property.minusca", "/api/v1/property/write-offs",
                "{\"missionCode\": \"MINUSCA\", \"reason\": \"Damaged\", \"assetIds\": [" + assetId + "]}")
                .getContentAsString();
        long writeOff = ((Number) JsonPath.read(opened, "$.id")).longValue();
        assertThat(send("property.minusca", "/api/v1/property/write-offs/" + writeOff + "/recommend",
                "{\"recommendation\": \"write off\"}").getStatus()).isEqualTo(200);
        refusedByDelegation("write-off approval",
                send(small, "/api/v1/property/write-offs/" + writeOff + "/approve", "{}"));
        assertThat(JsonPath.<String>read(read("/api/v1/property/write-offs/" + writeOff), "$.status"))
                .isEqualTo("RECOMMENDED");

        // COE allotment of 150 USD where the estimate leaves room for it (so the estimate rule does not refuse
        // first; the demo data allots the first estimate's self-sustainment in full): above the 100 USD delegation
        List<Number> estimates = JsonPath.read(read("/api/v1/claims/budget-estimates"), "$[*].id");
        assertThat(estimates).as("demo COE budget estimates").isNotEmpty();
        String estimate = null;
        String kind = null;
        for (Number id : estimates) {
            String candidate = "/api/v1/claims/budget-estimates/" + id;
            List<java.util.Map<String, Object>> tracking = JsonPath.read(read(candidate), "$.tracking");
            for (java.util.Map<String, Object> line : tracking) {
                java.math.BigDecimal room = new java.math.BigDecimal(String.valueOf(line.get("estimate")))
                        .subtract(new java.math.BigDecimal(String.valueOf(line.get("allotted"))));
                if (room.compareTo(new java.math.BigDecimal("150.00")) >= 0) {
                    estimate = candidate;
                    kind = String.valueOf(line.get("kind"));
                    break;
                }
            }
            if (estimate != null) {
                break;
            }
        }
        assertThat(estimate).as("a demo COE estimate with room for 150 USD").isNotNull();
        int allotments = JsonPath.<List<?>>read(read(estimate), "$.allotments").size();
        refusedByDelegation("COE allotment", send(small, estimate + "/allotments",
                "{\"kind\": \"" + kind + "\", \"amount\": \"150.00\", \"reference\": \"MONEY-TEST\"}"));
        assertThat(JsonPath.<List<?>>read(read(estimate), "$.allotments")).hasSize(allotments);
    }
}
