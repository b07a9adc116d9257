package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fieldsupport.personnel.recruitment.internal.ApplicantAccounts;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 (session 4), 4.5.b self-nomination: the senior leadership calls are on the public careers site in EN/FR
 * without any account; a person nominates themself signed in with an applicant account (registered by e-mail
 * confirmation, as for job applications), once per call, while the call takes nominations; the list goes through
 * the SENIOR-PARITY-v1 intake and reaches the section; each applicant sees only their own nominations.
 */
@IntegrationTest
class SelfNominationTests {

    static final String API = "/api/v1/personnel/leadership";
    static final String OFFICER = "leadership.officer";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicantAccounts accounts;

    static final String SELF = """
            {"gender": "F", "nationality": "SEN", "yearsExperience": 22, "currentFunction": "Ambassador",
             "languages": "EN;FR", "profile": "Diplomat, 22 years", "visionStatement": "Protect civilians, deliver the mandate."}""";

    private org.springframework.test.web.servlet.ResultActions nominate(String who, long call, String body) throws Exception {
        return mvc.perform(post("/api/v1/careers/leadership-calls/" + call + "/self-nominations").with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void a_person_nominates_themself_on_the_public_site_with_an_applicant_account_once_and_sees_only_their_own()
            throws Exception {
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", "ASG");
        LocalDate today = LocalDate.now();
        long call = id(postAs(mvc, OFFICER, API + "/calls", """
                {"postId": %d, "jobProfile": "Deputy head of mission %d", "conditions": "Two years, non-family",
                 "minYearsExperience": 20, "languagesRequired": "EN;FR", "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(post, unique(), today.minusDays(1), today.plusDays(10))).andExpect(status().isCreated()));
        String reference = jdbc.sql("SELECT reference FROM lead_call WHERE id = ?").param(call).query(String.class).single();

        // public, no account, EN and FR
        for (String lang : new String[] {"en", "fr"}) {
            mvc.perform(get("/careers/leadership").header("Accept-Language", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(reference)))
                    .andExpect(content().string(not(containsString("??leadership."))));
            mvc.perform(get("/careers/leadership/" + call).header("Accept-Language", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Two years, non-family")))
                    .andExpect(content().string(not(containsString("??leadership."))));
        }
        mvc.perform(get("/careers/leadership/" + call).header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Me porter candidat")));
        mvc.perform(get("/careers").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("/careers/leadership")));
        mvc.perform(get("/api/v1/careers/leadership-calls")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference").value(hasItem(reference)))
                .andExpect(jsonPath("$[0].delegationIds").doesNotExist())
                .andExpect(jsonPath("$[0].selectedNomineeId").doesNotExist());
        mvc.perform(get("/api/v1/careers/leadership-calls/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/careers/leadership/999999999")).andExpect(status().isNotFound());

        // nominating needs an applicant account: anonymous is sent to sign in, staff without one are refused
        mvc.perform(get("/careers/leadership/" + call + "/nominate").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/careers/leadership-calls/" + call + "/self-nominations").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SELF))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
        nominate("hr.recruiter", call, SELF).andExpect(status().isForbidden());

        // bad input: each field named, nothing stored
        long lists = jdbc.sql("SELECT COUNT(*) FROM lead_nomination_list WHERE call_id = ?").param(call).query(Long.class).single();
        nominate("applicant.demo", call, "{\"gender\": \"Q\", \"nationality\": \"XXX\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].gender")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].nationality")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nominees[0].currentFunction")));
        nominate("applicant.demo", call, "{\"gender\": [1]}").andExpect(status().isBadRequest());
        mvc.perform(post("/careers/leadership/" + call + "/nominate").with(user("applicant.demo")).with(csrf())
                        .param("gender", "F").param("yearsExperience", "twenty"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problem"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lead_nomination_list WHERE call_id = ?").param(call)
                .query(Long.class).single()).isEqualTo(lists);

        // the nomination: a SELF list under the account's name, received (parity checked), once only
        nominate("applicant.demo", call, SELF).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nominatorKind").value("SELF"))
                .andExpect(jsonPath("$.nominatorCode").value("applicant.demo"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.parity.ruleSet").value("SENIOR-PARITY-v1"))
                .andExpect(jsonPath("$.nominees[0].fullName").value("Awa Demo"));
        nominate("applicant.demo", call, SELF).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("leadership.self.duplicate"));
        // the section sees it among the call's lists
        getAs(mvc, OFFICER, API + "/calls/" + call + "/nomination-lists").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nominatorKind").value(hasItem("SELF")));

        // each applicant sees only their own
        String other = "applicant.sn" + unique();
        accounts.ensureConfirmed(other, other + "@applicants.example", "Other Applicant", "en");
        mvc.perform(get("/api/v1/careers/self-nominations").with(user(other))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/careers/self-nominations").with(user("applicant.demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].callReference").value(hasItem(reference)));
        mvc.perform(get("/careers/my/self-nominations").with(user(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reference))));
        for (String lang : new String[] {"en", "fr"}) {
            mvc.perform(get("/careers/my/self-nominations").with(user("applicant.demo")).header("Accept-Language", lang))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(reference)))
                    .andExpect(content().string(not(containsString("??leadership."))));
        }
        // the other applicant nominates themself through the screen
        mvc.perform(post("/careers/leadership/" + call + "/nominate").with(user(other)).with(csrf())
                        .param("gender", "M").param("nationality", "GHA").param("yearsExperience", "18")
                        .param("currentFunction", "Force commander").param("visionStatement", "Security first."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));

        // a closed call: gone from the public site, nominations refused
        jdbc.sql("UPDATE lead_call SET closes_on = ? WHERE id = ?").params(today.minusDays(1), call).update();
        mvc.perform(get("/careers/leadership/" + call)).andExpect(status().isNotFound());
        String late = "applicant.sl" + unique();
        accounts.ensureConfirmed(late, late + "@applicants.example", "Late Applicant", "en");
        nominate(late, call, SELF).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("leadership.call.notOpen"));
    }
}
