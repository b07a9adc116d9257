package org.fieldsupport.procurement.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.budget.support.BudgetTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The procurement screens in EN and FR with the demo contracts, plans, procedures and advice, and a refused call-off. */
@IntegrationTest
class ProcurementScreensTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;

    @BeforeEach
    void users() {
        BudgetTestUsers.ensure(directory);
    }

    @Test
    void the_demo_contracts_show_utilisation_and_the_one_expiring_within_90_days() throws Exception {
        mvc.perform(get("/procurement/contracts").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SC-2026-001")))
                .andExpect(content().string(containsString("SC-2026-007")))
                .andExpect(content().string(containsString("Expires within 90 days")))
                .andExpect(content().string(containsString("Vendor performance")));
        mvc.perform(get("/procurement/contracts/SC-2026-001").with(user(BudgetTestUsers.PROCUREMENT)).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contrat-cadre SC-2026-001")))
                .andExpect(content().string(containsString("Passer commande")));
    }

    @Test
    void a_call_off_above_the_remaining_ceiling_is_refused_on_the_screen() throws Exception {
        mvc.perform(post("/procurement/contracts/SC-2026-007/call-offs").with(user(BudgetTestUsers.PROCUREMENT)).with(csrf())
                        .param("missionCode", "MINUSCA").param("date", "2026-09-01").param("amount", "99999999.00")
                        .param("description", "Too much"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errors"));
    }

    @Test
    void plans_awards_and_procedures_render() throws Exception {
        mvc.perform(get("/procurement/plans").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2026/27")));
        mvc.perform(get("/procurement/awards").with(user(BudgetTestUsers.PROCUREMENT)).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Attributions de marchés")));
        mvc.perform(get("/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Calling off against systems contracts")))
                .andExpect(content().string(containsString("Fuel turnkey contracts after 2028")));
        mvc.perform(get("/procurement/procedures").with(user(BudgetTestUsers.PROCUREMENT)).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Commandes passées sur les contrats-cadres")));
    }
}
