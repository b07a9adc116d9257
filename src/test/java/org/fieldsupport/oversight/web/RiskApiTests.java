package org.fieldsupport.oversight.web;

import static org.fieldsupport.oversight.web.OversightFixtures.RISK;
import static org.fieldsupport.oversight.web.OversightFixtures.getJson;
import static org.fieldsupport.oversight.web.OversightFixtures.postJson;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Mission risk register with heat map and QA reviews (5.2.b), support security requirements (3.5.c). */
@IntegrationTest
class RiskApiTests {

    @Autowired
    MockMvc mvc;

    static final String RISK_BODY = """
            {"missionCode": "%s", "title": "Test risk", "cause": "c", "event": "e", "consequence": "q", "likelihood": %d,
             "impact": 5, "owner": "CMS", "residualLikelihood": 2, "residualImpact": 2, "reviewOn": "2027-01-31"%s}""";

    @Test
    void a_risk_is_rated_and_counted_in_the_heat_map_of_its_mission() throws Exception {
        String before = getJson(mvc, RISK, "/api/v1/oversight/risks/heat-map?mission=MINUSCA").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int cell = com.jayway.jsonpath.JsonPath.<Integer>read(before, "$.inherent[3][4]");
        postJson(mvc, RISK, "/api/v1/oversight/risks", RISK_BODY.formatted("MINUSCA", 4, "")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(20)).andExpect(jsonPath("$.level").value("VERY_HIGH"))
                .andExpect(jsonPath("$.residualLevel").value("LOW"));
        getJson(mvc, RISK, "/api/v1/oversight/risks/heat-map?mission=MINUSCA").andExpect(jsonPath("$.inherent[3][4]").value(cell + 1));
        getJson(mvc, RISK, "/api/v1/oversight/risks").andExpect(jsonPath("$[*].missionCode").value(everyItem(is("MINUSCA"))));
    }

    @Test
    void ratings_outside_1_to_5_and_missing_fields_are_400_and_other_missions_are_403() throws Exception {
        postJson(mvc, RISK, "/api/v1/oversight/risks", RISK_BODY.formatted("MINUSCA", 6, "").replace("\"cause\": \"c\", ", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItems("likelihood", "cause")));
        postJson(mvc, RISK, "/api/v1/oversight/risks", RISK_BODY.formatted("UNMISS", 3, "")).andExpect(status().isForbidden());
    }

    @Test
    void a_security_requirement_needs_its_compliance_status() throws Exception {
        postJson(mvc, RISK, "/api/v1/oversight/security-requirements", RISK_BODY.formatted("MINUSCA", 3, ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("compliance"));
        postJson(mvc, RISK, "/api/v1/oversight/security-requirements", RISK_BODY.formatted("MINUSCA", 3, ", \"compliance\": \"PARTIAL\""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("SECURITY")).andExpect(jsonPath("$.compliance").value("PARTIAL"));
        getJson(mvc, RISK, "/api/v1/oversight/security-requirements?mission=MINUSCA")
                .andExpect(jsonPath("$[*].kind").value(everyItem(is("SECURITY"))))
                .andExpect(jsonPath("$[*].compliance").value(hasItems("COMPLIANT", "PARTIAL", "NON_COMPLIANT")));
    }

    @Test
    void quality_assurance_reviews_record_their_findings() throws Exception {
        postJson(mvc, RISK, "/api/v1/oversight/qa-reviews", """
                {"missionCode": "MINUSCA", "area": "Fuel", "reviewedOn": "2026-11-01", "rating": "GREAT", "findings": ""}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItems("rating", "findings")));
        postJson(mvc, RISK, "/api/v1/oversight/qa-reviews", """
                {"missionCode": "MINUSCA", "area": "Fuel", "reviewedOn": "2026-11-01", "rating": "UNSATISFACTORY", "findings": "2 findings"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reviewer").value(RISK));
    }
}
