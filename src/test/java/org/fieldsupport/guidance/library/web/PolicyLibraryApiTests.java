package org.fieldsupport.guidance.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fieldsupport.guidance.GuidanceTestUsers;
import org.fieldsupport.guidance.PolicyLinks;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The policy library: draft, approve, supersede, disseminate, acknowledge, "not acknowledged"; links from modules. */
@IntegrationTest
class PolicyLibraryApiTests {

    static final String API = "/api/v1/guidance/policies";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired PolicyLinks links;
    GuidanceTestUsers u;
    String code;

    @BeforeEach
    void users() {
        u = new GuidanceTestUsers(directory);
        code = "T-" + u.suffix.toUpperCase();
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    private void policyInForce(String c) throws Exception {
        post(u.officer, API, """
                {"code": "%s", "kind": "SOP", "titleEn": "Movement of cargo", "titleFr": "Mouvement du fret", "ownerUnit": "DFS-MOVCON"}"""
                .formatted(c)).andExpect(status().isCreated());
        post(u.officer, API + "/" + c + "/versions", """
                {"textEn": "# Cargo\\n\\n- 48 hours", "textFr": "# Fret\\n\\n- 48 heures", "reviewOn": "%s"}"""
                .formatted(LocalDate.now().plusDays(20))).andExpect(status().isCreated());
        post(u.officer, API + "/" + c + "/versions/1/submit", null).andExpect(status().isOk());
        post(u.officer, API + "/" + c + "/versions/1/approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.versionInForce").value(1));
    }

