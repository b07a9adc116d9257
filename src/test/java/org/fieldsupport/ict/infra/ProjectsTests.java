package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.fieldsupport.ict.infra.IctInfraCalls.id;
import static org.fieldsupport.ict.infra.IctInfraCalls.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fieldsupport.ict.projects.domain.StageGates;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The ICT project portfolio: stage gates and what they need, risks, benefits, status reports, roadmap (9.2.b, 9.2.d). */
@IntegrationTest
class ProjectsTests {

    @Autowired
    MockMvc mvc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    @Test
    void the_gate_rules() {
        var none = new StageGates.Facts(0, 0, 0, 0);
        assertThat(StageGates.unmet("PROPOSAL", "BUSINESS_CASE", none)).isEmpty();
        assertThat(StageGates.unmet("PROPOSAL", "DESIGN", none)).containsExactly("ictinfra.gate.order");
        assertThat(StageGates.unmet("BUSINESS_CASE", "DESIGN", none)).containsExactly("ictinfra.gate.benefits");
        assertThat(StageGates.unmet("DESIGN", "BUILD", new StageGates.Facts(1, 0, 0, 1)))
                .containsExactly("ictinfra.gate.statusReport", "ictinfra.gate.risks");
        assertThat(StageGates.unmet("DEPLOY", "CLOSED", new StageGates.Facts(2, 1, 3, 0))).containsExactly("ictinfra.gate.realised");
        assertThat(StageGates.unmet("CLOSED", "CANCELLED", none)).containsExactly("ictinfra.gate.notOpen");
        assertThat(StageGates.unmet("BUILD", "CANCELLED", none)).isEmpty();
    }

    @Test
    void a_project_passes_its_gates_only_when_their_conditions_are_met() throws Exception {
        long p = id(call.post(PLANNER, "/api/v1/ict/projects", "{\"code\": \"" + unique("P") + "\", \"title\": \"Radio upgrade\", "
                + "\"missionCode\": \"MINUSCA\", \"budget\": 100000, \"startsOn\": \"2026-01-01\", \"endsOn\": \"2027-01-01\", "
                + "\"manager\": \"MINUSCA ICT\"}").andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("PROPOSAL")));
        String gate = "/api/v1/ict/projects/" + p + "/gate";
        call.post(PLANNER, gate, "{\"toStage\": \"DESIGN\", \"note\": \"skip\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/stage-gate"));
        call.post(MINUSCA, gate, "{\"toStage\": \"BUSINESS_CASE\", \"note\": \"ok\"}").andExpect(status().isForbidden());
        call.post(PLANNER, gate, "{\"toStage\": \"BUSINESS_CASE\", \"note\": \"Steering committee\"}").andExpect(status().isOk());
        call.post(PLANNER, gate, "{\"toStage\": \"DESIGN\", \"note\": \"x\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ictinfra.gate.benefits"));
        call.post(PLANNER, "/api/v1/ict/projects/" + p + "/benefits", "{\"description\": \"Coverage\", \"measure\": \"% of patrol routes\", "
                + "\"target\": 90}").andExpect(status().isOk());
        call.post(PLANNER, gate, "{\"toStage\": \"DESIGN\", \"note\": \"Benefits set\"}").andExpect(status().isOk());
        String detail = call.post(PLANNER, "/api/v1/ict/projects/" + p + "/risks", "{\"title\": \"Spectrum licence\", \"likelihood\": 4, "
                + "\"impact\": 4}").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long risk = ((Number) com.jayway.jsonpath.JsonPath.read(detail, "$.risks[0].id")).longValue();
        call.post(PLANNER, "/api/v1/ict/projects/" + p + "/reports", "{\"rag\": \"AMBER\", \"summary\": \"Licence pending\", "
                + "\"spentToDate\": 120000}").andExpect(status().isOk())
                .andExpect(jsonPath("$.project.overBudget").value(true)).andExpect(jsonPath("$.project.latestRag").value("AMBER"));
        call.post(PLANNER, gate, "{\"toStage\": \"BUILD\", \"note\": \"x\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ictinfra.gate.risks"));
        call.post(PLANNER, "/api/v1/ict/projects/" + p + "/risks/" + risk, "{\"mitigation\": \"Apply through the host government\"}")
                .andExpect(status().isOk());
        call.post(PLANNER, gate, "{\"toStage\": \"BUILD\", \"note\": \"Risks mitigated\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.project.stage").value("BUILD")).andExpect(jsonPath("$.gates[*].to", hasItems("BUSINESS_CASE", "DESIGN", "BUILD")));
        call.post(PLANNER, gate, "{\"toStage\": \"DEPLOY\"}", "fr").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note")).andExpect(jsonPath("$.errors[0].message", containsString("Note")));
        call.get(UNMISS, "/api/v1/ict/projects/" + p).andExpect(status().isNotFound());
        call.get(UNMISS, "/api/v1/ict/projects").andExpect(status().isOk()).andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))));
    }

    @Test
    void bad_input_names_the_fields_and_screens_show_the_portfolio_and_roadmap() throws Exception {
        call.post(PLANNER, "/api/v1/ict/projects", "{\"budget\": -1, \"startsOn\": \"2027-01-01\", \"endsOn\": \"2026-01-01\", "
                        + "\"missionCode\": \"NOWHERE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "title", "budget", "endsOn", "manager", "missionCode")));
        call.page(PLANNER, "/ict/projects", "fr").andExpect(status().isOk()).andExpect(content().string(containsString("ICT-2026-01")))
                .andExpect(content().string(containsString("Réalisation")));
        call.page(UNMISS, "/ict/projects/roadmap", "en").andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("ICT-2026-03")));
        String list = call.get(PLANNER, "/api/v1/ict/projects").andReturn().getResponse().getContentAsString();
        List<Object> ids = com.jayway.jsonpath.JsonPath.read(list, "$[?(@.code == 'ICT-2026-01')].id");
        call.page(PLANNER, "/ict/projects/" + ((Number) ids.get(0)).longValue(), "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Storage delivery slipped")));
    }
}
