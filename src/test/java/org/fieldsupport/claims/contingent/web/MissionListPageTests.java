package org.fieldsupport.claims.contingent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldsupport.claims.inspection.web.InspectionPageTests;
import org.fieldsupport.platform.i18n.Formats;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** COE by mission ({@code /claims/missions}): the missions a claims officer follows, scoped, in English and French. */
@IntegrationTest
class MissionListPageTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Formats formats;

    static final String LANGUAGE = InspectionPageTests.LANGUAGE;

    String page(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(username)).sessionAttr(LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The table row of a mission ({@code <tr id="mission-CODE">}). */
    static String missionRow(String html, String code) {
        Matcher m = Pattern.compile("<tr id=\"mission-" + Pattern.quote(code) + "\"[^>]*>(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row for " + code).isTrue();
        return m.group();
    }

    private long reports(String mission, String status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claims_verification_report WHERE mission_code = ? AND status = ?",
                Long.class, mission, status);
    }

    @Test
    void a_mission_coe_unit_sees_its_mission_with_the_figures_of_its_coe_page_and_a_link_to_it() throws Exception {
        String en = page(get("/claims/missions"), "mission.coe.minusca", "en");
        assertThat(en).contains("COE by mission", "href=\"/claims/missions\"");   // the page and its menu entry
        String row = missionRow(en, "MINUSCA");
        assertThat(en).doesNotContain("id=\"mission-UNMISS\"", "id=\"mission-UNIFIL\"");
        assertThat(row).contains("href=\"/claims/missions/MINUSCA\"", "Central African Republic")
                .containsPattern("BGD, (.*, )?PAK, (.*, )?RWA");

        // overdue inspections: the same count as on the mission's COE page, highlighted (the demo Pakistani company)
        String missionPage = page(get("/claims/missions/MINUSCA"), "mission.coe.minusca", "en");
        Matcher overdue = Pattern.compile("(\\d+) inspections? overdue").matcher(missionPage);
        assertThat(overdue.find()).isTrue();
        assertThat(Integer.parseInt(overdue.group(1))).isPositive();
        assertThat(row).contains("class=\"overdue\"", "<strong class=\"error\">" + overdue.group(1) + " overdue</strong>");
        assertThat(en).contains("id=\"overdue-total\"");

        // reports awaiting review / certification, linked to the filtered verification report list
        long reviewed = reports("MINUSCA", "TECHNICALLY_REVIEWED");
        assertThat(reviewed).as("the demo Rwanda quarter awaits certification").isPositive();
        assertThat(row).contains("href=\"/claims/verification-reports?mission=MINUSCA&status=TECHNICALLY_REVIEWED\">"
                + reviewed + "</a>");
        long submitted = reports("MINUSCA", "SUBMITTED");
        if (submitted > 0) {
            assertThat(row).contains("status=SUBMITTED\">" + submitted + "</a>");
        }
        // certified and outstanding amounts (the demo Bangladesh July report is certified and partly paid)
        BigDecimal certified = jdbc.queryForObject("SELECT COALESCE(SUM(total + adjustments), 0) FROM "
                + "claims_verification_report WHERE mission_code = 'MINUSCA' AND status = 'CERTIFIED' AND currency = 'USD'",
                BigDecimal.class);
        BigDecimal paid = jdbc.queryForObject("SELECT COALESCE(SUM(paid), 0) FROM claims_verification_report "
                + "WHERE mission_code = 'MINUSCA' AND status = 'CERTIFIED' AND currency = 'USD'", BigDecimal.class);
        assertThat(certified).isPositive();
        assertThat(row).contains(formats.money(certified, "USD", Locale.ENGLISH),
                formats.money(certified.subtract(paid), "USD", Locale.ENGLISH));
    }

    @Test
    void headquarters_staff_see_every_mission_in_french() throws Exception {
        String fr = page(get("/claims/missions"), "hq.coe.reviewer", "fr");
        assertThat(fr).contains("MAC par mission", "États Membres", "Rapports en attente de certification");
        assertThat(missionRow(fr, "MINUSCA")).contains("en retard", "République centrafricaine");
        long submitted = reports("UNMISS", "SUBMITTED");
        assertThat(submitted).as("the demo India quarter awaits technical review").isPositive();
        assertThat(missionRow(fr, "UNMISS")).contains("href=\"/claims/missions/UNMISS\"",
                "status=SUBMITTED\">" + submitted + "</a>");
        missionRow(fr, "UNIFIL");
        assertThat(page(get("/"), "hq.coe.reviewer", "fr")).contains("href=\"/claims/missions\"", "MAC par mission");
    }

    @Test
    void member_state_users_and_report_readers_neither_see_the_entry_nor_open_the_page() throws Exception {
        mvc.perform(get("/claims/missions").with(user("portal.bgd"))).andExpect(status().isForbidden());
        assertThat(page(get("/"), "portal.bgd", "en")).doesNotContain("href=\"/claims/missions\"", "COE by mission");
        // read-only report readers (the auditor) are not claims staff of any mission either
        mvc.perform(get("/claims/missions").with(user("auditor"))).andExpect(status().isForbidden());
        assertThat(page(get("/"), "auditor", "en")).doesNotContain("href=\"/claims/missions\"");
    }
}
