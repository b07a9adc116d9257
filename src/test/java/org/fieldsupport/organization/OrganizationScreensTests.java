package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class OrganizationScreensTests {

    @Autowired MockMvc mvc;

    private String page(String url, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void every_organisation_screen_renders_in_english_and_french_without_missing_messages() throws Exception {
        for (String url : new String[] {"/organization/units", "/organization/units/DFS-SUPS", "/organization/chart",
                "/organization/missions", "/organization/missions?all=true", "/organization/missions/MINUSCA",
                "/organization/missions/new", "/organization/missions/UNMISS/edit", "/organization/units/DFS-CDU/edit",
                "/organization/attributions", "/organization/attributions/7.5.b", "/organization/coverage",
                "/organization/shared", "/organization/transfer", "/organization/responsibility?q=7.5.b&mission=MINUSCA",
                "/organization/cards/missions"}) {
            for (String lang : new String[] {"en", "fr"}) {
                String html = page(url, lang);
                assertThat(html).as(url + " " + lang).doesNotContain("??").doesNotContain("onclick").doesNotContain("<script>");
            }
        }
    }

    @Test
    void the_unit_page_shows_the_head_the_chain_and_the_attributions_in_french() throws Exception {
        String html = page("/organization/units/DFS-MCMS", "fr");
        assertThat(html).contains("Section de la gestion des mémorandums d’accord", "Chaîne hiérarchique", "7.5.b",
                "Directeur, Division du budget et des finances des missions");
    }

    @Test
    void the_chart_is_drawn_as_svg_with_shared_units_and_instruction_lines() throws Exception {
        String html = page("/organization/chart", "en");
        assertThat(html).contains("<svg", "Logistics Support Division", "shared with DPKO", "instructions: peacekeeping operations (2.4.a)",
                "class=\"instr\"", "class=\"dual\"");
        // issue 12.1: the page's CSP (style-src 'self') blocks a <style> inside the inline SVG: the chart is styled
        // by classes from the stylesheet, and the stylesheet holds every rule of the chart's own style
        assertThat(html).contains("class=\"org-chart-svg\"").doesNotContain("<style");
        String css = new String(getClass().getResourceAsStream("/static/css/app.css").readAllBytes(), StandardCharsets.UTF_8);
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("(\\.[a-z]+)\\{([^}]*)\\}")
                .matcher(org.fieldsupport.organization.structure.internal.OrgChartSvg.STYLE);
        int rules = 0;
        while (rule.find()) {
            rules++;
            assertThat(css).contains(".org-chart-svg " + rule.group(1) + " { " + rule.group(2).replace(";", "; ") + "; }");
        }
        assertThat(rules).isGreaterThan(10);
        String svg = mvc.perform(get("/organization/chart.svg").param("root", "DFS-LSD").param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the downloaded file is self-contained: it carries its styles
        assertThat(svg).startsWith("<?xml").contains("<style>.box{fill:#fff").contains("Section des approvisionnements")
                .doesNotContain("Logistics Support");
        byte[] department = mvc.perform(get("/organization/chart.svg").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "organization-chart-en.svg"), department);
    }

    @Test
    void the_responsibility_search_answers_in_the_users_language() throws Exception {
        String html = page("/organization/responsibility?q=rapports de vérification&mission=MINUSCA", "fr");
        assertThat(html).contains("Section de la gestion des mémorandums d’accord", "Département des opérations de maintien de la paix", "2.4.a");
        String en = page("/organization/responsibility?q=7.5.b&mission=UNAMA", "en");
        assertThat(en).contains("Department of Political Affairs", "2.4.b");
    }

    @Test
    void a_refused_import_on_the_screen_lists_each_bad_row() throws Exception {
        String body = "code,parent,kind,name_fr,name_en,paragraphs,valid_from,valid_to,head_code,head_title_fr,head_title_en,head_grade,head_reports_to\n"
                + "SCR-A,NOWHERE,section,A,A,,2020-01-01,,,,,,\n";
        String html = mvc.perform(multipart("/organization/transfer/import")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", body.getBytes(StandardCharsets.UTF_8)))
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("row 1: parent", "row 1: head_code", "Unknown parent unit NOWHERE");
    }

    @Test
    void an_officer_moves_a_mission_to_liquidation_from_its_page() throws Exception {
        mvc.perform(post("/organization/missions/new").with(csrf()).param("newCode", "SCRM" + (System.nanoTime() % 1000))
                        .param("nameFr", "Mission écran").param("nameEn", "Screen mission").param("type", "SPECIAL_POLITICAL_MISSION")
                        .param("leadDepartment", "EXT-DPA").param("hostCountries", "HTI").param("mandateStart", "2024-01-01"))
                .andExpect(status().is3xxRedirection());
    }
}
