package org.fieldsupport.organization.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.fieldsupport.organization.policy.domain.PolicyRules;
import org.fieldsupport.organization.policy.internal.PolicyTexts;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 2.1.b: the delegation register's policy texts as versioned documents, through the workflow kit. */
@IntegrationTest
class PolicyTextsTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");

    @Autowired MockMvc mvc;
    @Autowired PolicyTexts texts;
    @Autowired WorkItems workItems;

    private String create() throws Exception {
        String code = "DOA-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/api/v1/organization/policies").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","titleEn":"Test policy","titleFr":"Politique d’essai","body":"Rule one.",
                                 "authorityTypes":["PROCUREMENT"]}""".formatted(code)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.versionNo").value(1));
        return code;
    }

    private ResultActions act(String code, int n, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/organization/policies/" + code + "/versions/" + n + "/" + action).with(ADMIN)
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void a_text_is_consulted_issued_and_superseded_by_its_next_version() throws Exception {
        String code = create();
        LocalDate until = LocalDate.now().plusDays(10);
        act(code, 1, "issue", "{\"effectiveFrom\":\"2026-01-01\"}").andExpect(status().isUnprocessableEntity());
        act(code, 1, "consult", "{\"consulted\":[],\"consultationUntil\":\"" + until + "\"}")
                .andExpect(status().isUnprocessableEntity());
        act(code, 1, "consult", "{\"consulted\":[\"EXT-DM\"],\"consultationUntil\":\"" + until + "\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONSULTATION"))
                .andExpect(jsonPath("$.consulted[0]").value("EXT-DM"));
        long id = texts.get(code, 1).id();
        assertThat(workItems.forRecord(PolicyTexts.RECORD_TYPE, String.valueOf(id))).hasSize(1)
                .allSatisfy(w -> assertThat(w.state().name()).isEqualTo("OPEN"));
        // a text in consultation is no longer edited
        mvc.perform(put("/api/v1/organization/policies/" + code + "/versions/1").with(ADMIN).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleEn\":\"x\",\"titleFr\":\"x\",\"body\":\"x\"}"))
                .andExpect(status().isUnprocessableEntity());
        act(code, 1, "issue", "{\"effectiveFrom\":\"2026-01-01\",\"version\":0}").andExpect(status().isConflict());
        act(code, 1, "issue", "{\"effectiveFrom\":\"2026-01-01\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ISSUED"))
                .andExpect(jsonPath("$.effectiveFrom").value("2026-01-01"));
        // issuing closed the "issue after consultation" work item
        assertThat(workItems.forRecord(PolicyTexts.RECORD_TYPE, String.valueOf(id)))
                .allSatisfy(w -> assertThat(w.state().name()).isEqualTo("CLOSED"));

        mvc.perform(post("/api/v1/organization/policies/" + code + "/versions").with(ADMIN).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNo").value(2))
                .andExpect(jsonPath("$.body").value("Rule one."));
        mvc.perform(post("/api/v1/organization/policies/" + code + "/versions").with(ADMIN).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/organization/policies/" + code + "/versions/2").with(ADMIN).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleEn\":\"Test policy\",\"titleFr\":\"Politique d’essai\",\"body\":\"Rule one, revised.\",\"authorityTypes\":[\"PROCUREMENT\"]}"))
                .andExpect(status().isOk());
        act(code, 2, "consult", "{\"consulted\":[\"EXT-DM\",\"EXT-DPKO\"],\"consultationUntil\":\"" + until + "\"}")
                .andExpect(status().isOk());
        act(code, 2, "issue", "{\"effectiveFrom\":\"2025-06-01\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail", containsString("2026-01-01")));
        act(code, 2, "issue", "{\"effectiveFrom\":\"2026-07-01\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/organization/policies/" + code).with(ADMIN))
                .andExpect(jsonPath("$[0].state").value("ISSUED"))
                .andExpect(jsonPath("$[0].body").value("Rule one, revised."))
                .andExpect(jsonPath("$[1].state").value("SUPERSEDED"));
        assertThat(texts.inForce(code)).hasValueSatisfying(t -> assertThat(t.versionNo()).isEqualTo(2));
    }

    @Test
    void bad_input_duplicates_unknown_types_and_withdrawal_without_reason_are_refused() throws Exception {
        mvc.perform(post("/api/v1/organization/policies").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"?\",\"titleEn\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        String code = create();
        mvc.perform(post("/api/v1/organization/policies").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"titleEn\":\"a\",\"titleFr\":\"b\",\"body\":\"c\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/organization/policies").with(ADMIN).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "X\",\"titleEn\":\"a\",\"titleFr\":\"b\",\"body\":\"c\",\"authorityTypes\":[\"MAGIC\"]}"))
                .andExpect(status().isUnprocessableEntity());
        act(code, 1, "withdraw", "{}").andExpect(status().isBadRequest());
        act(code, 1, "withdraw", "{\"reason\":\"replaced by a Secretary-General's bulletin\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("WITHDRAWN"));
        act(code, 1, "consult", "{\"consulted\":[\"EXT-DM\"],\"consultationUntil\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void without_the_register_permission_nothing_is_written() throws Exception {
        mvc.perform(post("/api/v1/organization/policies").with(user("org.reader")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"DOA-X\",\"titleEn\":\"a\",\"titleFr\":\"b\",\"body\":\"c\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_screens_list_show_and_move_a_text() throws Exception {
        String code = "DOA-S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/organization/policies").with(ADMIN).with(csrf()).param("code", code).param("titleEn", "Screen policy")
                        .param("titleFr", "Politique écran").param("body", "Text").param("authorityTypes", "PROCUREMENT"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/organization/policies").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));
        mvc.perform(get("/organization/policies/" + code).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Send for consultation")));
        mvc.perform(post("/organization/policies/" + code + "/versions/1/consult").with(ADMIN).with(csrf())
                        .param("consulted", "EXT-DM").param("consultationUntil", LocalDate.now().plusDays(3).toString()))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/organization/policies/" + code + "/versions/1/issue").with(ADMIN).with(csrf()))
                .andExpect(flash().attribute("error", containsString("in force")));
        mvc.perform(get("/organization/policies/" + code).with(ADMIN))
                .andExpect(content().string(containsString("in consultation")));
    }

    @Test
    void the_rules() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        assertThat(PolicyRules.consult(java.util.List.of(), d, d)).isPresent();
        assertThat(PolicyRules.consult(java.util.List.of("EXT-DM"), d.minusDays(1), d)).isPresent();
        assertThat(PolicyRules.consult(java.util.List.of("EXT-DM"), d, d)).isEmpty();
        assertThat(PolicyRules.issue(null, null)).isPresent();
        assertThat(PolicyRules.issue(d, d.plusDays(1))).isPresent();
        assertThat(PolicyRules.issue(d, d)).isEmpty();
    }
}
