package org.fieldsupport.claims.rates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.mou.web.ContingentApiTests;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * French category and description of major equipment: optional columns of the equipment import (CSV, XLSX),
 * shown on French pages of a rate edition, given in the API, copied onto table-rated MOU lines (or given with a
 * special-case line) and shown on French MOU pages; English pages unchanged.
 */
@IntegrationTest
class EquipmentFrenchLabelsTests {

    static final String HEADER_FR = "code,category,description,gfmv,useful_life_years,nfi_factor,maintenance_monthly,"
            + "category_fr,description_fr\n";
    static final String FRENCH_READER = "equipment.labels.fr";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void a_french_speaking_claims_officer_exists() {
        directory.ensureUser(FRENCH_READER, "Agent MAC (test)", null, "fr", FRENCH_READER + "-test-password");
        directory.ensureRoleAssignment(FRENCH_READER, "CLAIMS_OFFICER", Scope.department());
    }

    static MockMultipartFile csv(String part, String body) {
        return new MockMultipartFile(part, part + ".csv", "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    int editions(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_rate_edition WHERE code = ?").param(code).query(Integer.class)
                .single();
    }

    ResultActions importing(MockMultipartFile equipment, String code, String from, String language)
            throws Exception {
        return mvc.perform(multipart("/api/v1/claims/rate-imports")
                .file(equipment)
                .file(csv("selfSustainment", RateTablesApiTests.SS_HEADER + "CATERING,Catering,28.00\n"))
                .param("code", code).param("titleEn", "French labels test " + code).param("effectiveFrom", from)
                .param("source", "test")
                .with(user("admin")).with(csrf()).accept("application/json").header("Accept-Language", language));
    }

