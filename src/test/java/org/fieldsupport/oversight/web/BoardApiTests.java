package org.fieldsupport.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** BOI-2026-v1 over REST: the trigger check's exact wire shape, incidents, convening and the board's report. */
@IntegrationTest
class BoardApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static final String EXAMPLE = """
            {"personnelDeathsOrSeriousInjuries": 0, "thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved": 0,
             "kidnapping": false, "unOwnedEquipmentLossUsd": "30000.00", "thirdPartyEquipmentLossWithPersonnelInvolvedUsd": "0",
             "coeMajorEquipmentHostileLossGfmvUsd": "0", "coeUsedByOneContingentProvidedByAnother": false, "coeContingentsInvolved": 0}""";

    private ResultActions post(String user, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void the_spec_example_answers_exactly_as_the_spec_says() throws Exception {
        post("risk.minusca", "/api/v1/oversight/boards-of-inquiry/trigger-check", EXAMPLE).andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("BOI-2026-v1"))
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.triggers.length()").value(1))
                .andExpect(jsonPath("$.triggers[0]").value("UN_EQUIPMENT_LOSS"));
    }

    @Test
    void no_trigger_means_not_required_and_an_empty_list() throws Exception {
        post("oversight.focal", "/api/v1/oversight/boards-of-inquiry/trigger-check", EXAMPLE.replace("30000.00", "24999.99"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.required").value(false))
                .andExpect(jsonPath("$.triggers.length()").value(0));
        post("oversight.focal", "/api/v1/oversight/boards-of-inquiry/trigger-check",
                EXAMPLE.replace("\"coeContingentsInvolved\": 0", "\"coeContingentsInvolved\": 2").replace("\"kidnapping\": false", "\"kidnapping\": true"))
                .andExpect(jsonPath("$.triggers[0]").value("KIDNAPPING")).andExpect(jsonPath("$.triggers[2]").value("COE_SEVERAL_CONTINGENTS"));
    }

    @Test
    void bad_amounts_and_counts_are_refused_with_400_naming_each_field() throws Exception {
        post("oversight.focal", "/api/v1/oversight/boards-of-inquiry/trigger-check",
                EXAMPLE.replace("\"30000.00\"", "\"thirty\"").replace("\"personnelDeathsOrSeriousInjuries\": 0", "\"personnelDeathsOrSeriousInjuries\": -1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unOwnedEquipmentLossUsd")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("personnelDeathsOrSeriousInjuries")));
    }

    @Test
    void an_incident_is_decided_by_the_rule_then_its_board_is_convened_reports_and_feeds_the_register() throws Exception {
        String incident = """
                {"missionCode": "UNMISS", "occurredOn": "2026-05-02", "title": "Test incident", "finalReportOn": "2026-05-20",
                 "facts": %s}""".formatted(EXAMPLE.replace("\"personnelDeathsOrSeriousInjuries\": 0", "\"personnelDeathsOrSeriousInjuries\": 1"));
        String body = post("oversight.focal", "/api/v1/oversight/incidents", incident).andExpect(status().isCreated())
                .andExpect(jsonPath("$.boardRequired").value(true))
                .andExpect(jsonPath("$.ruleSet").value("BOI-2026-v1"))
                .andExpect(jsonPath("$.triggers[0]").value("PERSONNEL_DEATH_OR_INJURY"))
                .andExpect(jsonPath("$.conveningDeadline").value("2026-06-03"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        // one member only: refused, nothing stored
        post("oversight.focal", "/api/v1/oversight/incidents/" + id + "/board", """
                {"convenedOn": "2026-05-25", "termsOfReference": "ToR", "members": [{"role": "CHAIR", "name": "A"},
                 {"role": "MEMBER", "name": "B"}, {"role": "SECRETARY", "name": "C"}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("oversight.board.refused.members"));
        String reference = "TEST-BOI-" + id;
        post("oversight.focal", "/api/v1/oversight/incidents/" + id + "/board", """
                {"convenedOn": "2026-05-25", "termsOfReference": "ToR", "reference": "%s", "members": [{"role": "CHAIR", "name": "A"},
                 {"role": "MEMBER", "name": "B"}, {"role": "MEMBER", "name": "D"}, {"role": "SECRETARY", "name": "C"}]}""".formatted(reference))
                .andExpect(status().isOk()).andExpect(jsonPath("$.board.reference").value(reference))
                .andExpect(jsonPath("$.board.late").value(false));
        post("oversight.focal", "/api/v1/oversight/incidents/" + id + "/board/report", """
                {"submittedOn": "2026-07-01", "findings": "Facts", "recommendations": [{"paragraph": "1", "text": "Do X",
                 "rating": "CRITICAL", "responsibleUnit": "DFS-LSD", "targetDate": "2026-09-30"}],
                 "claims": [{"kind": "DND", "reference": "DND-TEST-1"}, {"kind": "LOTTERY", "reference": ""}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("claims[1].kind")));
        post("oversight.focal", "/api/v1/oversight/incidents/" + id + "/board/report", """
                {"submittedOn": "2026-07-01", "findings": "Facts", "recommendations": [{"paragraph": "1", "text": "Do X",
                 "rating": "CRITICAL", "responsibleUnit": "DFS-LSD", "targetDate": "2026-09-30"}],
                 "claims": [{"kind": "DND", "reference": "DND-TEST-1"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.board.claims[0].reference").value("DND-TEST-1"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ovs_recommendation r JOIN ovs_report p ON p.id = r.report_id "
                + "WHERE p.symbol = ? AND p.source = 'BOI' AND r.mission_code = 'UNMISS'").param(reference).query(Long.class).single()).isEqualTo(1);

        // the board's report is internal: a reader without board access finds nothing
        mvc.perform(get("/api/v1/oversight/incidents/" + id).with(user("risk.minusca")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/oversight/incidents").with(user("risk.minusca")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void the_demo_has_three_incidents_of_which_two_need_a_board() throws Exception {
        mvc.perform(get("/api/v1/oversight/incidents").with(user("oversight.focal")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /.*demo.*/)].boardRequired").value(org.hamcrest.Matchers.containsInAnyOrder(true, true, false)));
    }
}
