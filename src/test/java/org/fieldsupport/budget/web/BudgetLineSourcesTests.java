package org.fieldsupport.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.personnel.StaffingTables;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Groups I and II of a proposal filled from the other modules: group II from personnel's staffing table (posts by
 * grade, vacancy), group I from claims' MOUs (authorised strength per contingent); each line says where its figures
 * came from, a change in the staffing table shows as drift and a re-fill brings it in, the officer's override needs
 * a reason, is audited and survives a re-fill; refusals in EN/FR.
 */
@IntegrationTest
class BudgetLineSourcesTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired StaffingTables staffing;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    /** A MINUSCA draft in a free period (the test database is shared). */
    long draft() throws Exception {
        for (int i = 0; i < 50; i++) {
            int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099);
            var r = mvc.perform(post("/api/v1/budget/budgets").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"periodStart\": " + year + "}"))
                    .andReturn();
            if (r.getResponse().getStatus() == 201) {
                return ((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue();
            }
        }
        throw new IllegalStateException("no free period");
    }

    @Test
    void group_II_comes_from_the_staffing_table_and_group_I_from_the_MOUs_with_where_each_figure_came_from() throws Exception {
        long id = draft();
        LocalDate start = LocalDate.parse(JsonPath.read(mvc.perform(get("/api/v1/budget/budgets/{id}", id)
                .with(user(BudgetTestUsers.MINUSCA))).andReturn().getResponse().getContentAsString(), "$.periodStart"));
        StaffingTables.Summary table = staffing.authorisedPosts("MINUSCA", start);
        long activePosts = jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'"
                + " AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)").params(start.plusYears(1).minusDays(1), start)
                .query(Long.class).single();
        assertThat(table.authorised()).isEqualTo(activePosts).isPositive();
        var preview = mvc.perform(get("/api/v1/budget/budgets/{id}/sources", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posts").value((int) activePosts))
                .andExpect(jsonPath("$.lines[?(@.source == 'MOU')].class").value(hasItem("MILITARY_CONTINGENTS")))
                .andExpect(jsonPath("$.lines[?(@.source == 'STAFFING_TABLE')].class").value(hasItem("INTERNATIONAL_STAFF")))
                .andExpect(jsonPath("$.drift.length()").value(0))
                .andReturn().getResponse().getContentAsString();
        int extrabudgetary = JsonPath.read(preview, "$.extrabudgetaryPosts");
        List<String> postCounts = JsonPath.read(preview, "$.lines[?(@.source == 'STAFFING_TABLE')].count");
        List<String> gapKeys = JsonPath.read(preview, "$.gaps[*].key");
        int filledPosts = postCounts.stream().mapToInt(c -> new BigDecimal(c).intValueExact()).sum();
        if (gapKeys.stream().noneMatch(k -> k.startsWith("II|"))) {
            // every assessed and GTA post is in a group II line; extrabudgetary ones are left out and counted
            assertThat(filledPosts + extrabudgetary).isEqualTo((int) activePosts);
        }

        var filled = mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed").value(0))
                .andExpect(jsonPath("$.lines[?(@.source.kind == 'STAFFING_TABLE')].source.ratesFrom").value(hasItem("PARAMETERS")))
                .andExpect(jsonPath("$.lines[?(@.source.kind == 'MOU')].source.months").value(hasItem(12)))
                .andReturn().getResponse().getContentAsString();
        int added = JsonPath.read(filled, "$.added");
        assertThat(added).isEqualTo(((List<?>) JsonPath.read(preview, "$.lines")).size());

        // a filled line costs what the rule set's cost estimate gives for the same figures, to the cent
        Map<String, Object> line = jdbc.sql("SELECT posts, standard_annual_cost, months, vacancy_rate, amount FROM bud_estimate_line"
                        + " WHERE budget_id = ? AND source_key LIKE 'II|INTERNATIONAL_STAFF|%' ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param(id).query().singleRow();
        mvc.perform(post("/api/v1/budget/cost-estimates").with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lines\": [{\"class\": \"INTERNATIONAL_STAFF\", \"posts\": \""
                                + plain(line.get("POSTS")) + "\", \"standardAnnualCost\": \"" + plain(line.get("STANDARD_ANNUAL_COST"))
                                + "\", \"months\": " + line.get("MONTHS") + ", \"vacancyRate\": \"" + plain(line.get("VACANCY_RATE")) + "\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(((BigDecimal) line.get("AMOUNT")).setScale(2).toPlainString()));
        // the budget's total is the sum of its rounded lines
        BigDecimal sum = jdbc.sql("SELECT SUM(amount) FROM bud_estimate_line WHERE budget_id = ?").param(id).query(BigDecimal.class).single();
        mvc.perform(get("/api/v1/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(jsonPath("$.total").value(sum.setScale(2).toPlainString()));

        // the staffing table changes: the budget shows the drift, a re-fill brings the line up to date
        Map<String, Object> p4 = jdbc.sql("SELECT source_key, source_count, id FROM bud_estimate_line WHERE budget_id = ?"
                + " AND source_key = 'II|INTERNATIONAL_STAFF|P-4'").param(id).query().singleRow();
        int before = ((BigDecimal) p4.get("SOURCE_COUNT")).intValueExact();
        String number = "T-SRC-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO pers_post (post_number, mission_code, unit_name, title, grade_code, category, funding_source,
                    budget_period, status, valid_from, vacant_since, created_by, created_at)
                VALUES (?, 'MINUSCA', 'Test unit', 'Budget Officer', 'P-4', 'PROFESSIONAL', 'ASSESSED', '2026/27', 'ACTIVE',
                    DATE '2026-01-01', DATE '2026-01-01', 'test', ?)""").params(number, OffsetDateTime.now()).update();
        try {
            mvc.perform(get("/api/v1/budget/budgets/{id}/sources", id).with(user(BudgetTestUsers.MINUSCA)))
                    .andExpect(jsonPath("$.drift[?(@.key == 'II|INTERNATIONAL_STAFF|P-4')].change").value(hasItem("CHANGED")))
                    .andExpect(jsonPath("$.drift[?(@.key == 'II|INTERNATIONAL_STAFF|P-4')].now").value(hasItem(String.valueOf(before + 1))));
            mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"source-drift\"")))
                    .andExpect(content().string(containsString("Re-fill from the staffing table and the MOUs")));
            mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0));
            assertThat(jdbc.sql("SELECT posts FROM bud_estimate_line WHERE id = ?").param(p4.get("ID")).query(BigDecimal.class)
                    .single().intValueExact()).isEqualTo(before + 1);
        } finally {
            jdbc.sql("UPDATE pers_post SET status = 'ABOLISHED' WHERE post_number = ?").param(number).update();
        }
    }

    @Test
    void the_officer_overrides_a_filled_count_with_a_reason_audited_and_kept_by_a_refill_and_refusals_are_explained() throws Exception {
        long id = draft();
        mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk());
        long lineId = jdbc.sql("SELECT id FROM bud_estimate_line WHERE budget_id = ? AND source = 'MOU' ORDER BY id"
                + " FETCH FIRST 1 ROWS ONLY").param(id).query(Long.class).single();
        BigDecimal source = jdbc.sql("SELECT source_count FROM bud_estimate_line WHERE id = ?").param(lineId).query(BigDecimal.class).single();
        // refused before anything is read: another mission's officer does not see it, headquarters may not prepare it
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.UNMISS)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.HQ)).with(csrf()))
                .andExpect(status().isForbidden());
        // bad input: every field named, in the user's language
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"-3\", \"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("value", "reason")));
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA_FR)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("value", "reason")))
                .andExpect(content().string(containsString("Obligatoire")));
        // a typed line is not overridden: it is changed by removing and adding it (422 with its type, EN/FR)
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"class\": \"MEDICAL\", \"quantity\": \"1\", \"unitCost\": \"1000.00\"}]}"))
                .andExpect(status().isOk());
        long typed = jdbc.sql("SELECT id FROM bud_estimate_line WHERE budget_id = ? AND class_code = 'MEDICAL'").param(id)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, typed).with(user(BudgetTestUsers.MINUSCA_FR)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"2\", \"reason\": \"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/not-a-source-line"))
                .andExpect(jsonPath("$.detail").value(containsString("saisie")));
        mvc.perform(delete("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/not-overridden"));

        // the override: the officer's count, the source's next to it, the reason, who; audited
        BigDecimal mine = source.subtract(BigDecimal.TEN).max(BigDecimal.ONE);
        mvc.perform(post("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"" + mine.toPlainString() + "\", \"reason\": \"Rotation delayed by the rainy season.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].count").value(hasItem(mine.stripTrailingZeros().toPlainString())))
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].source.overridden").value(hasItem(true)))
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].source.count").value(hasItem(source.stripTrailingZeros().toPlainString())))
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].source.overriddenBy").value(hasItem(BudgetTestUsers.MINUSCA)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'budget.estimate-line' AND entity_id = ?"
                + " AND after_json LIKE '%rainy season%'").param(String.valueOf(lineId)).query(Long.class).single()).isPositive();
        // a re-fill keeps the officer's figure
        mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].count").value(hasItem(mine.stripTrailingZeros().toPlainString())));
        // the screen shows the source and the override, in French for a French-speaking officer
        mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tableau d’effectifs")))
                .andExpect(content().string(containsString("Rotation delayed by the rainy season.")))
                .andExpect(content().string(containsString("Revenir au chiffre de la source")));
        // back to the source's count
        mvc.perform(delete("/api/v1/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.id == " + lineId + ")].count").value(hasItem(source.stripTrailingZeros().toPlainString())));
        // once submitted the lines are frozen (422)
        mvc.perform(post("/budget/budgets/{id}/workflow", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()).param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/invalid-state"));
    }

    @Test
    void the_screen_fills_and_overrides_and_names_the_refusal() throws Exception {
        long id = draft();
        mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fill groups I and II from the staffing table and the MOUs")));
        mvc.perform(post("/budget/budgets/{id}/source-fill", id).with(user(BudgetTestUsers.MINUSCA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long lineId = jdbc.sql("SELECT id FROM bud_estimate_line WHERE budget_id = ? AND source = 'STAFFING_TABLE' ORDER BY id"
                + " FETCH FIRST 1 ROWS ONLY").param(id).query(Long.class).single();
        var refused = mvc.perform(post("/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA))
                        .with(csrf()).param("value", "2"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("errors").toString()).contains("reason");
        mvc.perform(post("/budget/budgets/{id}/lines/{l}/override", id, lineId).with(user(BudgetTestUsers.MINUSCA))
                        .with(csrf()).param("value", "2").param("reason", "Posts frozen pending the civilian staffing review."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/budget/budgets/{id}", id).with(user(BudgetTestUsers.MINUSCA)))
                .andExpect(content().string(containsString("Posts frozen pending the civilian staffing review.")))
                .andExpect(content().string(containsString("Staffing table: ")));
    }

    private static String plain(Object v) {
        return ((BigDecimal) v).stripTrailingZeros().toPlainString();
    }
}
