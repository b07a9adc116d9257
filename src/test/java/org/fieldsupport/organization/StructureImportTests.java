package org.fieldsupport.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class StructureImportTests {

    static final String HEADER = "code,parent,kind,name_fr,name_en,paragraphs,valid_from,valid_to,head_code,head_title_fr,head_title_en,head_grade,head_reports_to\n";

    @Autowired MockMvc mvc;
    @Autowired OrganizationStructure structure;

    private static MockMultipartFile csv(String body) {
        return new MockMultipartFile("file", "structure.csv", "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_cyclic_structure_file_is_refused_whole_with_the_rows_at_fault() throws Exception {
        String s = "IMPC" + (System.nanoTime() % 100000);
        mvc.perform(multipart("/api/v1/organization/import").file(csv(
                        s + "-A,DFS-LSD,section,Section A,Section A,,2020-01-01,," + s + "-A-HEAD,Chef,Chief,P-5,DFS-LSD-HEAD\n"
                        + s + "-B," + s + "-C,unit,Groupe B,Unit B,,2020-01-01,," + s + "-B-HEAD,Chef,Chief,P-4," + s + "-A-HEAD\n"
                        + s + "-C," + s + "-B,unit,Groupe C,Unit C,,2020-01-01,," + s + "-C-HEAD,Chef,Chief,P-4," + s + "-A-HEAD\n"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 2: parent")));
        assertThat(structure.unit(s + "-A", null)).as("nothing written").isEmpty();
    }

    @Test
    void a_headless_unit_and_an_unknown_parent_are_reported_by_row_and_column() throws Exception {
        String s = "IMPH" + (System.nanoTime() % 100000);
        mvc.perform(multipart("/api/v1/organization/import").file(csv(
                        s + "-A,DFS-LSD,section,Section A,Section A,,2020-01-01,,,,,,\n"
                        + s + "-B,NOWHERE,galaxy,Groupe B,Unit B,,2020-13-01,," + s + "-B-HEAD,Chef,Chief,P-4,DFS-LSD-HEAD\n"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 1: head_code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 2: parent")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 2: kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 2: valid_from")));
        assertThat(structure.unit(s + "-A", null)).isEmpty();
    }

    @Test
    void a_valid_file_creates_units_heads_and_lines_in_one_go() throws Exception {
        String s = "IMPV" + (System.nanoTime() % 100000);
        mvc.perform(multipart("/api/v1/organization/import").file(csv(
                        s + "-B," + s + "-A,unit,Groupe B,Unit B,,2020-01-01,," + s + "-B-HEAD,Chef du groupe B,Chief of Unit B,P-4," + s + "-A-HEAD\n"
                        + s + "-A,DFS-LSD,section,Section A,Section A,8.1,2020-01-01,," + s + "-A-HEAD,Chef de la section A,Chief of Section A,P-5,DFS-LSD-HEAD\n"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        assertThat(structure.unitReportingChain(s + "-B", null)).extracting(PositionSummary::code)
                .containsExactly(s + "-B-HEAD", s + "-A-HEAD", "DFS-LSD-HEAD", "DFS-HEAD");
    }

    @Test
    void the_structure_exports_to_csv_and_xlsx_and_the_export_imports_back_unchanged() throws Exception {
        byte[] csvBytes = mvc.perform(get("/api/v1/organization/export").param("format", "csv").param("asOf", "2015-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("code,parent,kind").contains("DFS-SUPS,DFS-SSS,SECTION,Section des approvisionnements");
        byte[] xlsx = mvc.perform(get("/api/v1/organization/export").param("format", "xlsx").param("asOf", "2015-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(52);
        }
        mvc.perform(multipart("/api/v1/organization/import").param("dryRun", "true")
                        .file(new MockMultipartFile("file", "structure.xlsx", "application/octet-stream", xlsx)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false));
    }
}
