package org.fieldsupport.personnel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The personnel screens in the shell, in English and French, for the roles that use them, and refused to others. */
@IntegrationTest
class PersonnelScreensTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_hr_screens_answer_in_english_and_french_for_mission_hr() throws Exception {
        mvc.perform(get("/personnel/posts?mission=MINUSCA").with(user("hr.hq")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Staffing tables")))
                .andExpect(content().string(containsString("MINUSCA-")))
                .andExpect(content().string(containsString("authorised posts")));
        mvc.perform(get("/personnel/posts").with(user("hr.minusca")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tableaux d’effectifs")));
        for (String path : new String[] {"/personnel/post-requests", "/personnel/structures", "/personnel/staff",
                "/personnel/staff/new", "/personnel/reminders", "/personnel/rr", "/personnel/indicators",
                "/personnel/self-assessments", "/personnel/guidance"}) {
            mvc.perform(get(path).with(user("hr.minusca")).header("Accept-Language", "fr")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??personnel."))));
            mvc.perform(get(path).with(user("hr.hq")).header("Accept-Language", "en")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??personnel."))));
        }
        long staff = jdbc.sql("SELECT MIN(id) FROM pers_staff WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'")
                .query(Long.class).single();
        for (String path : new String[] {"/personnel/staff/" + staff, "/personnel/staff/" + staff + "/file",
                "/personnel/rr/staff/" + staff}) {
            mvc.perform(get(path).with(user("hr.minusca"))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??personnel."))));
        }
        long assessment = jdbc.sql("SELECT MIN(id) FROM pers_self_assessment WHERE mission_code = 'MINUSCA'")
                .query(Long.class).single();
        mvc.perform(get("/personnel/self-assessments/" + assessment).with(user("hr.minusca")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Liste de contrôle")));
    }

    @Test
    void a_staff_member_sees_their_own_record_and_the_guidance_not_the_hr_screens() throws Exception {
        mvc.perform(get("/personnel/me").with(user("staff.demo"))).andExpect(redirectedUrlPattern("/personnel/staff/*"));
        long own = jdbc.sql("SELECT id FROM pers_staff WHERE username = 'staff.demo'").query(Long.class).single();
        mvc.perform(get("/personnel/staff/" + own).with(user("staff.demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alex Demo")))
                .andExpect(content().string(containsString("Personal data")));
        mvc.perform(get("/personnel/guidance").with(user("staff.demo"))).andExpect(status().isOk());
        mvc.perform(get("/personnel/posts").with(user("staff.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnel/staff").with(user("staff.demo"))).andExpect(status().isForbidden());
        long other = jdbc.sql("SELECT MIN(id) FROM pers_staff WHERE mission_code = 'UNMISS'").query(Long.class).single();
        mvc.perform(get("/personnel/staff/" + other).with(user("staff.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnel/staff/" + other).with(user("hr.minusca"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnel/me").with(user("hr.reader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No personnel record")));
    }

    @Test
    void a_bad_offer_from_the_form_is_shown_back_with_its_errors_and_a_refused_decision_with_its_reason() throws Exception {
        mvc.perform(post("/personnel/staff").with(user("hr.minusca")).with(csrf()).param("indexNumber", "12")
                        .param("missionCode", "MINUSCA").param("gradeCode", "P-3").param("contractType", "FIXED_TERM")
                        .param("dateOfBirth", "not a date"))
                .andExpect(redirectedUrl("/personnel/staff/new"))
                .andExpect(flash().attributeExists("errors"));
        long request = jdbc.sql("SELECT MIN(id) FROM pers_post_request WHERE mission_code = 'MINUSCA' AND status = 'SUBMITTED'")
                .query(Long.class).single();
        mvc.perform(post("/personnel/post-requests/" + request + "/approve").with(user("chief.fpos-rhr1")).with(csrf()))
                .andExpect(redirectedUrl("/personnel/post-requests"))
                .andExpect(flash().attribute("problem", containsString("No delegation of authority")));
    }
}
