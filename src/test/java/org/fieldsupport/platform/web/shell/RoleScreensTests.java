package org.fieldsupport.platform.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12.3, 12.4 and 12.9 with the demo users: each role's home, menu and scope; the mission map. */
@IntegrationTest
class RoleScreensTests {

    @Autowired MockMvc mvc;

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username)).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String navigation(String html) {
        int start = html.indexOf("<nav id=\"main-nav\"");
        return html.substring(start, html.indexOf("</nav>", start));
    }

    @Test
    void a_member_state_user_gets_the_portal_first_no_internal_pages_no_scope_selector_and_its_figures() throws Exception {
        String home = page("portal.bgd", "/?lang=en");
        String nav = navigation(home);
        assertThat(nav).contains("My country", "/claims/portal")
                .doesNotContain("/organization/units", "/organization/missions", "/reference");
        assertThat(nav.indexOf("/claims/portal")).as("the portal comes before the personal pages")
                .isLessThan(nav.indexOf("href=\"/work\""));
        assertThat(home).doesNotContain("id=\"scope-select\"").contains("Bangladesh")
                .contains("id=\"card-claims-member-state\"", "What waits for me", "My deadlines")
                .doesNotContain("id=\"card-org-missions\"", "id=\"card-reference\"");
        String card = page("portal.bgd", "/claims/portal/home-card?lang=en");
        assertThat(card).contains("Certified", "Paid", "Outstanding", "$", "/claims/portal/BGD/dnd")
                .containsPattern("(No report|\\d+ reports?) in the pipeline");
        String french = page("portal.bgd", "/claims/portal/home-card?lang=fr");
        assertThat(french).contains("Certifié", "Restant dû").doesNotContain("Outstanding");
    }

    @Test
    void a_unit_officer_starts_in_the_unit_and_is_not_offered_the_department_wide_import() throws Exception {
        String home = page("lsd.officer", "/?lang=en");
        assertThat(navigation(home)).contains("/organization/units").doesNotContain("/organization/transfer");
        assertThat(home).contains("Logistics Support Division").doesNotContain("id=\"scope-select\"")
                .doesNotContain("Department (all)");
        String admin = page("admin", "/?lang=en");
        assertThat(navigation(admin)).contains("/organization/transfer");
    }

    @Test
    void the_reviewer_sees_the_reports_waiting_for_review_one_click_from_home() throws Exception {
        String home = page("hq.coe.reviewer", "/?lang=en");
        int work = home.indexOf("id=\"home-work\"");
        assertThat(work).isPositive();
        assertThat(home.substring(work)).contains("href=\"/claims/verification-reports/");
    }

    @Test
    void a_mission_page_shows_its_headquarters_on_a_map_drawn_by_the_application() throws Exception {
        String mission = page("admin", "/organization/missions/MINUSCA?lang=en");
        assertThat(mission).contains("id=\"panel-map\"", "class=\"map-svg\"", "class=\"land\"", "map-layer-hq", "Bangui")
                .doesNotContain("<style", "tile.", "https://");
        assertThat(page("admin", "/organization/missions/MINUSCA?lang=fr")).contains("Quartier général", "Carte");
    }
}
