package org.fieldsupport.organization.delegation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.organization.delegation.DelegationTestPeople;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register over HTTP: record a chain, check it, refuse what is wider or no longer in force. */
@IntegrationTest
class DelegationApiTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");

    @Autowired MockMvc mvc;
    @Autowired StructureEditing people;

    String chief;
    String officer;
    LocalDate from = LocalDate.now().minusDays(30);
    LocalDate to = LocalDate.now().plusDays(300);

    @BeforeEach
    void unique_names() {
        // the chief of the MOU and Claims Management Section (a bulletin position) and a fresh officer
        chief = "DFS-MCMS-HEAD";
        officer = DelegationTestPeople.newPerson(people, "officer");
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long create(String body) throws Exception {
        String response = mvc.perform(json(post("/api/v1/organization/delegations"), body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private void acknowledge(long id) throws Exception {
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", id).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedOn").exists());
    }

    private long chiefDelegation() throws Exception {
        long id = create("""
                {"authority":"CLAIM_CERTIFICATION","delegatorKind":"POSITION","delegator":"DFS-HEAD",
                 "delegateeKind":"POSITION","delegatee":"%s","limitAmount":5000000,"limitCurrency":"USD",
                 "allMissions":true,"validFrom":"%s","validTo":"%s","maySubDelegate":true}
                """.formatted(chief, from, to));
        acknowledge(id);
        return id;
    }

    private long officerDelegation(long parent) throws Exception {
        long id = create("""
                {"authority":"CLAIM_CERTIFICATION","delegateeKind":"PERSON","delegatee":"%s","limitAmount":1000000,
                 "limitCurrency":"USD","missions":["MINUSCA","UNMISS"],"validFrom":"%s","validTo":"%s",
                 "parentId":%d}
                """.formatted(officer, from, to.minusDays(10), parent));
        acknowledge(id);
        return id;
    }

    private String check(String mission, String amount, LocalDate date) {
        return """
                {"person":"%s","authority":"CLAIM_CERTIFICATION","mission":"%s","amount":%s,"currency":"USD",
                 "date":"%s"}
                """.formatted(officer, mission, amount, date);
    }

    @Test
    void a_check_within_the_limits_is_allowed_with_the_chain() throws Exception {
        long root = chiefDelegation();
        long sub = officerDelegation(root);

        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("MINUSCA", "250000", LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.chain", hasSize(2)))
                .andExpect(jsonPath("$.chain[0].id").value(root))
                .andExpect(jsonPath("$.chain[1].id").value(sub))
                .andExpect(jsonPath("$.chain[1].delegatee").value(officer));
    }

    @Test
    void checks_above_the_limit_outside_the_mission_or_after_expiry_are_refused_with_a_reason() throws Exception {
        long sub = officerDelegation(chiefDelegation());

        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("MINUSCA", "1000000.01", LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("ABOVE_LIMIT"))
                .andExpect(jsonPath("$.messageKey").value("org.delegation.refused.above_limit"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("" + sub)));
        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("UNIFIL", "10", LocalDate.now())))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("OUTSIDE_MISSION_SCOPE"));
        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("MINUSCA", "10", to)))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("EXPIRED"));
    }

    @Test
    void the_refusal_message_follows_the_caller_language() throws Exception {
        officerDelegation(chiefDelegation());

        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("UNIFIL", "10", LocalDate.now()))
                        .header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("ne couvre pas")));
    }

    @Test
    void after_revocation_the_check_is_refused() throws Exception {
        long sub = officerDelegation(chiefDelegation());

        mvc.perform(json(post("/api/v1/organization/delegations/{id}/revoke", sub), "{\"reason\":\"left the section\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));

        mvc.perform(json(post("/api/v1/organization/delegations/check"), check("MINUSCA", "10", LocalDate.now())))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.reason").value("REVOKED"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("left the section")));
    }

    @Test
    void a_sub_delegation_wider_than_its_parent_is_refused_with_422_and_the_reason() throws Exception {
        long root = chiefDelegation();

        mvc.perform(json(post("/api/v1/organization/delegations"), """
                        {"authority":"CLAIM_CERTIFICATION","delegateeKind":"PERSON","delegatee":"%s",
                         "limitAmount":6000000,"limitCurrency":"USD","allMissions":true,"validFrom":"%s",
                         "validTo":"%s","parentId":%d}
                        """.formatted(officer, from, to, root)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WIDER_LIMIT_THAN_PARENT"))
                .andExpect(jsonPath("$.messageKey").value("org.delegation.refused.wider_limit_than_parent"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("5,000,000")));

        mvc.perform(json(post("/api/v1/organization/delegations"), """
                        {"authority":"CLAIM_CERTIFICATION","delegateeKind":"PERSON","delegatee":"%s",
                         "limitAmount":10,"limitCurrency":"USD","allMissions":true,"validFrom":"%s",
                         "validTo":"%s","parentId":%d}
                        """.formatted(officer, from, to.plusDays(1), root)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WIDER_VALIDITY_THAN_PARENT"));
    }

    @Test
    void a_delegation_to_an_unknown_position_or_mission_is_refused() throws Exception {
        mvc.perform(json(post("/api/v1/organization/delegations"), """
                        {"authority":"PROCUREMENT","delegatorKind":"POSITION","delegator":"DFS-HEAD",
                         "delegateeKind":"POSITION","delegatee":"NO-SUCH-HEAD","limitAmount":10,"limitCurrency":"USD",
                         "allMissions":true,"validFrom":"%s"}
                        """.formatted(from)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_POSITION"));
        mvc.perform(json(post("/api/v1/organization/delegations"), """
                        {"authority":"PROCUREMENT","delegatorKind":"POSITION","delegator":"DFS-HEAD",
                         "delegateeKind":"PERSON","delegatee":"%s","limitAmount":10,"limitCurrency":"USD",
                         "missions":["NOWHERE"],"validFrom":"%s"}
                        """.formatted(officer, from)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_MISSION"));
    }

    @Test
    void the_delegatee_acknowledges_their_own_delegation_and_nobody_else_can() throws Exception {
        long root = chiefDelegation();
        long sub = create("""
                {"authority":"CLAIM_CERTIFICATION","delegateeKind":"PERSON","delegatee":"%s","limitAmount":10,
                 "limitCurrency":"USD","missions":["MINUSCA"],"validFrom":"%s","validTo":"%s","parentId":%d}
                """.formatted(officer, from, to.minusDays(10), root));

        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", sub).with(user("someone.else")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", sub).with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value(officer));
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", sub).with(user(officer)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("ALREADY_ACKNOWLEDGED"));
    }

    @Test
    void recording_a_delegation_needs_the_manage_permission() throws Exception {
        mvc.perform(post("/api/v1/organization/delegations").with(user("clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"authority":"PROCUREMENT","delegatorKind":"POSITION","delegator":"DFS-HEAD",
                         "delegateeKind":"POSITION","delegatee":"DFS-LSD-HEAD","limitAmount":10,"limitCurrency":"USD",
                         "allMissions":true,"validFrom":"%s"}
                        """.formatted(from)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_incomplete_request_is_answered_400() throws Exception {
        mvc.perform(json(post("/api/v1/organization/delegations/check"), "{\"authority\":\"CLAIM_CERTIFICATION\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_register_lists_and_shows_delegations_with_their_chain() throws Exception {
        long root = chiefDelegation();
        long sub = officerDelegation(root);

        mvc.perform(get("/api/v1/organization/delegations").param("holder", officer).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(sub));
        mvc.perform(get("/api/v1/organization/delegations/{id}", sub).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chain", hasSize(2)))
                .andExpect(jsonPath("$.delegation.missions", hasSize(2)));
        mvc.perform(get("/api/v1/organization/delegations/{id}", 987654321L).with(ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organization/delegations").param("sort", "nonsense").with(ADMIN))
                .andExpect(status().isBadRequest());
        assertThat(root).isLessThan(sub);
    }
}
