package org.fieldsupport.claims.workinggroup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.claims.inspection.web.InspectionPageTests;
import org.fieldsupport.claims.rates.internal.RateTables;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The COE Working Group (7.5.d): triennial sessions, proposals from Member States (their own only) and the
 * Secretariat, decisions, closing, the Manual edition whose adopted rate changes become the next rate-table edition,
 * the report (PDF), the screens in English and French.
 */
@IntegrationTest
class WorkingGroupApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired RateTables rates;

    static final String OFFICER = "coe.planning";

    /** A year three years after every session recorded (the shared test database keeps earlier runs' sessions). */
    int nextYear() {
        Integer max = jdbc.queryForObject("SELECT MAX(session_year) FROM claims_wg_session", Integer.class);
        return Math.max(max == null ? 2026 : max, 2026) + 3;
    }

    long session(int year) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/working-group/sessions"),
                        "{\"year\": " + year + ", \"opensOn\": \"" + year + "-01-18\", \"closesOn\": \"" + year
                                + "-01-29\"}", OFFICER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("COE-WG-" + year))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.manual.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long propose(long session, String body, String user) throws Exception {
        String answer = mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/proposals"), body, user))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    void move(long session, String to, int expected) throws Exception {
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/status"),
                "{\"status\": \"" + to + "\"}", OFFICER)).andExpect(status().is(expected));
    }

    @Test
    void a_session_decides_proposals_and_its_adopted_manual_makes_the_next_rate_tables() throws Exception {
        int year = nextYear();
        mvc.perform(json(post("/api/v1/claims/working-group/sessions"),
                        "{\"year\": " + (year + 1) + ", \"opensOn\": \"" + (year + 1) + "-01-18\", \"closesOn\": \""
                                + (year + 1) + "-01-29\"}", OFFICER))
                .andExpect(status().isCreated());
        // a session one year after another is refused: the Working Group meets every three years
        mvc.perform(json(post("/api/v1/claims/working-group/sessions"),
                        "{\"year\": " + (year + 2) + ", \"opensOn\": \"" + (year + 2) + "-01-18\", \"closesOn\": \""
                                + (year + 2) + "-01-29\"}", OFFICER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("claimsplanning.wg.triennial"));
        long session = jdbc.queryForObject("SELECT id FROM claims_wg_session WHERE session_year = ?", Long.class, year + 1);
        String newCategory = "TESTCAT" + (year + 1);

        long catering = propose(session, "{\"submitter\": \"SECRETARIAT\", \"kind\": \"RATE_REVISION\", \"subject\": "
                + "\"CATERING\", \"title\": \"Catering revised\", \"proposedAmount\": 31.25}", OFFICER);
        long fromBgd = propose(session, "{\"submitter\": \"BGD\", \"kind\": \"NEW_CATEGORY\", \"subject\": \""
                + newCategory + "\", \"title\": \"A new category\", \"proposedAmount\": 4.5}", "portal.bgd");
        long fromRwa = propose(session, "{\"submitter\": \"RWA\", \"kind\": \"MANUAL_CHANGE\", \"title\": \"Chapter 3\"}",
                "portal.rwa");
        // a Member State submits for itself only; a rate revision names something the tables hold
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/proposals"),
                        "{\"submitter\": \"RWA\", \"kind\": \"MANUAL_CHANGE\", \"title\": \"x\"}", "portal.bgd"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/proposals"),
                        "{\"submitter\": \"SECRETARIAT\", \"kind\": \"RATE_REVISION\", \"subject\": \"NO-SUCH-THING\", "
                                + "\"title\": \"x\", \"proposedAmount\": 1}", OFFICER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("claimsplanning.wg.unknownSubject"));
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/proposals"),
                        "{\"submitter\": \"SECRETARIAT\", \"kind\": \"RATE_REVISION\", \"title\": \"\"}", OFFICER))
                .andExpect(status().isBadRequest());
        // BGD sees its own proposal, not RWA's
        String seenByBgd = mvc.perform(as(get("/api/v1/claims/working-group/sessions/" + session), "portal.bgd"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> submitters = JsonPath.read(seenByBgd, "$.proposals[*].submitter");
        assertThat(submitters).containsExactly("BGD");

        // decisions while in session only; closing needs every proposal decided
        mvc.perform(json(post("/api/v1/claims/working-group/proposals/" + catering + "/decision"),
                "{\"decision\": \"ADOPTED\"}", OFFICER)).andExpect(status().isUnprocessableEntity());
        move(session, "CLOSED", 422);
        move(session, "IN_SESSION", 200);
        mvc.perform(json(post("/api/v1/claims/working-group/proposals/" + catering + "/decision"),
                "{\"decision\": \"ADOPTED\", \"note\": \"consensus\"}", OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("ADOPTED"));
        mvc.perform(json(post("/api/v1/claims/working-group/proposals/" + fromBgd + "/decision"),
                "{\"decision\": \"ADOPTED\"}", "portal.bgd")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/working-group/proposals/" + fromBgd + "/decision"),
                "{\"decision\": \"ADOPTED\"}", OFFICER)).andExpect(status().isOk());
        move(session, "CLOSED", 422);
        mvc.perform(json(post("/api/v1/claims/working-group/proposals/" + fromRwa + "/decision"),
                "{\"decision\": \"DEFERRED\"}", OFFICER)).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/manual/adopt"),
                "{\"effectiveFrom\": \"" + (year + 1) + "-07-01\"}", OFFICER)).andExpect(status().isUnprocessableEntity());
        move(session, "CLOSED", 200);

        // the adopted Manual edition records the next rate-table edition with the adopted changes
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/manual/adopt"),
                        "{\"effectiveFrom\": \"" + (year + 1) + "-07-01\"}", OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.manual.status").value("ADOPTED"))
                .andExpect(jsonPath("$.manual.rateEdition").value("COE-MANUAL-" + (year + 1) + "-RATES"));
        LocalDate from = LocalDate.of(year + 1, 7, 1);
        assertThat(rates.selfSustainmentRate("CATERING", from).orElseThrow().perPersonPerMonth())
                .isEqualByComparingTo("31.25");
        assertThat(rates.selfSustainmentRate(newCategory, from).orElseThrow().perPersonPerMonth())
                .isEqualByComparingTo("4.50");
        mvc.perform(json(post("/api/v1/claims/working-group/sessions/" + session + "/manual/adopt"),
                "{\"effectiveFrom\": \"" + (year + 1) + "-08-01\"}", OFFICER)).andExpect(status().isUnprocessableEntity());

        // the report to the legislative body
        byte[] pdf = mvc.perform(get("/api/v1/claims/working-group/sessions/" + session + "/report").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/claims/working-group/sessions/" + session + "/report").with(user("portal.bgd")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_screens_show_sessions_and_proposals_in_english_and_french_and_refuse_others() throws Exception {
        long session = jdbc.queryForObject("SELECT id FROM claims_wg_session WHERE code = 'COE-WG-2026'", Long.class);
        String en = page("/claims/working-group/" + session, OFFICER, "en");
        assertThat(en).contains("COE Working Group session COE-WG-2026", "Rate revision", "CATERING", "BGD")
                .contains("RWA", "Report to the legislative body (PDF)");
        String fr = page("/claims/working-group/" + session, "portal.bgd", "fr");
        assertThat(fr).contains("Session COE-WG-2026 du Groupe de travail sur le MAC", "Révision de taux", "Soumettre une proposition")
                .doesNotContain("WELFARE_CONNECTIVITY", "Rapport à l'organe délibérant");
        assertThat(page("/claims/portal/working-group", "portal.bgd", "fr")).contains("COE-WG-2026", "COE-WG-2023");
        mvc.perform(get("/claims/working-group").with(user("mission.coe.unmiss"))).andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/claims/working-group/sessions"), "hq.coe.reviewer")).andExpect(status().isForbidden());
    }

    String page(String path, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(username))
                        .sessionAttr(InspectionPageTests.LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
