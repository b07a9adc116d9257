package org.fieldsupport.conduct.web;

import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.UNMISS;
import static org.fieldsupport.conduct.web.ConductFixtures.getJson;
import static org.fieldsupport.conduct.web.ConductFixtures.postJson;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Disciplinary review (5.7.e): only substantiated cases, mission recommendation, headquarters decision, need-to-know on the list. */
@IntegrationTest
class ConductDisciplineTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_substantiated_case_goes_to_review_and_headquarters_decides() throws Exception {
        long id = ConductFixtures.seaCase(mvc, MINUSCA, "MINUSCA", "disc" + System.nanoTime(), "Disc Victim");
        String reference = ConductFixtures.reference(mvc, MINUSCA, id);
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/reviews", "{\"recommendation\": \"REPATRIATION\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("conduct.discipline.refused.notSubstantiated"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/assessment", "{\"breach\": true}").andExpect(status().isOk());
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/referrals", "{\"entity\": \"OIOS\"}").andExpect(status().isOk());
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/investigation", "{\"entity\": \"OIOS\", \"start\": \"2026-04-01\", \"end\": \"2026-06-01\"}").andExpect(status().isOk());
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/outcome", "{\"outcome\": \"SUBSTANTIATED\"}").andExpect(status().isOk());
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/reviews", "{\"recommendation\": \"BANISHMENT\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recommendation"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/reviews", "{\"recommendation\": \"REPATRIATION\", \"note\": \"mission view\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviews[0].recommendation").value("REPATRIATION"));
        postJson(mvc, MINUSCA, "/api/v1/conduct/cases/" + id + "/review-decision", "{\"decision\": \"REFERRAL_TO_MEMBER_STATE\"}")
                .andExpect(status().isForbidden());
        getJson(mvc, HQ, "/api/v1/conduct/reviews?open=true").andExpect(jsonPath("$[*].reference").value(hasItem(reference)));
        getJson(mvc, UNMISS, "/api/v1/conduct/reviews").andExpect(jsonPath("$[*].reference").value(not(hasItem(reference))));
        postJson(mvc, HQ, "/api/v1/conduct/cases/" + id + "/review-decision", "{\"decision\": \"REFERRAL_TO_MEMBER_STATE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviews[0].decision").value("REFERRAL_TO_MEMBER_STATE"))
                .andExpect(jsonPath("$.reviews[0].decidedBy").value(HQ));
        postJson(mvc, HQ, "/api/v1/conduct/cases/" + id + "/review-decision", "{\"decision\": \"DISMISSAL\"}")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/conduct/discipline").with(user(HQ))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Renvoi à l&#39;État Membre")));
    }
}
