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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The recruitment, roster, outreach and careers screens in English and French, and refused to others. */
@IntegrationTest
class RecruitmentScreensTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_recruitment_screens_answer_in_english_and_french() throws Exception {
        long opening = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND opening_type = 'GENERIC'")
                .query(Long.class).single();
        long app = jdbc.sql("SELECT MIN(id) FROM rec_application WHERE opening_id = ?").param(opening).query(Long.class).single();
        long roster = jdbc.sql("SELECT MIN(id) FROM rec_roster").query(Long.class).single();
        long campaign = jdbc.sql("SELECT MIN(id) FROM rec_campaign").query(Long.class).single();
        for (String lang : new String[] {"en", "fr"}) {
            for (String path : new String[] {"/personnel/recruitment/openings", "/personnel/recruitment/openings/" + opening,
                    "/personnel/recruitment/applications/" + app, "/personnel/recruitment/dashboard", "/personnel/rosters",
                    "/personnel/rosters/" + roster, "/personnel/outreach/campaigns", "/personnel/outreach/campaigns/" + campaign,
                    "/personnel/careers/plans"}) {
                // ?lang= is the screens' explicit choice (it is saved as the preference: restored below)
                mvc.perform(get(path).with(user("hr.recruiter")).param("lang", lang)).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??recruitment."))));
            }
        }
        mvc.perform(get("/personnel/recruitment/openings").with(user("hr.recruiter")).param("lang", "fr"))
                .andExpect(content().string(containsString("Avis de vacance")));
        mvc.perform(get("/personnel/recruitment/openings").with(user("hr.recruiter")).param("lang", "en"))
                .andExpect(content().string(containsString("Job openings")));
        mvc.perform(get("/personnel/rosters").with(user("hr.recruiter")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("HUMAN RESOURCES/P-3/HUMAN RESOURCES OFFICER/FIELD")));
        long plan = jdbc.sql("SELECT MIN(p.id) FROM rec_career_plan p JOIN pers_staff s ON s.id = p.staff_id WHERE s.username = 'staff.demo'")
                .query(Long.class).single();
        mvc.perform(get("/personnel/careers/plans/" + plan).with(user("staff.demo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Career plan")))
                .andExpect(content().string(containsString("Supervisory skills programme")));
        mvc.perform(get("/personnel/careers/plans").with(user("hr.minusca"))).andExpect(status().isOk());
    }

    @Test
    void the_public_careers_pages_need_no_account_and_the_applicant_pages_do() throws Exception {
        long open = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE status = 'POSTED' AND opening_type = 'TEMPORARY'")
                .query(Long.class).single();
        for (String lang : new String[] {"en", "fr"}) {
            for (String path : new String[] {"/careers", "/careers/openings/" + open, "/careers/register",
                    "/careers/confirm?token=x", "/careers/field", "/careers/field/career-paths"}) {
                mvc.perform(get(path).header("Accept-Language", lang)).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??recruitment."))));
            }
        }
        mvc.perform(get("/careers").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Carrières dans les opérations de paix")));
        mvc.perform(get("/careers/openings/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/careers/my").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/careers/apply/" + open).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/careers/my").with(user("applicant.demo")).header("Accept-Language", "fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mes candidatures")));
        mvc.perform(get("/careers/apply/" + open).with(user("applicant.demo"))).andExpect(status().isOk());
        mvc.perform(get("/personnel/recruitment/openings").with(user("applicant.demo"))).andExpect(status().isForbidden());
        // a bad registration names the field in the user's language
        mvc.perform(post("/careers/register").with(csrf()).header("Accept-Language", "fr").param("email", "nope")
                        .param("fullName", "X"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("adresse électronique valide")));
        // a bad application from the form: the fields named in French
        mvc.perform(post("/careers/apply/" + open).with(user("applicant.demo")).with(csrf()).header("Accept-Language", "fr")
                        .param("gender", "F").param("nationality", "SEN").param("dateOfBirth", "pas une date"))
                .andExpect(redirectedUrl("/careers/apply/" + open))
                .andExpect(flash().attributeExists("errors"));
    }

    @Test
    void an_assessor_screen_shows_no_name_and_a_refused_step_shows_its_reason() throws Exception {
        long opening = jdbc.sql("SELECT MIN(id) FROM rec_opening WHERE created_by = 'demo-data' AND opening_type = 'TEMPORARY'")
                .query(Long.class).single();
        String name = jdbc.sql("""
                SELECT MIN(p.full_name) FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id
                WHERE a.opening_id = ?""").param(opening).query(String.class).single();
        mvc.perform(get("/personnel/recruitment/openings/" + opening).with(user("hr.assessor")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(containsString("Évaluation à l’aveugle")));
        mvc.perform(post("/personnel/recruitment/openings/" + opening + "/memo").with(user("hr.recruiter")).with(csrf())
                        .header("Accept-Language", "fr").param("text", "court"))
                .andExpect(redirectedUrl("/personnel/recruitment/openings/" + opening))
                .andExpect(flash().attribute("problem", containsString("Memo: must be at least 20 characters")));
        mvc.perform(get("/personnel/recruitment/dashboard").with(user("hr.assessor"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnel/outreach/campaigns").with(user("hr.assessor"))).andExpect(status().isForbidden());
    }
}
