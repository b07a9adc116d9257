package org.fieldsupport.reporting.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.reporting.ReportingTestUsers;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The department and mission dashboards: figures from the modules with a snapshot a day, cards, panels, EN/FR. */
@IntegrationTest
class DashboardScreensTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;
    ReportingTestUsers u;

    @BeforeEach
    void users() {
        u = new ReportingTestUsers(directory);
    }

    @Test
    void the_department_dashboard_gathers_figures_and_the_cards_the_user_may_see() throws Exception {
        mvc.perform(get("/reporting/dashboard").with(user(u.reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vacancy rate of positions")))
                .andExpect(content().string(containsString("Missions in mandate")))
                .andExpect(content().string(containsString("data-print")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rp_figure_snapshot WHERE figure_key = 'organization.missions.active'"
                + " AND mission_code = 'DEPARTMENT' AND as_of = CURRENT_DATE").query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get("/reporting/dashboard").with(user(u.reader)).header("Accept-Language", "fr").param("lang", "fr"))
                .andExpect(status().isOk());
        mvc.perform(get("/reporting/dashboard").with(user(u.minusca))).andExpect(status().isForbidden());
    }

    @Test
    void a_mission_dashboard_shows_the_missions_figures_and_panels_to_its_readers_only() throws Exception {
        mvc.perform(get("/reporting/dashboard/missions/MINUSCA").with(user(u.minusca)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MINUSCA")))
                .andExpect(content().string(containsString("Amounts certified on verification reports")))
                .andExpect(content().string(not(containsString("Missions in mandate"))));
        mvc.perform(get("/reporting/dashboard/missions/UNMISS").with(user(u.minusca))).andExpect(status().isForbidden());
        mvc.perform(get("/reporting/dashboard/missions/ATLANTIS").with(user(u.reader))).andExpect(status().isNotFound());
    }
}
