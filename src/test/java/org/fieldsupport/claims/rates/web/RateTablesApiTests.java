package org.fieldsupport.claims.rates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.claims.rates.internal.RateTables;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The rate tables' REST resources: editions, histories, all-or-nothing import with row/column problem details. */
@IntegrationTest
class RateTablesApiTests {

    static final String EQUIPMENT_HEADER = "code,category,description,gfmv,useful_life_years,nfi_factor,maintenance_monthly\n";
    static final String SS_HEADER = "category,description,per_person_per_month\n";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RateTables rates;

    static MockMultipartFile csv(String part, String body) {
        return new MockMultipartFile(part, part + ".csv", "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    int editions(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_rate_edition WHERE code = ?").param(code).query(Integer.class)
                .single();
    }

    int troopCostRows(String date) {
        return jdbc.sql("SELECT COUNT(*) FROM claims_troop_cost_rate WHERE effective_from = ?")
                .param(LocalDate.parse(date)).query(Integer.class).single();
    }

    @Test
    void editions_and_an_edition_with_its_rates_are_listed() throws Exception {
        mvc.perform(get("/api/v1/claims/rate-editions").with(user("admin")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("COE-MANUAL-2023-ILLUSTRATIVE")));
        mvc.perform(get("/api/v1/claims/rate-editions/COE-MANUAL-2023-ILLUSTRATIVE").with(user("portal.bgd"))
                        .accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edition.illustrative").value(true))
                .andExpect(jsonPath("$.equipment[?(@.code == 'APC-WH-II')].dryMonthly").value(hasItem("4789.58")))
                .andExpect(jsonPath("$.equipment[?(@.code == 'APC-WH-II')].wetMonthly").value(hasItem("7689.58")))
                .andExpect(jsonPath("$.selfSustainment[*].category", hasItems("CATERING", "MEDICAL_BASIC")));
        mvc.perform(get("/api/v1/claims/rate-editions/NO-SUCH-EDITION").with(user("admin")).accept("application/json"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/claims/troop-cost-rates").with(user("admin")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.effectiveFrom == '2018-07-01')].amount").value(hasItem("1428.00")));
        mvc.perform(get("/api/v1/claims/dd-standard-amounts").with(user("admin")).accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.effectiveFrom == '2009-07-01')].amount").value(hasItem("70000.00")));
    }

