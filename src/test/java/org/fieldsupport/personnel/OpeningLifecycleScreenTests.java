package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
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

/**
 * Issue 14 (session 4): the opening's screen offers "Post" and "Cancel the opening" exactly when the workflow kit
 * allows them to the reader (permission in the opening's scope, a state the move leaves); cancelling asks for a
 * reason and a confirmation; a stale screen, a missing reason or a caller without the permission are refused.
 */
@IntegrationTest
class OpeningLifecycleScreenTests {

    static final String API = "/api/v1/personnel/recruitment";
    static final String SCREEN = "/personnel/recruitment/openings/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String stateOf(long opening) {
        return jdbc.sql("SELECT status FROM rec_opening WHERE id = ?").param(opening).query(String.class).single();
    }

    long version(long opening) {
        return jdbc.sql("SELECT version FROM rec_opening WHERE id = ?").param(opening).query(Long.class).single();
    }

    @Test
    void the_post_and_cancel_buttons_follow_the_workflow_kit_and_cancel_needs_a_reason() throws Exception {
        long opening = id(postAs(mvc, "hr.recruiter", API + "/openings?draft=true",
                RecruitmentPipelineTests.genericOpening("SCR-" + unique(), "hr.assessor"))
                .andExpect(status().isCreated()));
        String postAction = SCREEN + opening + "/post";
        String cancelAction = SCREEN + opening + "/cancel";

        // the recruiter sees both moves on a draft, in English and French; the confirmation is on the cancel button
        mvc.perform(get(SCREEN + opening).with(user("hr.recruiter")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + postAction + "\"")))
                .andExpect(content().string(containsString("action=\"" + cancelAction + "\"")))
                .andExpect(content().string(containsString("data-confirm=\"Cancel the opening: this cannot be undone.")));
        mvc.perform(get(SCREEN + opening).with(user("hr.recruiter")).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("??recruitment."))));
        // a named assessor reads the opening but may not move it: no buttons
        mvc.perform(get(SCREEN + opening).with(user("hr.assessor"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"opening-lifecycle\""))));

        // a stale screen (version moved meanwhile) is told, nothing moves
        mvc.perform(post(postAction).with(user("hr.recruiter")).with(csrf()).param("version", String.valueOf(version(opening) + 7)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(SCREEN + opening))
                .andExpect(flash().attributeExists("problem"));
        assertThat(stateOf(opening)).isEqualTo("DRAFT");
        // someone without the permission: refused
        mvc.perform(post(postAction).with(user("hr.assessor")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(stateOf(opening)).isEqualTo("DRAFT");
        // the recruiter posts from the screen
        mvc.perform(post(postAction).with(user("hr.recruiter")).with(csrf()).param("version", String.valueOf(version(opening))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(stateOf(opening)).isEqualTo("POSTED");
        // posted: only cancel is left
        mvc.perform(get(SCREEN + opening).with(user("hr.recruiter"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action=\"" + postAction + "\""))))
                .andExpect(content().string(containsString("action=\"" + cancelAction + "\"")));
        // posting twice is refused with the reason, not a server error
        mvc.perform(post(postAction).with(user("hr.recruiter")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));

        // cancel: without a reason refused; by the CRB member forbidden; with a reason done
        mvc.perform(post(cancelAction).with(user("hr.recruiter")).with(csrf()).param("reason", "  "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
        mvc.perform(post(cancelAction).with(user("crb.member")).with(csrf()).param("reason", "Post abolished"))
                .andExpect(status().isForbidden());
        assertThat(stateOf(opening)).isEqualTo("POSTED");
        mvc.perform(post(cancelAction).with(user("hr.recruiter")).with(csrf()).param("reason", "Post abolished")
                        .param("version", String.valueOf(version(opening))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(stateOf(opening)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM workflow_transition WHERE record_type = 'personnel.recruitment.opening'
                   AND record_id = ? AND action = 'cancel' AND note = 'Post abolished'""")
                .param(String.valueOf(opening)).query(Long.class).single()).isEqualTo(1);
        // cancelled: nothing left to offer
        mvc.perform(get(SCREEN + opening).with(user("hr.recruiter"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"opening-lifecycle\""))));
    }
}
