package org.fieldsupport.claims.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Death-and-disability claims through the REST API, as a claims officer (admin) and as Member State users. */
@IntegrationTest
class DndClaimApiTests {

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

    private ResultActions act(long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/claims/death-disability/" + id + "/" + action).with(user("admin"))
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
        act(id, "pay", "{\"paidOn\": \"2026-05-20\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.daysOpen").value(48))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[2].by").value("admin"));
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

        act(id, "pay", "{}").andExpect(status().isUnprocessableContent());
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
