package org.fieldsupport.claims.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Member State portal end to end with the demo portal users: each state sees its own data only. */
@IntegrationTest
class MemberStatePortalTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Formats formats;

    private JsonNode json(String url, String user) throws Exception {
        return JSON.readTree(mvc.perform(jsonGet(url).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder jsonGet(
            String url) {
        return get(url).accept(MediaType.APPLICATION_JSON);
    }

    private JsonNode usdTotals(String user, String state) throws Exception {
        JsonNode summary = json("/api/v1/claims/portal/" + state + "/summary", user);
        for (JsonNode total : summary.get("totals")) {
            if ("USD".equals(total.get("currency").asString())) {
                return total;
            }
        }
        throw new AssertionError("no USD totals in " + summary);
    }

    @Test
    void a_bangladesh_user_sees_the_certified_and_partly_paid_minusca_report() throws Exception {
        JsonNode summary = json("/api/v1/claims/portal/BGD/summary", "portal.bgd");
        assertThat(summary.get("memberState").asString()).isEqualTo("BGD");
        assertThat(summary.get("rows")).isNotEmpty();
        for (JsonNode row : summary.get("rows")) {
            assertThat(row.get("missionCode").asString()).isEqualTo("MINUSCA");
            assertThat(new BigDecimal(row.get("certified").asString()).subtract(new BigDecimal(row.get("paid").asString())))
                    .isEqualByComparingTo(row.get("outstanding").asString());
        }
        JsonNode totals = usdTotals("portal.bgd", "BGD");
        assertThat(new BigDecimal(totals.get("paid").asString())).isGreaterThanOrEqualTo(new BigDecimal("150000.00"));
        assertThat(new BigDecimal(totals.get("certified").asString())).isGreaterThan(BigDecimal.ZERO);

        JsonNode reports = json("/api/v1/claims/portal/BGD/verification-reports", "portal.bgd");
        assertThat(reports).isNotEmpty();
        reports.forEach(r -> assertThat(r.get("missionCode").asString()).isEqualTo("MINUSCA"));

        long reportId = reports.get(0).get("id").asLong();
        mvc.perform(get("/claims/portal").with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Member State portal — BGD")))
                .andExpect(content().string(containsString("MINUSCA")))
                .andExpect(content().string(not(containsString("UNMISS"))))
                // the deployment date is written in the reader's language, not as an ISO date
                .andExpect(content().string(not(containsString(">2025-03-01<"))))
                .andExpect(content().string(containsString("/claims/portal/reports/" + reportId)));
        mvc.perform(get("/claims/portal/reports/" + reportId).with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reports.get(0).get("reference").asString())))
                // kinds and self-sustainment categories by their labels, not their codes
                .andExpect(content().string(containsString(">Major equipment<")))
                .andExpect(content().string(containsString(">Catering<")))
                .andExpect(content().string(not(containsString(">MAJOR_EQUIPMENT<"))))
                .andExpect(content().string(not(containsString(">CATERING<"))));
    }

    @Test
    void a_bangladesh_user_asking_for_india_is_refused_everywhere() throws Exception {
        mvc.perform(get("/api/v1/claims/portal/IND/summary").with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/portal/IND/verification-reports").with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal/IND").with(user("portal.bgd"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal").param("state", "IND").with(user("portal.bgd")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal/IND/statement.xlsx").with(user("portal.bgd"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal/IND/statement.pdf").with(user("portal.bgd"))).andExpect(status().isForbidden());

        long indiaReport = json("/api/v1/claims/portal/IND/verification-reports", "portal.ind").get(0).get("id").asLong();
        mvc.perform(get("/claims/portal/reports/" + indiaReport).with(user("portal.bgd")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/verification-reports/" + indiaReport).with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_department_officer_may_pick_any_member_state() throws Exception {
        mvc.perform(get("/claims/portal").param("state", "IND").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Member State portal — IND")))
                .andExpect(content().string(containsString("<select id=\"state\" name=\"state\">")))
                .andExpect(content().string(containsString("UNMISS")));
    }

    @Test
    void the_excel_statement_holds_the_same_totals_as_the_summary() throws Exception {
        JsonNode totals = usdTotals("portal.bgd", "BGD");
        byte[] xlsx = mvc.perform(get("/claims/portal/BGD/statement.xlsx").with(user("portal.bgd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("BGD");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("BGD");
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Total".equals(row.getCell(0).getStringCellValue())
                        && "USD".equals(row.getCell(2).getStringCellValue())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(BigDecimal.valueOf(total.getCell(3).getNumericCellValue()))
                    .isEqualByComparingTo(totals.get("certified").asString());
            assertThat(BigDecimal.valueOf(total.getCell(4).getNumericCellValue()))
                    .isEqualByComparingTo(totals.get("paid").asString());
            assertThat(BigDecimal.valueOf(total.getCell(5).getNumericCellValue()))
                    .isEqualByComparingTo(totals.get("outstanding").asString());
        }
    }

    @Test
    void the_pdf_statement_holds_the_same_totals_as_the_summary() throws Exception {
        JsonNode totals = usdTotals("portal.bgd", "BGD");
        byte[] pdf = mvc.perform(get("/claims/portal/BGD/statement.pdf").with(user("portal.bgd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            assertThat(text.toString())
                    .contains("BGD")
                    .contains("Total")
                    .contains(formats.money(new BigDecimal(totals.get("certified").asString()), "USD", Locale.ENGLISH))
                    .contains(formats.money(new BigDecimal(totals.get("paid").asString()), "USD", Locale.ENGLISH))
                    .contains(formats.money(new BigDecimal(totals.get("outstanding").asString()), "USD", Locale.ENGLISH));
        } finally {
            reader.close();
        }
    }
}
