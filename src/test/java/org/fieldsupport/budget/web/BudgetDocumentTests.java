package org.fieldsupport.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.budget.BudgetLines;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget proposal document (standard tables as XLSX and PDF, EN/FR): its totals are the cost estimate's, text
 * cells are neutralised, the variances against the previous period follow the explanation rule; lines filled from
 * cost parameters; the module's BudgetLines API.
 */
@IntegrationTest
class BudgetDocumentTests {

    /** The spec's example (21,487,320.00) plus a group II line costed from the standard cost of P-4 at MINUSCA. */
    static final String LINES = """
            {"lines": [
              {"class": "MILITARY_CONTINGENTS", "persons": 850, "monthlyRate": "1428.00", "months": 12, "delayedDeploymentFactor": "0.05"},
              {"class": "INTERNATIONAL_STAFF", "posts": 10, "standardAnnualCost": "250000.00", "months": 12, "vacancyRate": "0.10"},
              {"class": "AIR_OPERATIONS", "quantity": "1200", "unitCost": "4500.00"},
              {"class": "INTERNATIONAL_STAFF", "posts": 10, "grade": "P-4", "months": 12, "description": "=HYPERLINK(\\"http://x\\")"}]}""";

    static final String PREVIOUS = """
            {"lines": [
              {"class": "MILITARY_CONTINGENTS", "persons": 850, "monthlyRate": "1428.00", "months": 12, "delayedDeploymentFactor": "0.05"},
              {"class": "AIR_OPERATIONS", "quantity": "1000", "unitCost": "4500.00"}]}""";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired BudgetLines budgetLines;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    /** Two consecutive free periods of MINUSCA: the previous one sent to the Controller, the current one with lines. */
    long[] pair() throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            int year = ThreadLocalRandom.current().nextInt(2041, 2100);
            long taken = jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE mission_code = 'MINUSCA' AND period_start IN (?, ?)")
                    .params(LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 7, 1)).query(Long.class).single();
            if (taken > 0) {
                continue;
            }
            long previous = create(year - 1);
            lines(previous, PREVIOUS);
            for (String action : new String[] {"submit", "review", "send-to-controller"}) {
                mvc.perform(post("/api/v1/budget/budgets/{id}/" + action, previous)
                                .with(user(action.equals("submit") ? BudgetTestUsers.MINUSCA : BudgetTestUsers.HQ)).with(csrf()))
                        .andExpect(status().isOk());
            }
            long current = create(year);
            lines(current, LINES);
            return new long[] {previous, current, year};
        }
        throw new IllegalStateException("no free periods");
    }

    long create(int year) throws Exception {
        var r = mvc.perform(post("/api/v1/budget/budgets").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"periodStart\": " + year + "}"))
                .andExpect(status().isCreated()).andReturn();
        return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
    }

    void lines(long id, String json) throws Exception {
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    @Test
    void a_group_II_line_naming_a_grade_is_costed_from_the_standard_cost_and_vacancy_factor_in_force() throws Exception {
        long id = pair()[1];
        // P-4 at MINUSCA 241,500.00, vacancy of international staff at MINUSCA 0.14: 10 x 241,500 x 12/12 x 0.86
        mvc.perform(get("/api/v1/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(jsonPath("$.lines[3].amount").value("2076900.00"))
                .andExpect(jsonPath("$.total").value("23564220.00"));
        // a grade without a standard cost is named; a grade on a group III line does not belong there
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lines": [{"class": "NATIONAL_STAFF", "posts": 3, "grade": "ZZ-9", "months": 12},
                                           {"class": "MEDICAL", "quantity": "1", "unitCost": "10.00", "grade": "P-4"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].grade")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[1].grade")));
    }

    @Test
    void the_xlsx_document_has_the_standard_tables_and_its_totals_are_the_cost_estimate_s() throws Exception {
        long[] p = pair();
        long id = p[1];
        // the cost estimate of the same lines, nothing stored
        var estimate = mvc.perform(post("/api/v1/budget/cost-estimates").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lines": [
                                  {"class": "MILITARY_CONTINGENTS", "persons": 850, "monthlyRate": "1428.00", "months": 12, "delayedDeploymentFactor": "0.05"},
                                  {"class": "INTERNATIONAL_STAFF", "posts": 10, "standardAnnualCost": "250000.00", "months": 12, "vacancyRate": "0.10"},
                                  {"class": "AIR_OPERATIONS", "quantity": "1200", "unitCost": "4500.00"},
                                  {"class": "INTERNATIONAL_STAFF", "posts": 10, "standardAnnualCost": "241500.00", "months": 12, "vacancyRate": "0.14"}]}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String total = JsonPath.read(estimate, "$.total");
        Map<String, String> groups = JsonPath.read(estimate, "$.groups");
        assertThat(total).isEqualTo("23564220.00");

        byte[] xlsx = mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "xlsx")
                        .with(user(BudgetTestUsers.HQ)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet resources = wb.getSheetAt(0);
            Map<String, Row> byLabel = new HashMap<>();
            for (Row r : resources) {
                if (r.getCell(0) != null) {
                    byLabel.put(r.getCell(0).getStringCellValue(), r);
                }
            }
            // column 2 = cost estimates of the period, column 1 = previous apportionment
            assertThat(byLabel.get("Total").getCell(2).getStringCellValue()).isEqualTo(total);
            assertThat(byLabel.get("Subtotal, I. Military and police personnel").getCell(2).getStringCellValue()).isEqualTo(groups.get("I"));
            assertThat(byLabel.get("Subtotal, II. Civilian personnel").getCell(2).getStringCellValue()).isEqualTo(groups.get("II"));
            assertThat(byLabel.get("Subtotal, III. Operational costs").getCell(2).getStringCellValue()).isEqualTo(groups.get("III"));
            assertThat(byLabel.get("Total").getCell(1).getStringCellValue()).isEqualTo("18337320.00"); // previous period
            assertThat(byLabel.get("Total").getCell(3).getStringCellValue()).isEqualTo("5226900.00");
            // the class lines sum to the total (every class is listed, zero included)
            BigDecimal sum = BigDecimal.ZERO;
            for (Row r : resources) {
                if (r.getCell(0) != null && r.getCell(2) != null && !r.getCell(0).getStringCellValue().startsWith("Subtotal")
                        && !r.getCell(0).getStringCellValue().equals("Total") && r.getCell(2).getStringCellValue().matches("-?[0-9]+\\.[0-9]{2}")) {
                    sum = sum.add(new BigDecimal(r.getCell(2).getStringCellValue()));
                }
            }
            assertThat(sum.toPlainString()).isEqualTo(total);
            // incumbency: the formula-looking description is neutralised
            Sheet incumbency = wb.getSheetAt(1);
            boolean neutralised = false;
            for (Row r : incumbency) {
                for (var c : r) {
                    if (c.getStringCellValue().contains("HYPERLINK")) {
                        assertThat(c.getStringCellValue()).startsWith("'=");
                        neutralised = true;
                    }
                }
            }
            assertThat(neutralised).isTrue();
            assertThat(wb.getSheetAt(3).getSheetName()).contains("Variances");
        }
    }

    @Test
    void the_pdf_document_shows_the_same_total_in_english_and_french() throws Exception {
        long id = pair()[1];
        byte[] pdf = mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "pdf")
                        .with(user(BudgetTestUsers.MINUSCA)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Budget proposal").contains("23,564,220.00").contains("Incumbency and vacancy");
        byte[] fr = mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "pdf")
                        .with(user(BudgetTestUsers.MINUSCA_FR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String french = text(fr);
        assertThat(french).contains("Projet de budget").contains("Ressources nécessaires");
        // the extractor renders the no-break grouping space as blanks of varying width
        assertThat(french.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll(" +", " ")).contains("23 564 220,00");
        // unknown format, other mission's reader
        mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "docx").with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/budget/budgets/{id}/document", id).param("format", "pdf").with(user(BudgetTestUsers.UNMISS)))
                .andExpect(status().isNotFound());
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(extractor.getTextFromPage(i)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void variances_against_the_previous_period_need_explanations_by_the_rule() throws Exception {
        long id = pair()[1];
        // international staff: 0 -> 4.3 M (no apportionment: the amount alone); air operations +900,000 = +20 %
        mvc.perform(get("/api/v1/budget/budgets/{id}/proposal-variances", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missing").value(hasItem("INTERNATIONAL_STAFF")))
                .andExpect(jsonPath("$.missing").value(hasItem("AIR_OPERATIONS")))
                .andExpect(jsonPath("$.missing").value(not(hasItem("MILITARY_CONTINGENTS"))))
                .andExpect(jsonPath("$.lines[?(@.line == 'AIR_OPERATIONS')].variance").value(hasItem("900000.00")))
                .andExpect(jsonPath("$.lines[?(@.line == 'AIR_OPERATIONS')].variancePercent").value(hasItem("20.0")));
        mvc.perform(post("/api/v1/budget/budgets/{id}/proposal-explanations", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"line\": \"AIR_OPERATIONS\", \"explanation\": \"Two more helicopters for the elections.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missing").value(not(hasItem("AIR_OPERATIONS"))));
        mvc.perform(post("/api/v1/budget/budgets/{id}/proposal-explanations", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"line\": \"NOPE\", \"explanation\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("line")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("explanation")));
        mvc.perform(post("/api/v1/budget/budgets/{id}/proposal-explanations", id).with(user(BudgetTestUsers.UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"line\": \"TOTAL\", \"explanation\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void other_modules_read_budget_lines_by_class_through_the_root_api() throws Exception {
        long[] p = pair();
        var b = budgetLines.byClass("MINUSCA", LocalDate.of((int) p[2], 12, 31)).orElseThrow();
        assertThat(b.period()).isEqualTo(p[2] + "/" + String.format(Locale.ROOT, "%02d", (p[2] + 1) % 100));
        assertThat(b.lines()).hasSize(19);
        assertThat(b.estimateTotal()).isEqualByComparingTo("23564220.00");
        var staff = b.lines().stream().filter(l -> l.classCode().equals("INTERNATIONAL_STAFF")).findFirst().orElseThrow();
        assertThat(staff.group()).isEqualTo("II");
        assertThat(staff.estimate()).isEqualByComparingTo("4326900.00");
        assertThat(staff.allotment()).isEqualByComparingTo("0");
        assertThat(b.lines().stream().map(BudgetLines.ClassLine::estimate).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(b.estimateTotal());
        assertThat(budgetLines.byClass("MINUSCA", LocalDate.of(2200, 1, 1))).isEmpty();
        assertThat(budgetLines.classes()).hasSize(19);
    }
}
