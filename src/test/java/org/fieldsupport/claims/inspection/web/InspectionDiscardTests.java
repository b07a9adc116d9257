package org.fieldsupport.claims.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A draft inspection recorded by mistake is discarded (screen, with a confirmation step, and REST DELETE) with its
 * findings, ratings and attachments, and the audit trail keeps what it held; a signed inspection is the basis of
 * payment and is never discarded; Member State users discard nothing.
 */
@IntegrationTest
class InspectionDiscardTests {

    static final String COE = InspectionApiTests.COE;
    static final String LANGUAGE = InspectionPageTests.LANGUAGE;

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired UserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void the_coe_unit_holds_its_role_for_minusca() {
        directory.ensureUser(COE, COE, null, "en", COE + "-test-password");
        directory.ensureRoleAssignment(COE, "COE_UNIT_MISSION", Scope.mission("MINUSCA"));
    }

    /** ME-1 (10 APCs) and catering provided by the contributor, a signed arrival inspection, deployed 2026-06-16. */
    long contingent(String mission, String state) {
        return contingents.register(new NewContingent("TEST-DISCARD-" + UUID.randomUUID(), mission, state,
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of()));
    }

    /** A draft with a line, a rating and a PDF attachment. */
    long draftWithAttachment(long contingent) throws Exception {
        String created = mvc.perform(InspectionApiTests.json(post("/api/v1/claims/contingents/" + contingent
                        + "/inspections"), InspectionApiTests.PERIODIC_JULY, COE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/attachments")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", InspectionApiTests.PDF))
                        .with(user(COE)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated());
        return draft;
    }

    void sign(long contingent, long inspection) throws Exception {
        mvc.perform(InspectionApiTests.json(post("/api/v1/claims/contingents/" + contingent + "/inspections/"
                        + inspection + "/signature"), InspectionApiTests.SIGNATURE, COE))
                .andExpect(status().isOk());
    }

