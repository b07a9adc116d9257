package org.fieldsupport.procurement.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The local award limit as effective-dated reference data: headquarters adds rows, bad input named, screen EN/FR. */
@IntegrationTest
class LocalLimitTests {

    static final String API = "/api/v1/procurement/local-limits";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    @Test
    void headquarters_adds_a_limit_from_a_date_and_bad_input_is_named() throws Exception {
        // the configured value again, from a far date: today's awards in other tests are not affected
        String date = ThreadLocalRandom.current().nextInt(2150, 2199) + "-0" + (1 + ThreadLocalRandom.current().nextInt(9)) + "-01";
        mvc.perform(post(API).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + date + "\", \"amount\": \"500000.00\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("500000.00"))
                .andExpect(jsonPath("$.createdBy").value(BudgetTestUsers.PROCUREMENT));
        mvc.perform(post(API).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + date + "\", \"amount\": \"1e30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        mvc.perform(post(API).with(user(BudgetTestUsers.PROCUREMENT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"soon\", \"amount\": \"-3\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
        mvc.perform(get(API).with(user(BudgetTestUsers.PROCUREMENT_UNMISS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value("500000.00"))
                .andExpect(jsonPath("$.rows[*].effectiveFrom").value(hasItem(date)));
        mvc.perform(post(API).with(user(BudgetTestUsers.PROCUREMENT_UNMISS)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"2151-01-01\", \"amount\": \"1.00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(API).with(user(BudgetTestUsers.NOBODY))).andExpect(status().isForbidden());
    }

    @Test
    void the_awards_screen_shows_the_limit_and_the_form_to_headquarters() throws Exception {
        mvc.perform(get("/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Local award limit")))
                .andExpect(content().string(containsString("action=\"/procurement/local-limits\"")));
        mvc.perform(get("/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_FR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuil local d’adjudication")));
        mvc.perform(get("/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT_UNMISS)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("action=\"/procurement/local-limits\""))));
    }
}
