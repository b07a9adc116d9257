package org.fieldsupport.movements;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The movements screens in English and French, the request form and its refusals, light pages. */
@IntegrationTest
class MovementsScreensTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/movements/requests", "/movements/trips", "/movements/fleet", "/movements/rotations",
            "/movements/letters-of-assist", "/movements/requirements"})
    void each_screen_shows_the_demo_records_in_french_and_stays_light(String path) throws Exception {
        var result = mvc.perform(get(path).with(user("movcon.minusca")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MINUSCA")))
                .andExpect(content().string(containsString("lang=\"fr\""))).andReturn();
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsByteArray().length)
                .isLessThan(100_000);
    }

    @Test
    void the_form_submits_a_request_and_a_late_one_is_refused_with_the_reason() throws Exception {
        String soon = Instant.now().plus(10, ChronoUnit.HOURS).toString().substring(0, 16);
        String later = Instant.now().plus(5, ChronoUnit.DAYS).toString().substring(0, 16);
        mvc.perform(post("/movements/requests").with(user("movcon.minusca")).with(csrf())
                        .param("missionCode", "MINUSCA").param("kind", "PASSENGER").param("origin", "Bangui")
                        .param("destination", "Bambari").param("departure", later).param("passengers", "1"))
                .andExpect(redirectedUrl("/movements/requests"));
        mvc.perform(post("/movements/requests").with(user("movcon.minusca")).with(csrf())
                        .param("missionCode", "MINUSCA").param("kind", "PASSENGER").param("origin", "Bangui")
                        .param("destination", "Bambari").param("departure", soon).param("passengers", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("48 heures sont requises")));
        mvc.perform(post("/movements/requests").with(user("movcon.minusca")).with(csrf())
                        .param("missionCode", "MINUSCA").param("kind", "PASSENGER").param("origin", "")
                        .param("destination", "Bambari").param("departure", later).param("passengers", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
    }

    @Test
    void a_user_without_a_movements_role_is_refused() throws Exception {
        mvc.perform(get("/movements/requests").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
