package org.fieldsupport.logistics;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The logistics screens with demo data, EN/FR, light; forms and refusals. */
@IntegrationTest
class LogisticsScreensTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/logistics/sds", "/logistics/sds/allocations", "/logistics/support-plan",
            "/logistics/aviation-safety", "/logistics/innovations", "/logistics/policies", "/logistics/liquidation"})
    void each_screen_answers_in_french_with_demo_records_and_stays_light(String path) throws Exception {
        var result = mvc.perform(get(path).with(user("logistics.hq")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andReturn();
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(100_000);
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsString()).containsAnyOf("MINUSCA", "SDS-CAMP",
                "UNLB", "Solar", "DOS-");
    }

    @Test
    void aviation_safety_staff_see_the_reporter_on_the_screen_others_do_not() throws Exception {
        mvc.perform(get("/logistics/aviation-safety").with(user("aviation.safety")))
                .andExpect(content().string(containsString("movcon.minusca")));
        mvc.perform(get("/logistics/aviation-safety").with(user("logistics.hq")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("movcon.minusca"))));
    }

    @Test
    void a_lot_form_with_bad_input_marks_the_fields_and_a_liquidation_below_priority_is_refused() throws Exception {
        mvc.perform(post("/logistics/sds/lots").with(user("logistics.hq")).with(csrf()).param("kitCode", "SDS-CAMP-200")
                        .param("location", "").param("readiness", "SERVICEABLE").param("quantity", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/logistics/liquidation").with(user("logistics.hq")).with(csrf()).param("missionCode", "MINUSCA")
                        .param("assetGroup", "Old tents").param("quantity", "5").param("bookValue", "10")
                        .param("method", "DESTRUCTION").param("dueOn", "2027-02-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("justification")));
        mvc.perform(get("/logistics/sds").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