    @Test
    void an_edition_with_french_columns_shows_them_on_french_pages_and_in_the_api() throws Exception {
        importing(csv("equipment", HEADER_FR
                        + "FR-TRK,Support vehicle,\"Truck, cargo\",120000.00,10,0.002,900.00,Véhicule de soutien,"
                        + "\"Camion de transport de marchandises\"\n"
                        + "FR-GEN,Engineering,Generator,60000,5,0,300,Génie,Groupe électrogène\n"),
                "TEST-FR-2191", "2191-01-01", "en")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.equipmentRates").value(2));
        mvc.perform(get("/api/v1/claims/rate-editions/TEST-FR-2191").with(user("admin")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equipment[?(@.code == 'FR-TRK')].categoryFr").value(hasItem("Véhicule de soutien")))
                .andExpect(jsonPath("$.equipment[?(@.code == 'FR-TRK')].descriptionFr")
                        .value(hasItem("Camion de transport de marchandises")))
                .andExpect(jsonPath("$.equipment[?(@.code == 'FR-TRK')].category").value(hasItem("Support vehicle")));
        mvc.perform(get("/claims/rates/editions/TEST-FR-2191").with(user(FRENCH_READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Véhicule de soutien<")))
                .andExpect(content().string(containsString(">Camion de transport de marchandises<")))
                .andExpect(content().string(containsString(">Groupe électrogène<")))
                .andExpect(content().string(not(containsString(">Truck, cargo<"))));
        mvc.perform(get("/claims/rates/editions/TEST-FR-2191").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Support vehicle<")))
                .andExpect(content().string(containsString(">Truck, cargo<")))
                .andExpect(content().string(not(containsString("Camion de transport"))));
    }

    @Test
    void an_xlsx_edition_with_french_columns_imports_like_a_csv_one() throws Exception {
        byte[] xlsx;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("equipment");
            String[][] cells = {HEADER_FR.strip().split(","),
                    {"FRX-1", "Medical", "Ambulance", "98000", "8", "0.003", "830", "Médical", "Ambulance tout-terrain"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        importing(new MockMultipartFile("equipment", "equipment.xlsx", null, xlsx), "TEST-FR-2192", "2192-01-01", "en")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/claims/rate-editions/TEST-FR-2192").with(user("admin")).accept("application/json"))
                .andExpect(jsonPath("$.equipment[0].categoryFr").value("Médical"))
                .andExpect(jsonPath("$.equipment[0].descriptionFr").value("Ambulance tout-terrain"));
    }

    @Test
    void an_edition_without_french_columns_shows_the_english_text_on_french_pages() throws Exception {
        importing(csv("equipment", RateTablesApiTests.EQUIPMENT_HEADER
                        + "EN-TRK,Support vehicle,Tipper truck,120000.00,10,0.002,900.00\n"),
                "TEST-FR-2193", "2193-01-01", "en")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/claims/rate-editions/TEST-FR-2193").with(user("admin")).accept("application/json"))
                .andExpect(jsonPath("$.equipment[0].category").value("Support vehicle"))
                .andExpect(jsonPath("$.equipment[0].categoryFr").doesNotExist());
        mvc.perform(get("/claims/rates/editions/TEST-FR-2193").with(user(FRENCH_READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Support vehicle<")))
                .andExpect(content().string(containsString(">Tipper truck<")));
    }

    @Test
    void a_bad_french_cell_is_named_by_row_and_column_in_english_and_french_and_nothing_is_written()
            throws Exception {
        String rows = HEADER_FR
                + "B-1,Support vehicle,Truck,1000,10,0.01,10,,Camion\n"
                + "B-2,Support vehicle,Truck,1000,10,0.01,10,Véhicule de soutien," + "x".repeat(201) + "\n";
        importing(csv("equipment", rows), "TEST-FR-BAD", "2194-03-01", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 1: category_fr')].message",
                        hasItem("is required")))
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 2: description_fr')].message",
                        hasItem("must be at most 200 characters")));
        importing(csv("equipment", rows), "TEST-FR-BAD", "2194-03-01", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 1: category_fr')].message",
                        hasItem("est obligatoire")))
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 2: description_fr')].message",
                        hasItem("doit compter au plus 200 caractères")));
        assertThat(editions("TEST-FR-BAD")).isZero();
    }

    @Test
    void the_equipment_template_has_the_french_columns() throws Exception {
        String csv = mvc.perform(get("/claims/rates/templates/equipment").param("format", "csv").with(user("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("code,category,description,gfmv,useful_life_years,nfi_factor,maintenance_monthly,"
                + "category_fr,description_fr");
        assertThat(csv).contains("Véhicule blindé de transport de troupes");
    }

    @Test
    void the_demo_edition_shows_french_labels_on_french_pages_and_english_ones_on_english_pages() throws Exception {
        mvc.perform(get("/claims/rates/editions/COE-MANUAL-2023-ILLUSTRATIVE").with(user(FRENCH_READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Véhicule blindé de transport de troupes<")))
                .andExpect(content().string(containsString(">VBTT, à roues, classe II<")))
                .andExpect(content().string(containsString(">Véhicule de soutien<")))
                .andExpect(content().string(not(containsString(">Armoured personnel carrier<"))));
        mvc.perform(get("/claims/rates/editions/COE-MANUAL-2023-ILLUSTRATIVE").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Armoured personnel carrier<")))
                .andExpect(content().string(containsString(">APC, wheeled, class II<")))
                .andExpect(content().string(not(containsString("Véhicule blindé"))));
    }

    // ---------------------------------------------------------------- MOU Annex B lines

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    @Test
    void an_mou_line_rated_from_the_table_takes_the_rows_french_labels_and_a_special_case_line_may_give_them()
            throws Exception {
        String created = send(post("/api/v1/claims/contingents"),
                ContingentApiTests.MOU.formatted("T-FR-" + UUID.randomUUID()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String base = "/api/v1/claims/contingents/" + id + "/versions/1/equipment/";
        send(put(base + "ME-2"), """
                {"category": "Armoured personnel carrier", "description": "APC, wheeled, class II", "leaseType": "DRY",
                 "mouQuantity": 4, "equipmentCode": "APC-WH-II"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].equipment[1].rateBasis").value("TABLE"))
                .andExpect(jsonPath("$.versions[0].equipment[1].categoryFr")
                        .value("Véhicule blindé de transport de troupes"))
                .andExpect(jsonPath("$.versions[0].equipment[1].descriptionFr").value("VBTT, à roues, classe II"));
        send(put(base + "ME-3"), """
                {"category": "Engineering", "description": "Bulldozer, special", "leaseType": "WET", "mouQuantity": 1,
                 "specialRate": "4000.00", "justification": "no table rate for this model",
                 "categoryFr": "Génie", "descriptionFr": "Bouteur, modèle spécial"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].equipment[2].rateBasis").value("SPECIAL"))
                .andExpect(jsonPath("$.versions[0].equipment[2].descriptionFr").value("Bouteur, modèle spécial"));
        send(put(base + "ME-4"), """
                {"category": "Engineering", "description": "x", "leaseType": "WET", "mouQuantity": 1,
                 "specialRate": "1.00", "justification": "x", "descriptionFr": "%s"}""".formatted("x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("descriptionFr"));
        // taking effect re-rates the table line from the edition in force: the French labels stay
        send(post("/api/v1/claims/contingents/" + id + "/versions/1/take-effect"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].equipment[1].descriptionFr").value("VBTT, à roues, classe II"))
                .andExpect(jsonPath("$.versions[0].equipment[0].categoryFr").doesNotExist());

        mvc.perform(get("/claims/contingents/" + id).with(user(FRENCH_READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Véhicule blindé de transport de troupes<")))
                .andExpect(content().string(containsString(">VBTT, à roues, classe II<")))
                .andExpect(content().string(containsString(">Bouteur, modèle spécial<")))
                // no French label known: the stored English text
                .andExpect(content().string(containsString(">APC, wheeled<")));
        mvc.perform(get("/claims/contingents/" + id).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">APC, wheeled, class II<")))
                .andExpect(content().string(containsString(">Bulldozer, special<")))
                .andExpect(content().string(not(containsString("VBTT"))));
    }

    @Test
    void the_demo_mou_shows_french_labels_on_french_pages() throws Exception {
        long rwanda = jdbc.sql("SELECT id FROM claims_contingent WHERE reference = 'DEMO-MINUSCA-RWA'")
                .query(Long.class).single();
        mvc.perform(get("/claims/contingents/" + rwanda).with(user(FRENCH_READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Véhicule blindé de transport de troupes<")))
                .andExpect(content().string(containsString(">Station radio HF (taux fictif)<")));
        mvc.perform(get("/claims/contingents/" + rwanda).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">HF radio station (illustrative rate)<")))
                .andExpect(content().string(not(containsString("taux fictif"))));
    }
}
