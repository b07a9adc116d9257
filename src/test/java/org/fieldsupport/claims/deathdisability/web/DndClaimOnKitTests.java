package org.fieldsupport.claims.deathdisability.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.platform.workflow.Workflows;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Death-and-disability claims run on the platform kit: the transitions are logged with the delegation used, each
 * step opens the next person's work item and closes the previous one (the claims officer certifies, then pays; the
 * Member State answers a request for information), the detail page offers what the kit allows.
 */
@IntegrationTest
class DndClaimOnKitTests {

    @Autowired MockMvc mvc;
    @Autowired WorkItems items;
    @Autowired Workflows workflows;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    long receive(String state) throws Exception {
        String body = mvc.perform(post("/api/v1/claims/death-disability").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"memberState": "%s", "missionCode": "MINUSCA", "memberName": "Kit Member", "memberNumber": "KM-1",
                                 "incidentDate": "2026-03-14", "kind": "DEATH", "impairmentPercent": null,
                                 "receivedOn": "2026-04-02"}""".formatted(state)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    List<WorkItem> open(long id) {
        return items.forRecord("claims.dnd-claim", String.valueOf(id)).stream()
                .filter(w -> w.state() == WorkItem.State.OPEN).toList();
    }

    @Test
    void the_certifier_finds_the_claim_in_my_work_certifies_it_and_the_payment_becomes_the_next_item() throws Exception {
        long id = receive("BGD");
        assertThat(open(id)).singleElement().satisfies(w -> {
            assertThat(w.titleKey()).isEqualTo("claims.work.dnd.certify");
            assertThat(w.assignee().name()).isEqualTo("CLAIMS_OFFICER");
            assertThat(w.assignee().scope().toString()).isEqualTo("MISSION:MINUSCA");
            assertThat(w.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 2).plusDays(90));
        });
        String reference = open(id).get(0).reference();
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user("claims.certifier"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[*].reference", hasItem(reference)));
        mvc.perform(get("/claims/dnd/" + id).with(user("claims.certifier")))
                .andExpect(content().string(containsString("/claims/dnd/" + id + "/certify")))
                .andExpect(content().string(not(containsString("/claims/dnd/" + id + "/pay"))));

        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user("claims.certifier"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());

        assertThat(open(id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("claims.work.dnd.pay"));
        assertThat(workflows.history("claims.dnd-claim", id)).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("certify");
            assertThat(h.actor()).isEqualTo("claims.certifier");
            assertThat(h.delegationId()).isNotNull();
        });
        // the payment is treasury's (segregation of duties): the certifier no longer gets the button, treasury does
        assertThat(open(id)).singleElement()
                .satisfies(w -> assertThat(w.assignee().name()).isEqualTo("TREASURY_OFFICER"));
        mvc.perform(get("/claims/dnd/" + id).with(user("claims.certifier")))
                .andExpect(content().string(not(containsString("/claims/dnd/" + id + "/pay"))))
                .andExpect(content().string(not(containsString("/claims/dnd/" + id + "/certify"))));
        mvc.perform(get("/claims/dnd/" + id).with(user("treasury.officer")))
                .andExpect(content().string(containsString("/claims/dnd/" + id + "/pay")));
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/pay").with(user("claims.certifier"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"1.00\", \"paidOn\": \"2026-11-20\"}"))
                .andExpect(status().isForbidden());
        // certifying again: the state reason, with the current state, and nothing more logged
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user("claims.certifier"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.dnd.refused.transition"))
                .andExpect(jsonPath("$.currentState").value("CERTIFIED"));
        assertThat(workflows.history("claims.dnd-claim", id)).hasSize(1);
    }

    @Test
    void whoever_certified_a_claim_is_not_offered_its_payment_form_but_told_why() throws Exception {
        long id = receive("BGD");
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/certify").with(user("claims.certifier"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        mvc.perform(get("/claims/dnd/" + id).with(user("treasury.officer")))
                .andExpect(content().string(containsString("/claims/dnd/" + id + "/pay")))
                .andExpect(content().string(not(containsString("Segregation of duties"))));
        // a treasury officer who had certified it (recorded as the certifier): the form is not offered, the reason is
        jdbc.update("UPDATE claims_dnd_claim_history SET changed_by = 'treasury.officer' WHERE claim_id = ?"
                + " AND status = 'CERTIFIED'", id);
        mvc.perform(get("/claims/dnd/" + id).with(user("treasury.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/claims/dnd/" + id + "/pay"))))
                .andExpect(content().string(containsString("Segregation of duties")));
    }

    @Test
    void a_request_for_information_is_work_for_the_member_state_and_closes_when_the_claim_resumes() throws Exception {
        long id = receive("BGD");
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/request-information").with(user("admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"BOI report\"}"))
                .andExpect(status().isOk());
        assertThat(open(id)).singleElement().satisfies(w -> {
            assertThat(w.titleKey()).isEqualTo("claims.work.dnd.inform");
            assertThat(w.assignee().scope().toString()).isEqualTo("MEMBER_STATE:BGD");
            assertThat(w.link()).isEqualTo("/claims/portal/dnd/" + id);
        });
        String reference = open(id).get(0).reference();
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[*].reference", hasItem(reference)));
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user("portal.rwa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[*].reference", not(hasItem(reference))));

        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/resume").with(user("admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"received\"}"))
                .andExpect(status().isOk());
        assertThat(open(id)).singleElement()
                .satisfies(w -> assertThat(w.titleKey()).isEqualTo("claims.work.dnd.certify"));
        mvc.perform(post("/api/v1/claims/death-disability/" + id + "/reject").with(user("admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"not attributable\"}"))
                .andExpect(status().isOk());
        assertThat(open(id)).isEmpty();
        assertThat(workflows.history("claims.dnd-claim", id)).extracting(Workflows.TransitionRecord::action)
                .containsExactly("request-information", "resume", "reject");
    }
}
