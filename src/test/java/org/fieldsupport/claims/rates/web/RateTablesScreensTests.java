package org.fieldsupport.claims.rates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The rate screens in English and French, the import form's error table, and the templates. */
@IntegrationTest
class RateTablesScreensTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void a_french_speaking_reviewer_exists() {
        directory.ensureUser("rates.reviewer.fr", "Réviseur COE", null, "fr", "rates.reviewer.fr-test-password");
        directory.ensureRoleAssignment("rates.reviewer.fr", "COE_REVIEWER", Scope.department());
    }

    @Test
    void the_list_and_the_edition_render_in_english() throws Exception {
        mvc.perform(get("/claims/rates").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("COE rate tables")))
                .andExpect(content().string(containsString("COE-MANUAL-2023-ILLUSTRATIVE")))
                .andExpect(content().string(containsString("ILLUSTRATIVE")))
                .andExpect(content().string(containsString("Troop cost per person per month")))
                .andExpect(content().string(containsString("1,428.00")))
                .andExpect(content().string(containsString("70,000.00")))
                .andExpect(content().string(containsString("href=\"/claims/rates/import\"")));
        mvc.perform(get("/claims/rates/editions/COE-MANUAL-2023-ILLUSTRATIVE").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Generic fair market value")))
                .andExpect(content().string(containsString("APC-WH-II")))
                .andExpect(content().string(containsString("825,000.00")))
                .andExpect(content().string(containsString("4,789.58")))
                .andExpect(content().string(containsString("7,689.58")))
                .andExpect(content().string(containsString(">0.003<")))
                .andExpect(content().string(containsString("MEDICAL_BASIC")))
                .andExpect(content().string(containsString("not the COE Manual")));
    }

    @Test
    void the_screens_render_in_french_for_a_reader_without_import_rights() throws Exception {
        mvc.perform(get("/claims/rates").with(user("rates.reviewer.fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barèmes du matériel appartenant aux contingents")))
                .andExpect(content().string(containsString("FICTIF")))
                .andExpect(content().string(containsString("Coûts des contingents par personne et par mois")))
                .andExpect(content().string(not(containsString("href=\"/claims/rates/import\""))));
        mvc.perform(get("/claims/rates/editions/COE-MANUAL-2023-ILLUSTRATIVE").with(user("rates.reviewer.fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Juste valeur marchande générique")))
                .andExpect(content().string(containsString("Location avec services par mois")))
                // the no-fault incident factor is a number of the reader's locale (was 0.003 in French)
                .andExpect(content().string(containsString(">0,003<")))
                .andExpect(content().string(not(containsString(">0.003<"))));
        mvc.perform(get("/claims/rates/import").with(user("rates.reviewer.fr")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_import_form_lists_the_problems_by_file_row_and_column() throws Exception {
        mvc.perform(get("/claims/rates/import").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import COE rates")));
        mvc.perform(multipart("/claims/rates/import")
                        .file(new MockMultipartFile("equipment", "e.csv", "text/csv", (RateTablesApiTests.EQUIPMENT_HEADER
                                + "S-1,Cat,x,100,10,0.5,1\nS-1,Cat,y,100,10,2,1\n").getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("selfSustainment", "s.csv", "text/csv",
                                (RateTablesApiTests.SS_HEADER + "CATERING,,1\n").getBytes(StandardCharsets.UTF_8)))
                        .param("code", "TEST-SCREEN-BAD").param("titleEn", "x").param("effectiveFrom", "2099-01-01")
                        .param("source", "test")
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Import refused: 2 problem(s), nothing was written.")))
                .andExpect(content().string(containsString("Major-equipment rates")))
                .andExpect(content().string(containsString("nfi_factor")))
                .andExpect(content().string(containsString("S-1 appears twice: already on row 1")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claims_rate_edition WHERE code = 'TEST-SCREEN-BAD'")
                .query(Integer.class).single()).isZero();
        mvc.perform(multipart("/claims/rates/import")
                        .file(new MockMultipartFile("ddStandard", "d.csv", "text/csv",
                                "effective_from,amount,currency,source\n2099-07-01,80000.00,USD,screen test\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/claims/rates?imported"));
        mvc.perform(get("/claims/rates").with(user("admin")))
                .andExpect(content().string(containsString("80,000.00")));
    }

    @Test
    void the_templates_download_and_import_back() throws Exception {
        String csv = mvc.perform(get("/claims/rates/templates/equipment").param("format", "csv").with(user("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("code,category,description,gfmv,useful_life_years,nfi_factor,maintenance_monthly");
        byte[] xlsx = mvc.perform(get("/claims/rates/templates/self-sustainment").param("format", "xlsx")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("per_person_per_month");
        }
        mvc.perform(multipart("/claims/rates/import")
                        .file(new MockMultipartFile("equipment", "e.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("selfSustainment", "s.xlsx", null, xlsx))
                        .param("code", "TEST-TEMPLATES").param("titleEn", "From the templates")
                        .param("effectiveFrom", "2099-06-01").param("source", "templates")
                        .with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/claims/rates/editions/TEST-TEMPLATES?imported"));
        mvc.perform(get("/claims/rates/templates/nothing").with(user("admin"))).andExpect(status().isNotFound());
    }
}
