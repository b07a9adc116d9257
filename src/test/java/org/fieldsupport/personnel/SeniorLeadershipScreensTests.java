package org.fieldsupport.personnel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The senior leadership screens in English and French for the section and the nominator, refused to others. */
@IntegrationTest
class SeniorLeadershipScreensTests {

    /** The screen language chosen for the session (as ?lang= does), without saving it as the user's preference. */
    static final String FR = "org.fieldsupport.platform.i18n.internal.PlatformLocaleResolver.locale";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_section_screens_answer_in_english_and_french() throws Exception {
        long call = jdbc.sql("SELECT id FROM lead_call WHERE mission_code = 'MINUSCA' ORDER BY id LIMIT 1").query(Long.class).single();
        long talent = jdbc.sql("SELECT MIN(id) FROM lead_talent").query(Long.class).single();
        mvc.perform(get("/personnel/leadership/forecast").with(user("leadership.officer")).sessionAttr(FR, "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Senior leadership vacancy forecast")))
                .andExpect(content().string(containsString("MONUSCO")))
                .andExpect(content().string(containsString("Succession candidates")));
        mvc.perform(get("/personnel/leadership/forecast").with(user("leadership.officer")).sessionAttr(FR, "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Prévision des vacances")));
        mvc.perform(get("/personnel/leadership/calls/" + call).with(user("leadership.officer")).sessionAttr(FR, "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Too few women")))
                .andExpect(content().string(containsString("Save the shortlist")));
        for (String path : new String[] {"/personnel/leadership/forecast?months=6", "/personnel/leadership/calls",
                "/personnel/leadership/calls/" + call, "/personnel/leadership/talent", "/personnel/leadership/talent?q=peace&gender=F",
                "/personnel/leadership/talent/" + talent, "/personnel/leadership/outreach", "/personnel/leadership/nominations"}) {
            for (String lang : new String[] {"en", "fr"}) {
                mvc.perform(get(path).with(user("leadership.officer")).sessionAttr(FR, lang))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??leadership."))));
            }
        }
    }

    @Test
    void the_nominator_sees_the_open_call_and_its_lists_not_the_section_screens() throws Exception {
        long call = jdbc.sql("SELECT id FROM lead_call WHERE mission_code = 'MINUSCA' ORDER BY id LIMIT 1").query(Long.class).single();
        mvc.perform(get("/personnel/leadership/nominations").with(user("nominator.bgd")).sessionAttr(FR, "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Appels ouverts aux présentations")))
                .andExpect(content().string(containsString("Nasreen Chowdhury")))
                .andExpect(content().string(not(containsString("Kofi Asamoah"))));
        mvc.perform(get("/personnel/leadership/calls/" + call).with(user("nominator.bgd")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Submit a nomination list")))
                .andExpect(content().string(not(containsString("Kofi Asamoah"))))
                .andExpect(content().string(not(containsString("Save the shortlist"))));
        for (String path : new String[] {"/personnel/leadership/forecast", "/personnel/leadership/talent",
                "/personnel/leadership/outreach"}) {
            mvc.perform(get(path).with(user("nominator.bgd"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/personnel/leadership/nominations").with(user("hr.reader"))).andExpect(status().isForbidden());
        // a list from the screen that breaks parity: recorded, returned, and the nominator is told why
        mvc.perform(post("/personnel/leadership/calls/" + call + "/nomination-lists").with(user("nominator.bgd")).with(csrf())
                        .sessionAttr(FR, "en")
                        .param("nominatorKind", "MEMBER_STATE").param("nominatorCode", "BGD")
                        .param("nominees[0].fullName", "Screen One").param("nominees[0].gender", "M")
                        .param("nominees[0].nationality", "BGD").param("nominees[0].yearsExperience", "22")
                        .param("nominees[0].currentFunction", "Envoy")
                        .param("nominees[1].fullName", "Screen Two").param("nominees[1].gender", "M")
                        .param("nominees[1].nationality", "BGD").param("nominees[1].yearsExperience", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("Years of experience")));
        mvc.perform(post("/personnel/leadership/calls/" + call + "/nomination-lists").with(user("nominator.bgd")).with(csrf())
                        .sessionAttr(FR, "en")
                        .param("nominatorKind", "MEMBER_STATE").param("nominatorCode", "BGD")
                        .param("nominees[0].fullName", "Screen One").param("nominees[0].gender", "M")
                        .param("nominees[0].nationality", "BGD").param("nominees[0].yearsExperience", "22")
                        .param("nominees[0].currentFunction", "Envoy")
                        .param("nominees[1].fullName", "Screen Two").param("nominees[1].gender", "M")
                        .param("nominees[1].nationality", "BGD").param("nominees[1].yearsExperience", "23")
                        .param("nominees[1].currentFunction", "General"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("returned to the nominating entity")));
    }
}
