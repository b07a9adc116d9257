package org.fieldsupport.procurement.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Acquisition plans and requisitions, awards under delegations of procurement authority, procedures and advice. */
@IntegrationTest
class ProcurementRecordsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    @Test
    void plan_lines_become_requisitions_once() throws Exception {
        String planId = null;
        for (int i = 0; i < 50 && planId == null; i++) {
            int year = java.util.concurrent.ThreadLocalRandom.current().nextInt(2040, 2099);
            var r = mvc.perform(post("/api/v1/procurement/plans").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"UNMISS\", \"periodStart\": " + year + "}"))
                    .andReturn();
            if (r.getResponse().getStatus() == 201) {
                planId = String.valueOf(((Number) JsonPath.read(r.getResponse().getContentAsString(), "$.id")).longValue());
            }
        }
        mvc.perform(post("/api/v1/procurement/plans").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"periodStart\": 2030}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/procurement/plans/{id}/lines", planId).with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\": \"\", \"category\": \"TOYS\", \"estimatedValue\": \"-1\", \"quarterNeeded\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("item", "category", "estimatedValue", "quarterNeeded")));
        var line = mvc.perform(post("/api/v1/procurement/plans/{id}/lines", planId).with(user(BudgetTestUsers.PROCUREMENT_UNMISS))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"item\": \"Generators 500 kVA\", \"category\": \"GOODS\", \"estimatedValue\": \"860000.00\", \"quarterNeeded\": 2}"))
                .andExpect(status().isCreated()).andReturn();
        long lineId = ((Number) JsonPath.read(line.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/procurement/plans/{id}/lines/{l}/requisition", planId, lineId)
                        .with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requisition").value(startsWith("REQ-UNMISS-")));
        mvc.perform(post("/api/v1/procurement/plans/{id}/lines/{l}/requisition", planId, lineId)
                        .with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/already-requisitioned"));
        mvc.perform(get("/api/v1/procurement/plans/{id}", planId).with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(jsonPath("$.requisitioned").value(1)).andExpect(jsonPath("$.total").value("860000.00"));
    }

    @Test
    void awards_above_the_local_limit_need_a_delegation_of_procurement_authority() throws Exception {
        mvc.perform(post("/api/v1/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "vendor": "Juba Builders", "description": "Perimeter wall", "amount": "250000.00"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.authority").value("LOCAL"));
        mvc.perform(post("/api/v1/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "vendor": "Juba Builders", "description": "Airstrip", "amount": "750000.00"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/no-delegation"));
        var created = mvc.perform(post("/api/v1/organization/delegations").with(user(BudgetTestUsers.DOA_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"authority": "PROCUREMENT", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                                 "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": 1000000, "limitCurrency": "USD",
                                 "allMissions": false, "missions": ["UNMISS"], "validFrom": "%s", "validTo": "2099-12-31"}"""
                                .formatted(BudgetTestUsers.PROCUREMENT_UNMISS, java.time.LocalDate.now())))
                .andExpect(status().isCreated()).andReturn();
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/organization/delegations/{id}/acknowledge", id).with(user(BudgetTestUsers.DOA_ADMIN)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "vendor": "Juba Builders", "description": "Airstrip", "amount": "750000.00"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authority").value("DELEGATED"))
                .andExpect(jsonPath("$.delegation").value(startsWith("#" + id)));
        // above the delegation's own limit: refused again
        mvc.perform(post("/api/v1/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"missionCode": "UNMISS", "vendor": "Juba Builders", "description": "Terminal", "amount": "1500000.00"}"""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missionCode\": \"MINUSCA\", \"vendor\": \"\", \"amount\": \"x\", \"currency\": \"EUR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("vendor", "description", "amount", "currency")));
    }

    @Test
    void procedures_are_drafted_published_and_superseded_and_advice_is_given_once() throws Exception {
        String code = "PROC-T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = "{\"code\": \"%s\", \"titleEn\": \"Title\", \"titleFr\": \"Titre\", \"bodyEn\": \"Text\", \"bodyFr\": \"Texte\"}".formatted(code);
        var first = mvc.perform(post("/api/v1/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andReturn();
        long v1 = ((Number) JsonPath.read(first.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/procurement/procedures/{id}/publish", v1).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        var second = mvc.perform(post("/api/v1/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(jsonPath("$.version").value(2)).andReturn();
        long v2 = ((Number) JsonPath.read(second.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/v1/procurement/procedures/{id}/publish", v2).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/procurement/procedures/{id}", v1).with(user(BudgetTestUsers.PROCUREMENT_UNMISS)))
                .andExpect(jsonPath("$.status").value("SUPERSEDED"));
        mvc.perform(post("/api/v1/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"bad code\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "titleEn", "titleFr", "bodyEn", "bodyFr")));

        var advice = mvc.perform(post("/api/v1/procurement/advice").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"missionCode\": \"UNMISS\", \"subject\": \"Rations\", \"question\": \"Extend or re-tender?\"}"))
                .andExpect(status().isCreated()).andReturn();
        String ref = JsonPath.read(advice.getResponse().getContentAsString(), "$.reference");
        mvc.perform(post("/api/v1/procurement/advice/{r}/answer", ref).with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advice\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/procurement/advice/{r}/answer", ref).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advice\": \"Re-tender: prices fell 12 %.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.givenBy").value(BudgetTestUsers.PROCUREMENT));
        mvc.perform(post("/api/v1/procurement/advice/{r}/answer", ref).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advice\": \"again\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/procurement/advice").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(jsonPath("$[*].reference").value(hasItem(ref)));
    }
}