    /** Rows of the inspection and its findings, ratings and attachments. */
    List<Integer> rows(long inspection) {
        return List.of("claims_verification WHERE id = ?", "claims_verification_equipment WHERE verification_id = ?",
                        "claims_verification_category WHERE verification_id = ?",
                        "attachment WHERE record_type = 'claims.inspection' AND record_id = CAST(? AS VARCHAR(100))").stream()
                .map(from -> jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Integer.class, inspection)).toList();
    }

    MockHttpServletRequestBuilder deleteAs(long contingent, long inspection, String username) {
        return delete("/api/v1/claims/contingents/" + contingent + "/inspections/" + inspection).with(user(username))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
    }

    String page(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(username)).sessionAttr(LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void a_draft_is_discarded_over_rest_with_its_findings_and_attachments_and_the_audit_trail_keeps_it()
            throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftWithAttachment(contingent);
        assertThat(rows(draft)).containsExactly(1, 1, 1, 1);

        mvc.perform(deleteAs(contingent, draft, COE)).andExpect(status().isNoContent());

        assertThat(rows(draft)).containsExactly(0, 0, 0, 0);
        mvc.perform(get("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft).with(user(COE))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        Map<String, Object> audit = jdbc.queryForMap("""
                SELECT actor, action, before_json, after_json FROM audit_record
                WHERE entity_type = 'claims.inspection' AND entity_id = ?
                ORDER BY sequence_no DESC FETCH FIRST 1 ROWS ONLY""",
                String.valueOf(draft));
        assertThat(audit.get("action")).isEqualTo("DELETE");
        assertThat(audit.get("actor")).isEqualTo(COE);
        assertThat(audit.get("after_json")).isNull();
        assertThat(String.valueOf(audit.get("before_json"))).contains("\"status\":\"DRAFT\"", "ME-1:12/6", "CATERING:UNSATISFACTORY",
                "report.pdf", "\"sha256\"");
        // the contingent's signed arrival inspection is untouched
        String list = mvc.perform(get("/api/v1/claims/contingents/" + contingent + "/inspections").with(user(COE))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$[*].status")).containsExactly("SIGNED");
    }

    @Test
    void a_signed_inspection_is_refused_in_english_and_french_and_stays() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long signed = draftWithAttachment(contingent);
        sign(contingent, signed);

        mvc.perform(deleteAs(contingent, signed, COE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.inspection.refused.discardSigned"))
                .andExpect(jsonPath("$.detail").value("Inspection " + signed
                        + " is signed: signed inspections are the basis of payment and cannot be discarded."));
        mvc.perform(deleteAs(contingent, signed, COE).header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("L'inspection " + signed
                        + " est signée : les inspections signées fondent le paiement et ne peuvent pas être supprimées."));
        assertThat(rows(signed)).containsExactly(1, 1, 1, 1);

        // on the screen: no discard button, the confirmation page and the form send back to the inspection, refused
        String base = "/claims/contingents/" + contingent + "/inspections/" + signed;
        assertThat(page(get(base), COE, "en")).doesNotContain("Discard the draft");
        mvc.perform(get(base + "/discard").with(user(COE)).sessionAttr(LANGUAGE, "fr"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", containsString("les inspections signées fondent le paiement")));
        mvc.perform(post(base + "/discard").with(user(COE)).with(csrf()).sessionAttr(LANGUAGE, "en"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem",
                        containsString("signed inspections are the basis of payment and cannot be discarded")));
        assertThat(rows(signed)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void member_state_users_discard_nothing() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftWithAttachment(contingent);
        String base = "/claims/contingents/" + contingent + "/inspections/" + draft;

        mvc.perform(deleteAs(contingent, draft, "portal.bgd")).andExpect(status().isForbidden());
        mvc.perform(deleteAs(contingent, draft, "portal.rwa")).andExpect(status().isForbidden());
        assertThat(page(get(base), "portal.bgd", "en")).contains("Draft").doesNotContain("Discard the draft");
        mvc.perform(get(base + "/discard").with(user("portal.bgd"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/discard").with(user("portal.bgd")).with(csrf())).andExpect(status().isForbidden());
        // nor does the COE unit of another mission
        long unmiss = contingent("UNMISS", "IND");
        mvc.perform(deleteAs(unmiss, draft, COE)).andExpect(status().isForbidden());
        assertThat(rows(draft)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void a_draft_changed_meanwhile_is_not_discarded() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftWithAttachment(contingent);
        mvc.perform(deleteAs(contingent, draft, COE).param("version", "7"))
                .andExpect(status().isConflict());
        assertThat(rows(draft)).containsExactly(1, 1, 1, 1);
        mvc.perform(deleteAs(contingent, draft, COE).param("version", "0")).andExpect(status().isNoContent());
    }

    @Test
    void the_screen_asks_for_confirmation_then_discards_and_goes_back_to_the_contingent_in_english_and_french()
            throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftWithAttachment(contingent);
        String base = "/claims/contingents/" + contingent + "/inspections/" + draft;

        assertThat(page(get(base), COE, "en")).contains("href=\"" + base + "/discard\"", "Discard the draft");
        assertThat(page(get(base), COE, "fr")).contains("Supprimer le brouillon");
        String confirm = page(get(base + "/discard"), COE, "en");
        assertThat(confirm).contains("Discard the draft inspection?",
                "will be deleted with its findings (1 equipment line, 1 category rated) and its attachment",
                "action=\"" + base + "/discard\"", "name=\"version\" value=\"0\"", "Cancel: keep the draft");
        assertThat(page(get(base + "/discard"), COE, "fr")).contains("Supprimer le brouillon d'inspection ?",
                "Le brouillon d'inspection (Périodique)", "(1 ligne de matériel, 1 catégorie évaluée) et sa pièce jointe");
        assertThat(rows(draft)).containsExactly(1, 1, 1, 1); // asking deletes nothing

        mvc.perform(post(base + "/discard").param("version", "0").with(user(COE)).with(csrf())
                        .sessionAttr(LANGUAGE, "en"))
                .andExpect(redirectedUrl("/claims/contingents/" + contingent))
                .andExpect(flash().attribute("notice", startsWith("Draft discarded: Periodic inspection of ")));
        assertThat(rows(draft)).containsExactly(0, 0, 0, 0);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_record WHERE entity_type = 'claims.inspection' AND entity_id = ?
                AND action = 'DELETE'""", Integer.class, String.valueOf(draft))).isEqualTo(1);

        long second = draftWithAttachment(contingent);
        mvc.perform(post("/claims/contingents/" + contingent + "/inspections/" + second + "/discard")
                        .with(user(COE)).with(csrf()).sessionAttr(LANGUAGE, "fr"))
                .andExpect(redirectedUrl("/claims/contingents/" + contingent))
                .andExpect(flash().attribute("notice", startsWith("Brouillon supprimé : inspection (Périodique) du ")));
        // the contingent page shows the notice
        assertThat(page(get("/claims/contingents/" + contingent).flashAttr("notice", "Brouillon supprimé"), COE, "fr"))
                .contains("Brouillon supprimé");
    }
}