    @Test
    void a_policy_is_approved_disseminated_and_acknowledged_by_each_missions_focal_point() throws Exception {
        post(u.reader, API, "{}").andExpect(status().isForbidden());
        post(u.officer, API, """
                {"code": "%s", "kind": "LAW", "titleEn": "", "titleFr": "x", "ownerUnit": "NOPE"}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("titleEn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("ownerUnit")));
        post(u.officer, API, """
                {"code": "%s", "kind": "SOP", "titleEn": "Movement of cargo", "titleFr": "Mouvement du fret", "ownerUnit": "DFS-MOVCON"}"""
                .formatted(code)).andExpect(status().isCreated());
        post(u.officer, API + "/" + code + "/versions", """
                {"textEn": "# Cargo", "textFr": "# Fret", "reviewOn": "%s"}""".formatted(LocalDate.now().plusDays(20)))
                .andExpect(status().isCreated());
        post(u.officer, API + "/" + code + "/versions/1/approve", null).andExpect(status().isUnprocessableEntity());
        post(u.officer, API + "/" + code + "/disseminate", "{\"missions\": [\"MINUSCA\"]}").andExpect(status().isUnprocessableEntity());
        post(u.officer, API + "/" + code + "/versions/1/submit", null).andExpect(status().isOk());
        post(u.coordinator, API + "/" + code + "/versions/1/approve", null).andExpect(status().isForbidden());
        post(u.officer, API + "/" + code + "/versions/1/approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.policy.reviewDue").value(true));
        // the review reminder waits in the policy officers' work inbox, due on the review date
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user(u.officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.recordType == 'guidance.policy' && @.reference == '" + code + "')].dueOn")
                        .value(hasItem(LocalDate.now().plusDays(20).toString())));
        post(u.officer, API + "/" + code + "/disseminate", "{\"missions\": [\"MINUSCA\", \"ATLANTIS\"]}")
                .andExpect(status().isBadRequest());
        post(u.officer, API + "/" + code + "/disseminate", "{\"missions\": [\"MINUSCA\", \"UNMISS\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.disseminations.length()").value(2));
        // the UNMISS focal point cannot acknowledge for MINUSCA; MONUSCO was not disseminated to
        post(u.focalUnmiss, API + "/" + code + "/acknowledge", "{\"mission\": \"MINUSCA\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(user(u.focalMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.recordType == 'guidance.dissemination')].reference").value(hasItem(code)));
        post(u.focalMinusca, API + "/" + code + "/acknowledge", "{\"mission\": \"MINUSCA\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value(u.focalMinusca));
        post(u.focalMinusca, API + "/" + code + "/acknowledge", "{\"mission\": \"MINUSCA\"}").andExpect(status().isUnprocessableEntity());
        // who has not acknowledged: UNMISS only
        mvc.perform(get(API + "/not-acknowledged").with(user(u.officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.policyCode == '" + code + "')].missionCode").value(hasItem("UNMISS")))
                .andExpect(jsonPath("$[?(@.policyCode == '" + code + "')].missionCode").value(not(hasItem("MINUSCA"))));
        // a focal point sees only its mission's
        mvc.perform(get(API + "/not-acknowledged").with(user(u.focalMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode").value(not(hasItem("UNMISS"))));
        mvc.perform(get("/guidance/policies/not-acknowledged").with(user(u.officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(get("/guidance/policies/" + code).with(user(u.focalUnmiss))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<h3>Cargo</h3>")));
    }

    @Test
    void a_new_version_supersedes_the_old_one_and_a_policy_can_be_replaced() throws Exception {
        policyInForce(code);
        post(u.officer, API + "/" + code + "/versions", """
                {"textEn": "v2", "textFr": "v2", "reviewOn": "%s"}""".formatted(LocalDate.now().minusDays(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reviewOn"));
        post(u.officer, API + "/" + code + "/versions", """
                {"textEn": "v2", "textFr": "v2", "reviewOn": "%s"}""".formatted(LocalDate.now().plusYears(1)))
                .andExpect(status().isCreated());
        post(u.officer, API + "/" + code + "/versions", """
                {"textEn": "v3", "textFr": "v3", "reviewOn": "%s"}""".formatted(LocalDate.now().plusYears(1)))
                .andExpect(status().isUnprocessableEntity());
        post(u.officer, API + "/" + code + "/versions/2/submit", null).andExpect(status().isOk());
        post(u.officer, API + "/" + code + "/versions/2/approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.versionInForce").value(2))
                .andExpect(jsonPath("$.versions[1].status").value("SUPERSEDED"));
        String other = code + "B";
        post(u.officer, API, """
                {"code": "%s", "kind": "SOP", "titleEn": "Cargo (new)", "titleFr": "Fret (nouveau)", "ownerUnit": "DFS-MOVCON"}"""
                .formatted(other)).andExpect(status().isCreated());
        post(u.officer, API + "/" + code + "/supersede", "{\"by\": \"" + other + "\"}").andExpect(status().isUnprocessableEntity());
        post(u.officer, API + "/" + code + "/supersede", "{\"by\": \"" + code + "\"}").andExpect(status().isUnprocessableEntity());
        policyInForceVersionOnly(other);
        post(u.officer, API + "/" + code + "/supersede", "{\"by\": \"" + other + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.supersededBy").value(other))
                .andExpect(jsonPath("$.policy.versionInForce").doesNotExist());
    }

    private void policyInForceVersionOnly(String c) throws Exception {
        post(u.officer, API + "/" + c + "/versions", """
                {"textEn": "x", "textFr": "x", "reviewOn": "%s"}""".formatted(LocalDate.now().plusYears(1))).andExpect(status().isCreated());
        post(u.officer, API + "/" + c + "/versions/1/submit", null).andExpect(status().isOk());
        post(u.officer, API + "/" + c + "/versions/1/approve", null).andExpect(status().isOk());
    }

    @Test
    void other_modules_link_their_procedures_to_a_policy() throws Exception {
        policyInForce(code);
        links.link(code, "procurement", "rfq-" + u.suffix, "Requests for quotation");
        links.link(code, "procurement", "rfq-" + u.suffix, "Requests for quotation");
        assertThat(links.linksFor("procurement", "rfq-" + u.suffix)).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.versionInForce()).isEqualTo(1);
                    assertThat(p.effectiveOn()).isEqualTo(LocalDate.now());
                });
        assertThat(links.policy(code)).isPresent();
        links.unlink(code, "procurement", "rfq-" + u.suffix);
        assertThat(links.linksFor("procurement", "rfq-" + u.suffix)).isEmpty();
        post(u.reader, API + "/" + code + "/links", "{\"module\": \"audit\", \"procedureRef\": \"x\"}").andExpect(status().isForbidden());
        post(u.officer, API + "/" + code + "/links", "{\"module\": \"Audit!\", \"procedureRef\": \"\"}").andExpect(status().isBadRequest());
    }
}
