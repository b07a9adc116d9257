package org.fieldsupport.conduct.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.conduct.web.ConductFixtures.HQ;
import static org.fieldsupport.conduct.web.ConductFixtures.MINUSCA;
import static org.fieldsupport.conduct.web.ConductFixtures.UNMISS;
import static org.fieldsupport.conduct.web.ConductFixtures.reference;
import static org.fieldsupport.conduct.web.ConductFixtures.seaCase;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fieldsupport.conduct.statistics.internal.AllegationNotices;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Subscription to "new allegation" notices (5.7.g): counts only, through the platform's notices, need-to-know
 * applied to the subscriber.
 */
@IntegrationTest
class ConductSubscriptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AllegationNotices allegationNotices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void subscribers_are_told_how_many_new_allegations_they_may_see_and_nothing_more() throws Exception {
        for (String u : List.of(MINUSCA, HQ)) {
            mvc.perform(put("/api/v1/conduct/subscription").with(user(u)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.subscribed").value(true));
        }
        // a user who sees no conduct case may not subscribe
        mvc.perform(put("/api/v1/conduct/subscription").with(user("registry.clerk")).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        allegationNotices.notifySubscribers(); // whatever other tests recorded meanwhile
        long minuscaBefore = informations(MINUSCA);
        long hqBefore = informations(HQ);

        long unmissCase = seaCase(mvc, UNMISS, "UNMISS", "subscription-unmiss", "Identity S1");
        allegationNotices.notifySubscribers();
        assertThat(informations(MINUSCA)).as("UNMISS allegations are outside MINUSCA's need-to-know").isEqualTo(minuscaBefore);
        assertThat(informations(HQ)).isEqualTo(hqBefore + 1);
        assertThat(lastArgs(HQ)).contains("UNMISS 2").doesNotContain(reference(mvc, HQ, unmissCase))
                .doesNotContain("BGD").doesNotContain("SEA_");

        long minuscaCase = seaCase(mvc, MINUSCA, "MINUSCA", "subscription-minusca", "Identity S2");
        allegationNotices.notifySubscribers();
        assertThat(informations(MINUSCA)).isEqualTo(minuscaBefore + 1);
        assertThat(lastArgs(MINUSCA)).startsWith("2").contains("MINUSCA 2").doesNotContain(reference(mvc, HQ, minuscaCase));
        assertThat(jdbc.sql("SELECT link FROM notice WHERE username = ? AND kind = 'INFORMATION' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(MINUSCA).query(String.class).single()).isEqualTo("/conduct/statistics");
        // nothing new: nobody is told again
        assertThat(allegationNotices.notifySubscribers()).isZero();

        // the notice reads in the user's notice list (counts only)
        mvc.perform(get("/api/v1/notices").with(user(MINUSCA)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(content().string(containsString("MINUSCA 2")));

        // the statistics page offers the switch; unsubscribing stops the notices
        mvc.perform(get("/conduct/statistics").with(user(MINUSCA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/conduct/statistics/subscription")));
        mvc.perform(post("/conduct/statistics/subscription").param("action", "unsubscribe").with(user(MINUSCA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(delete("/api/v1/conduct/subscription").with(user(HQ)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subscribed").value(false));
        mvc.perform(get("/api/v1/conduct/subscription").with(user(MINUSCA)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.subscribed").value(false));
    }

    private long informations(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE username = ? AND kind = 'INFORMATION'").param(user)
                .query(Long.class).single();
    }

    private String lastArgs(String user) {
        return jdbc.sql("SELECT title_args FROM notice WHERE username = ? AND kind = 'INFORMATION' ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY").param(user).query(String.class).single();
    }
}
