package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReorganisationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationStructure structure;
    @Autowired StructureEditing editing;

    @Test
    void moving_a_unit_under_another_division_from_a_date_keeps_the_old_structure_for_earlier_dates() throws Exception {
        String code = "DFS-REORG-" + ThreadLocalRandom.current().nextInt(1_000_000);
        LocalDate start = LocalDate.now().minusYears(1);
        LocalDate move = LocalDate.now().plusDays(10);
        editing.createUnit(new StructureEditing.UnitForm(code, UnitKind.UNIT, "Cellule d’essai", "Trial cell",
                "DFS-SSS", null, start, null, null));
        Long version = editing.unitVersion(code, move);

        mvc.perform(post("/organization/units/" + code + "/edit").with(user("org.officer")).with(csrf())
                        .param("kind", "UNIT").param("nameFr", "Cellule d’essai").param("nameEn", "Trial cell")
                        .param("parentCode", "DFS-FPD").param("effectiveFrom", move.toString())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(structure.unit(code, move.minusDays(1)).orElseThrow().parentCode()).isEqualTo("DFS-SSS");
        assertThat(structure.unit(code, move).orElseThrow().parentCode()).isEqualTo("DFS-FPD");
        assertThat(structure.unit(code, start).orElseThrow().parentCode()).isEqualTo("DFS-SSS");
    }

    @Test
    void a_reorganisation_that_would_make_a_cycle_is_refused_and_nothing_changes() throws Exception {
        String code = "DFS-REORG-" + ThreadLocalRandom.current().nextInt(1_000_000);
        LocalDate move = LocalDate.now().plusDays(5);
        editing.createUnit(new StructureEditing.UnitForm(code, UnitKind.SECTION, "Section d’essai", "Trial section",
                "DFS-LSD", null, LocalDate.now().minusMonths(1), null, null));
        String child = code + "-C";
        editing.createUnit(new StructureEditing.UnitForm(child, UnitKind.UNIT, "Sous-cellule", "Sub-cell", code, null,
                LocalDate.now().minusMonths(1), null, null));

        mvc.perform(post("/organization/units/" + code + "/edit").with(user("org.officer")).with(csrf())
                        .param("kind", "SECTION").param("nameFr", "Section d’essai").param("nameEn", "Trial section")
                        .param("parentCode", child).param("effectiveFrom", move.toString())
                        .param("version", String.valueOf(editing.unitVersion(code, move))))
                .andExpect(status().isOk());   // the form again, with the reason

        assertThat(structure.unit(code, move).orElseThrow().parentCode()).isEqualTo("DFS-LSD");
    }
}
