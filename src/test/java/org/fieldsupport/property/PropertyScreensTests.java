package org.fieldsupport.property;

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

/** Property screens in French and English with the demo records, a count from the form, the write-off steps. */
@IntegrationTest
class PropertyScreensTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/property/assets", "/property/counts", "/property/write-offs"})
    void each_screen_shows_demo_records_and_stays_light(String path) throws Exception {
        var result = mvc.perform(get(path).with(user("logistics.hq"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("MINUSCA")))
                .andExpect(content().string(containsString("UNMISS"))).andReturn();
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(100_000);
    }

    @Test
    void the_write_off_list_shows_the_boards_in_french() throws Exception {
        mvc.perform(get("/property/write-offs").with(user("property.minusca")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Comité du Siège")))
                .andExpect(content().string(containsString("Comité local")));
    }

    @Test
    void a_count_from_the_form_lands_on_its_discrepancies_and_bad_input_is_marked() throws Exception {
        mvc.perform(post("/property/counts").with(user("property.minusca")).with(csrf()).param("missionCode", "MINUSCA")
                        .param("location", "Bangui — M'Poko logistics base").param("countedOn", "2026-12-01")
                        .param("tags", "UN-MINUSCA-000001\nUN-MINUSCA-UNKNOWN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/property/counts").with(user("property.minusca")).with(csrf()).param("missionCode", "MINUSCA")
                        .param("location", "").param("countedOn", "not a date"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
    }

    @Test
    void other_roles_are_refused() throws Exception {
        mvc.perform(get("/property/assets").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }
}
