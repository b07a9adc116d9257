package org.fieldsupport.platform.web.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.time.YearMonth;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12 items 6 and 8 and issue 11's shell fragments, as a user meets them: the HTML error page for a malformed
 * screen address, the favicon, the conduct menu agreeing with need-to-know, the compute form's refusal in words
 * with links and its months pre-filled, the shortfalls report's month, the grade choice, the shared filter bar,
 * money cells and confirmations.
 */
@IntegrationTest
class ScreensSession3Tests {

    static final String MISSION_COE = "mission.coe.minusca";
    /** The session attribute of the page language (a ?lang= would save the user's preference). */
    static final String LANGUAGE = "org.fieldsupport.platform.i18n.internal.PlatformLocaleResolver.locale";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private long contingent(String reference) {
        return jdbc.queryForObject("SELECT id FROM claims_contingent WHERE reference = ?", Long.class, reference);
    }

    @Test
    void a_browser_asking_a_screen_for_letters_where_a_number_goes_gets_the_error_page_not_json() throws Exception {
        MvcResult page = mvc.perform(get("/claims/contingents/abc").accept(MediaType.TEXT_HTML).with(user("admin")))
                .andExpect(status().isBadRequest()).andReturn();
        // sent to the container's error page (no body yet under MockMvc), not answered as problem+json
        assertThat(String.valueOf(page.getResponse().getContentType())).doesNotContain("json");
        assertThat(page.getResponse().getContentAsString()).doesNotContain("\"status\"");
        // what the container's error dispatch then renders: the shell's page, in the reader's language
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/claims/contingents/abc")
                        .accept(MediaType.TEXT_HTML).sessionAttr(LANGUAGE, "fr").with(user("admin")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Adresse ou formulaire non valide")));
        // the API keeps its problem details
        mvc.perform(get("/api/v1/claims/contingents/abc").accept(MediaType.APPLICATION_JSON).with(user("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void the_favicon_is_served_to_anyone_and_linked_from_every_page() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(content().string(containsString("rel=\"icon\" href=\"/favicon.ico\"")));
    }

    @Test
    void the_conduct_read_log_and_reconciliation_are_offered_only_to_those_the_pages_admit() throws Exception {
        mvc.perform(get("/").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/conduct/read-log\""))))
                .andExpect(content().string(not(containsString("href=\"/conduct/reconciliation\""))))
                .andExpect(content().string(containsString("href=\"/conduct/cases\"")));
        mvc.perform(get("/conduct/read-log").with(user("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("conduct.hq")))
                .andExpect(content().string(containsString("href=\"/conduct/read-log\"")))
                .andExpect(content().string(containsString("href=\"/conduct/reconciliation\"")));
        mvc.perform(get("/conduct/read-log").with(user("conduct.hq"))).andExpect(status().isOk());
    }

    @Test
    void a_report_that_cannot_be_computed_says_what_is_missing_in_words_with_the_page_that_fixes_it() throws Exception {
        long bgd = contingent("DEMO-MINUSCA-BGD");
        mvc.perform(post("/claims/verification-reports").with(user(MISSION_COE)).with(csrf())
                        .param("contingent", Long.toString(bgd)).param("from", "2027-01").param("to", "2027-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no strength return for 2027-01 yet.")))
                .andExpect(content().string(not(containsString("strengthReturns:"))))
                .andExpect(content().string(containsString(
                        "href=\"/claims/contingents/" + bgd + "/strength-returns?month=2027-02\"")))
                .andExpect(content().string(containsString("Record the strength return")));
        mvc.perform(post("/claims/verification-reports").with(user(MISSION_COE)).with(csrf())
                        .param("contingent", Long.toString(bgd)).param("from", "2027-01").param("to", "2027-01")
                        .sessionAttr(LANGUAGE, "fr"))
                .andExpect(content().string(containsString("Aucun état des effectifs n’est encore enregistré pour 01/2027.")));
        // the strength return page opens on the month the link names
        mvc.perform(get("/claims/contingents/" + bgd + "/strength-returns").param("month", "2027-02").with(user(MISSION_COE)))
                .andExpect(content().string(containsString("value=\"2027-02\"")));
    }

    @Test
    void the_compute_form_takes_its_months_from_the_link() throws Exception {
        long bgd = contingent("DEMO-MINUSCA-BGD");
        mvc.perform(get("/claims/verification-reports/new").param("contingent", Long.toString(bgd))
                        .param("from", "2026-07").param("to", "2026-09").with(user(MISSION_COE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-07\"")))
                .andExpect(content().string(containsString("value=\"2026-09\"")));
        // the mission COE page and the inspections offer it when a complete month is left to report
        mvc.perform(get("/claims/missions/MINUSCA").with(user(MISSION_COE))).andExpect(status().isOk());
        mvc.perform(get("/claims/contingents/" + bgd + "/inspections").with(user(MISSION_COE)))
                .andExpect(status().isOk());
    }

    @Test
    void the_shortfalls_report_opens_on_the_last_complete_month() throws Exception {
        mvc.perform(get("/claims/reports/shortfalls").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + YearMonth.now().minusMonths(1) + "\"")));
    }

    @Test
    void a_position_grade_is_chosen_among_the_reference_grades() throws Exception {
        mvc.perform(get("/organization/units/DFS-CARTO").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"pos-grade\" name=\"gradeCode\">")))
                .andExpect(content().string(containsString("<option value=\"P-5\">Senior Officer (P-5)</option>")));
        mvc.perform(get("/organization/units/DFS-CARTO").with(user("admin")).sessionAttr(LANGUAGE, "fr"))
                .andExpect(content().string(containsString("Administrateur hors classe (P-5)")));
    }

    @Test
    void lists_use_the_shell_fragments_filter_bar_money_cells_and_badges() throws Exception {
        mvc.perform(get("/organization/units").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"filters\"")))
                .andExpect(content().string(containsString("id=\"units-kind\"")))
                .andExpect(content().string(not(containsString("units-filter-fields"))));
        mvc.perform(get("/claims/contingents").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"filters\"")))
                .andExpect(content().string(containsString("id=\"unitType\"")));
        mvc.perform(get("/claims/rates").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"num nowrap\"")));
    }

    @Test
    void destructive_actions_are_marked_and_ask_for_confirmation() throws Exception {
        long bgd = contingent("DEMO-MINUSCA-BGD");   // the demo holds a draft amendment
        mvc.perform(get("/claims/contingents/" + bgd).with(user("admin")))
                .andExpect(content().string(containsString("class=\"danger\"")))
                .andExpect(content().string(containsString("data-confirm=\"Discard this draft: this cannot be undone. Continue?\"")));
        mvc.perform(get("/claims/contingents/" + bgd + "/draft").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=\"Remove: this cannot be undone. Continue?\"")));
    }
}