    @Test
    void an_edition_imports_from_csv_and_is_in_force_from_its_date() throws Exception {
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(csv("equipment", EQUIPMENT_HEADER
                                + "TRK-1,Support vehicle,\"Truck, cargo\",120000.00,10,0.002,900.00\n"
                                + "GEN-1,Engineering,Generator,60000,5,0,300\n"))
                        .file(csv("selfSustainment", SS_HEADER + "CATERING,Catering,29.50\nTENTAGE,,11\n"))
                        .file(csv("troopCost", "effective_from,per_person_per_month,currency,source\n"
                                + "2094-07-01,1500.00,USD,test resolution\n"))
                        .param("code", "TEST-API-2094").param("titleEn", "API test edition")
                        .param("effectiveFrom", "2094-01-01").param("source", "test")
                        .with(user("admin")).with(csrf()).accept("application/json"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/claims/rate-editions/TEST-API-2094"))
                .andExpect(jsonPath("$.equipmentRates").value(2))
                .andExpect(jsonPath("$.selfSustainmentRates").value(2))
                .andExpect(jsonPath("$.troopCostRates").value(1));
        // 120,000 × (1 + 10 × 0.002) / 120 = 1,020.00; wet 1,920.00
        RateTables.EquipmentRate truck = rates.equipmentRate("TRK-1", LocalDate.of(2094, 1, 1)).orElseThrow();
        assertThat(truck.edition()).isEqualTo("TEST-API-2094");
        assertThat(truck.dryMonthly()).isEqualByComparingTo("1020.00");
        assertThat(truck.wetMonthly()).isEqualByComparingTo("1920.00");
        assertThat(truck.illustrative()).isFalse();
        assertThat(rates.equipmentRate("TRK-1", LocalDate.of(2093, 12, 31))).isEmpty();
        assertThat(troopCostRows("2094-07-01")).isEqualTo(1);
        // the same code again: refused
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(csv("equipment", EQUIPMENT_HEADER + "X,Y,Z,1,1,0,0\n"))
                        .file(csv("selfSustainment", SS_HEADER + "CATERING,,1\n"))
                        .param("code", "TEST-API-2094").param("titleEn", "again")
                        .param("effectiveFrom", "2095-01-01").param("source", "test")
                        .with(user("admin")).with(csrf()).accept("application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")));
    }

    @Test
    void a_bad_import_lists_every_row_and_column_and_writes_nothing() throws Exception {
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(csv("equipment", EQUIPMENT_HEADER
                                + "OK-1,Cat,Fine,1000,10,0.01,10\n"
                                + "OK-1,Cat,Duplicate,-1000,0,1.5,10\n"
                                + "B-3,Cat,Bad,abc,10,0.01,-5\n"))
                        .file(csv("selfSustainment", SS_HEADER + "CATERING,,-2\n"))
                        .file(csv("troopCost", "effective_from,per_person_per_month,currency,source\n"
                                + "2096-07-01,1500.00,USD,fine\n2096-08-01,1500.00,EUR,wrong currency\n"))
                        .param("code", "TEST-API-BAD").param("titleEn", "Bad").param("effectiveFrom", "2096-01-01")
                        .param("source", "test")
                        .with(user("admin")).with(csrf()).accept("application/json").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("equipment row 2: code", "equipment row 2: gfmv",
                        "equipment row 2: useful_life_years", "equipment row 2: nfi_factor", "equipment row 3: gfmv",
                        "equipment row 3: maintenance_monthly", "self-sustainment row 1: per_person_per_month",
                        "troop-cost row 2: currency")))
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 2: nfi_factor')].message",
                        hasItem("must be at least 0 and less than 1 (found 1.5)")));
        assertThat(editions("TEST-API-BAD")).isZero();
        assertThat(troopCostRows("2096-07-01")).isZero();
        // in French
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(csv("equipment", EQUIPMENT_HEADER + "A,Cat,x,10,0,0,0\n"))
                        .file(csv("selfSustainment", SS_HEADER + "CATERING,,1\n"))
                        .param("code", "TEST-API-BAD").param("titleEn", "Bad").param("effectiveFrom", "2096-01-01")
                        .param("source", "test")
                        .with(user("admin")).with(csrf()).accept("application/json").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment row 1: useful_life_years')].message",
                        hasItem("doit être un nombre entier d’années supérieur à 0 et au plus égal à 100 (trouvé 0)")));
        assertThat(editions("TEST-API-BAD")).isZero();
    }

    @Test
    void an_xlsx_edition_imports_like_a_csv_one() throws Exception {
        byte[] equipment = xlsx(new String[] {"code", "category", "description", "gfmv", "useful_life_years",
                "nfi_factor", "maintenance_monthly"}, new Object[] {"XL-1", "Medical", "Ambulance", 98000.0, 8.0,
                0.003, 830.0});
        byte[] categories = xlsx(new String[] {"category", "description", "per_person_per_month"},
                new Object[] {"MEDICAL_BASIC", "Medical", 9.25});
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(new MockMultipartFile("equipment", "equipment.xlsx", null, equipment))
                        .file(new MockMultipartFile("selfSustainment", "ss.xlsx", null, categories))
                        .param("code", "TEST-XLSX-2097").param("titleEn", "XLSX").param("titleFr", "XLSX fr")
                        .param("effectiveFrom", "2097-01-01").param("source", "test").param("illustrative", "true")
                        .with(user("admin")).with(csrf()).accept("application/json"))
                .andExpect(status().isCreated());
        // 98,000 × (1 + 8 × 0.003) / 96 = 1,045.3333… → 1,045.33; wet 1,875.33
        RateTables.EquipmentRate amb = rates.equipmentRate("XL-1", LocalDate.of(2097, 2, 1)).orElseThrow();
        assertThat(amb.dryMonthly()).isEqualByComparingTo("1045.33");
        assertThat(amb.wetMonthly()).isEqualByComparingTo("1875.33");
        assertThat(amb.illustrative()).isTrue();
        assertThat(rates.selfSustainmentRate("MEDICAL_BASIC", LocalDate.of(2097, 2, 1)).orElseThrow()
                .perPersonPerMonth()).isEqualByComparingTo("9.25");
    }

    @Test
    void importing_needs_claims_mou_manage_and_reading_needs_claims_calculate() throws Exception {
        mvc.perform(multipart("/api/v1/claims/rate-imports")
                        .file(csv("equipment", EQUIPMENT_HEADER + "A,Cat,x,10,1,0,0\n"))
                        .file(csv("selfSustainment", SS_HEADER + "CATERING,,1\n"))
                        .param("code", "TEST-API-DENIED").param("titleEn", "x").param("effectiveFrom", "2098-01-01")
                        .param("source", "test")
                        .with(user("portal.bgd")).with(csrf()).accept("application/json"))
                .andExpect(status().isForbidden());
        assertThat(editions("TEST-API-DENIED")).isZero();
        mvc.perform(get("/api/v1/claims/rate-editions").with(user("auditor")).accept("application/json"))
                .andExpect(status().isForbidden());
    }

    static byte[] xlsx(String[] header, Object[]... rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("rates");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
