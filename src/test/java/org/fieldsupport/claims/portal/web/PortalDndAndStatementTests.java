package org.fieldsupport.claims.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Member State portal: the state's death-and-disability claims (read-only, own state only), the French PDF
 * statement's accented text, and the D&D screen showing a certification refused by the delegation policy.
 */
@IntegrationTest
class PortalDndAndStatementTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long demoClaim(String state) {
        return jdbc.sql("SELECT id FROM claims_dnd_claim WHERE board_of_inquiry_ref = ?")
                .param("DEMO-BOI-" + state + "-1").query(Long.class).single();
    }

    @Test
    void a_member_state_user_reaches_its_own_dnd_claims_from_the_portal_read_only() throws Exception {
        mvc.perform(get("/claims/portal/RWA").with(user("portal.rwa")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/claims/portal/RWA/dnd\"")))
                .andExpect(content().string(containsString(" open, ")));
        long rwa = demoClaim("RWA");
        mvc.perform(get("/claims/portal/RWA/dnd").with(user("portal.rwa")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/claims/portal/dnd/" + rwa + "\"")))
                .andExpect(content().string(containsString("$24,500.00")))
                .andExpect(content().string(not(containsString("-BGD-"))));
        mvc.perform(get("/claims/portal/dnd/" + rwa).with(user("portal.rwa")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("500,00")))
                .andExpect(content().string(not(containsString("<form method=\"post\""))));
        mvc.perform(get("/claims/portal/dnd/" + rwa).with(user("portal.rwa")).param("lang", "en"));
    }

    @Test
    void another_states_dnd_claims_are_refused() throws Exception {
        long rwa = demoClaim("RWA");
        mvc.perform(get("/claims/portal/RWA/dnd").with(user("portal.bgd"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/portal/dnd/" + rwa).with(user("portal.bgd"))).andExpect(status().isForbidden());
        // and the staff screens with their actions stay closed to Member States
        mvc.perform(post("/claims/dnd/" + demoClaim("BGD") + "/certify").with(user("portal.bgd")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_french_pdf_statement_keeps_its_accented_characters() throws Exception {
        byte[] pdf = mvc.perform(get("/claims/portal/BGD/statement.pdf").with(user("portal.bgd")).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/claims/portal/BGD").with(user("portal.bgd")).param("lang", "en"));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        assertThat(text.toString())
                .contains("Relevé des demandes de remboursement du matériel appartenant aux contingents — Bangladesh (BGD)")
                .contains("Période").contains("Certifié").contains("Payé").contains("Restant dû")
                .contains("« Restant dû »").contains("paiements reçus").contains("arrêtée à la date")
                .contains("règles du barème");
        // issue 12 item 7: thousands separators kept (a no-break space the PDF fonts can print), the payments with
        // their date and reference, the reports in the pipeline
        String printed = text.toString().replace('\u00a0', ' ').replaceAll(" {2,}", " ");
        assertThat(printed).contains("150 000,00 $US").doesNotContain("150000,00")
                .contains("Paiements reçus").contains("PAY-DEMO-0001").contains("2 nov. 2026")
                .contains("Rapports en cours de traitement");
    }

    @Test
    void the_dnd_screen_shows_a_certification_refused_by_the_delegation_policy_and_nothing_changes()
            throws Exception {
        String location = mvc.perform(post("/claims/dnd").with(user("admin")).with(csrf()).param("lang", "en")
                        .param("memberState", "GHA").param("missionCode", "UNIFIL").param("memberName", "Test")
                        .param("memberNumber", "T-1").param("incidentDate", "2026-05-01").param("kind", "DEATH"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // the demo certifier's delegation covers MINUSCA and UNMISS only
        MvcResult refused = mvc.perform(post("/claims/dnd/" + id + "/certify").with(user("claims.certifier"))
                .with(csrf()).param("lang", "en")).andReturn();
        mvc.perform(get("/claims/dnd/" + id).with(user("claims.certifier")).param("lang", "en")
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not cover mission UNIFIL")));
        assertThat(jdbc.sql("SELECT status FROM claims_dnd_claim WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("RECEIVED");
        assertThat(jdbc.sql("SELECT amount FROM claims_dnd_claim WHERE id = ?").param(id)
                .query(java.math.BigDecimal.class).optional()).isEmpty();
    }
}
