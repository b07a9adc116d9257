package org.fieldsupport.claims.deathdisability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Death-and-disability claims through the REST API, as a claims officer (admin) and as Member State users. */
@IntegrationTest
class DndClaimApiTests {

    /** Today as the service sees it (payments default to it). */
    static final class DndClaimServiceToday {
        static String text() {
            return org.fieldsupport.claims.deathdisability.internal.DndClaimService.today().toString();
        }
    }

    static final String CLAIM = """
            {"memberState": "%s", "missionCode": "MINUSCA", "memberName": "Test Member", "memberNumber": "TM-1",
             "incidentDate": "2026-03-14", "kind": "%s", "impairmentPercent": %s,
             "boardOfInquiryReference": "BOI-MINUSCA-2026-07", "receivedOn": "2026-04-02"}""";

    @Autowired
    MockMvc mvc;

    private ResultActions receive(String state, String kind, String impairment) throws Exception {
        return mvc.perform(post("/api/v1/claims/death-disability").with(user("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(CLAIM.formatted(state, kind, impairment)));
    }

    private long received(String state, String kind, String impairment) throws Exception {
        String body = receive(state, kind, impairment).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** The demo claims certifier: a delegation for claim certification up to 1,000,000 USD, MINUSCA and UNMISS. */
    static final String CERTIFIER = "claims.certifier";

    private ResultActions act(long id, String action, String body) throws Exception {
        return actAs("certify".equals(action) ? CERTIFIER : "admin", id, action, body);
    }

    private ResultActions actAs(String username, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/claims/death-disability/" + id + "/" + action).with(user(username))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void a_death_is_certified_at_the_full_standard_amount_of_70000() throws Exception {
        long id = received("BGD", "DEATH", "null");

        act(id, "certify", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CERTIFIED"))
                .andExpect(jsonPath("$.amount").value("70000.00"))
                .andExpect(jsonPath("$.currency").value("USD"));
        act(id, "pay", "{\"amount\": \"70000.00\", \"reference\": \"PAY-1\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.closedOn").value(DndClaimServiceToday.text()))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[1].by").value(CERTIFIER))
                .andExpect(jsonPath("$.history[2].by").value("admin"));
    }

    @Test
    void certification_without_a_covering_delegation_is_refused_with_the_reason_and_changes_nothing(
            @Autowired JdbcClient jdbc) throws Exception {
        long id = received("BGD", "DEATH", "null");
        String reference = JsonPath.read(mvc.perform(get("/api/v1/claims/death-disability/" + id).with(user("admin"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString(), "$.reference");

        // admin holds every permission but no delegation of authority
        actAs("admin", id, "certify", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/business-rule"))
                .andExpect(jsonPath("$.code").value("org.delegation.refused.no_delegation"))
                .andExpect(jsonPath("$.detail").value(containsString("No delegation of authority")));
        mvc.perform(get("/api/v1/claims/death-disability/" + id).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.amount").doesNotExist());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = FALSE")
                .param(reference).query(Long.class).single()).isEqualTo(1);

        actAs(CERTIFIER, id, "certify", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CERTIFIED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = TRUE AND person = ?")
                .params(reference, CERTIFIER).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void certification_for_a_mission_outside_the_delegation_is_refused_in_the_callers_language() throws Exception {
        String body = CLAIM.formatted("GHA", "DEATH", "null").replace("MINUSCA", "UNIFIL");
        long id = ((Number) JsonPath.read(mvc.perform(post("/api/v1/claims/death-disability").with(user("admin"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();

        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user(CERTIFIER)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.outside_mission_scope"))
                .andExpect(jsonPath("$.detail").value(containsString("UNIFIL")));
    }

    @Test
    void a_replayed_certification_or_payment_returns_the_same_answer_without_acting_twice(
            @Autowired JdbcClient jdbc) throws Exception {
        long id = received("BGD", "DEATH", "null");
        String key = "dnd-certify-" + id;
        String first = mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user(CERTIFIER))
                        .with(csrf()).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user(CERTIFIER))
                        .with(csrf()).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first));
        String payKey = "dnd-pay-" + id;
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/claims/death-disability/" + id + "/pay").with(user("admin")).with(csrf())
                            .header("Idempotency-Key", payKey).contentType(MediaType.APPLICATION_JSON)
                            .accept(MediaType.APPLICATION_JSON).content("{\"amount\": 70000}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PAID"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_dnd_claim_history WHERE claim_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_35_percent_disability_is_certified_at_24500() throws Exception {
        long id = received("RWA", "DISABILITY", "35");

        act(id, "request-information", "{\"note\": \"medical board report\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INFORMATION_REQUESTED"));
        act(id, "resume", "{}").andExpect(status().isOk());
        act(id, "certify", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value("24500.00"));
    }

    @Test
    void an_impairment_outside_1_to_100_or_given_for_a_death_is_refused_naming_the_field() throws Exception {
        receive("BGD", "DISABILITY", "0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("impairmentPercent")));
        receive("BGD", "DISABILITY", "101").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("impairmentPercent")));
        receive("BGD", "DEATH", "40").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("impairmentPercent")));
    }

    @Test
    void a_rejection_without_reason_is_refused_and_with_one_closes_the_claim() throws Exception {
        long id = received("IND", "DISABILITY", "10");

        act(id, "reject", "{\"reason\": \"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        act(id, "reject", "{\"reason\": \"not attributable to service\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectReason").value("not attributable to service"));
    }

    @Test
    void paying_a_claim_not_yet_certified_is_an_illegal_transition() throws Exception {
        long id = received("NPL", "DEATH", "null");

        act(id, "pay", "{\"amount\": \"70000.00\"}").andExpect(status().isUnprocessableContent());
    }

    /** Issue 9 items 1 and 8: the body is {amount, paidOn, reference}; the amount is checked, and the date. */
    @Test
    void a_payment_must_be_the_certified_amount_dated_from_the_certification_on(@Autowired JdbcClient jdbc)
            throws Exception {
        long id = received("BGD", "DEATH", "null");
        act(id, "certify", "{}").andExpect(status().isOk());

        act(id, "pay", "{\"amount\": -5}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
        act(id, "pay", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
        act(id, "pay", "{\"amount\": 1e308}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
        act(id, "pay", "{\"amount\": \"12345678901234567890.12\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
        act(id, "pay", "{\"amount\": 5000000}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.dnd.refused.overpayment"));
        act(id, "pay", "{\"amount\": 70000, \"paidOn\": \"2026-01-02\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.dnd.refused.paidBeforeCertification"));
        assertThat(jdbc.sql("SELECT status FROM claims_dnd_claim WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("CERTIFIED");

        act(id, "pay", "{\"amount\": 70000, \"reference\": \"TRS-42\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.history[2].note").value("TRS-42"));
        act(id, "pay", "{\"amount\": 70000}").andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_member_state_reads_its_own_claims_and_is_refused_another_states() throws Exception {
        long bgd = received("BGD", "DISABILITY", "20");
        long rwa = received("RWA", "DISABILITY", "20");

        mvc.perform(get("/api/v1/claims/death-disability/" + bgd).with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.memberState").value("BGD"));
        mvc.perform(get("/api/v1/claims/death-disability/" + rwa).with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/death-disability").param("size", "200").with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.memberState != 'BGD')]").isEmpty());
        mvc.perform(post("/api/v1/claims/death-disability/" + bgd + "/certify").with(user("portal.bgd"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
