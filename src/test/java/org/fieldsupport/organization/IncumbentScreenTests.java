package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IncumbentScreenTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationStructure structure;

    private String newPositionInCartographicSection() throws Exception {
        String code = "DFS-CARTO-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/organization/units/DFS-CARTO/positions").with(user("org.officer")).with(csrf())
                        .param("positionCode", code).param("titleFr", "Cartographe").param("titleEn", "Cartographer")
                        .param("gradeCode", "P-3").param("reportsTo", "DFS-CARTO-HEAD"))
                .andExpect(status().is3xxRedirection());
        return code;
    }

    @Test
    void an_officer_records_a_new_person_and_makes_them_the_incumbent_from_the_unit_screen() throws Exception {
        String position = newPositionInCartographicSection();
        String index = "T" + ThreadLocalRandom.current().nextInt(10_000_000);

        mvc.perform(post("/organization/units/DFS-CARTO/incumbents").with(user("org.officer")).with(csrf())
                        .param("positionCode", position).param("person", index).param("fullName", "Amina Diallo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));

        assertThat(structure.position(position, LocalDate.now()).orElseThrow().incumbent().fullName())
                .isEqualTo("Amina Diallo");
    }

    @Test
    void the_unit_screen_offers_the_assignment_form_in_the_officers_french() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/organization/units/DFS-CARTO")
                        .with(user("lsd.officer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Désigner le titulaire d’un poste")));
    }

    @Test
    void an_unknown_person_without_a_name_is_refused_with_the_reason_and_nothing_changes() throws Exception {
        String position = newPositionInCartographicSection();

        mvc.perform(post("/organization/units/DFS-CARTO/incumbents").with(user("org.officer")).with(csrf())
                        .param("positionCode", position).param("person", "NOBODY-" + position))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("NOBODY-" + position)));

        assertThat(structure.position(position, LocalDate.now()).orElseThrow().incumbent()).isNull();
    }

    @Test
    void a_position_of_another_unit_cannot_be_filled_from_this_unit_screen() throws Exception {
        mvc.perform(post("/organization/units/DFS-CARTO/incumbents").with(user("org.officer")).with(csrf())
                        .param("positionCode", "DFS-HEAD").param("person", "usg.dfs"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("DFS-HEAD")));
    }
}
