package org.fieldsupport.claims.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The inspection, strength return and mission COE screens in English and French, with the demo data. */
@IntegrationTest
public class InspectionPageTests {

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;

    /** The language chosen for the session (as the shell's language switch does), over the user's preference. */
    public static final String LANGUAGE = "org.fieldsupport.platform.i18n.internal.PlatformLocaleResolver.locale";

    String page(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(username)).sessionAttr(LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void the_mission_page_shows_the_overdue_operational_readiness_inspection_in_english_and_french() throws Exception {
        String en = page(get("/organization/missions/MINUSCA"), "admin", "en");
        assertThat(en).contains("id=\"panel-coe-inspections\"", "COE inspections", "DEMO-MINUSCA-PAK (PAK)");
        assertThat(rowOf(en, "DEMO-MINUSCA-PAK")).contains("<strong class=\"error\">OVERDUE</strong>");
        assertThat(rowOf(en, "DEMO-MINUSCA-BGD")).doesNotContain("OVERDUE");
        String fr = page(get("/organization/missions/MINUSCA"), "admin", "fr");
        assertThat(fr).contains("Inspections du MAC");
        assertThat(rowOf(fr, "DEMO-MINUSCA-PAK")).contains("EN RETARD");
        // a Member State user sees no panel of all contributors' inspections: the organisation's mission pages are for
        // staff only (access review s3)
        mvc.perform(get("/organization/missions/MINUSCA").with(user("portal.bgd"))).andExpect(status().isForbidden());
    }

    @Test
    void the_mission_coe_page_lists_overdue_inspections_drafts_and_missing_strength_returns() throws Exception {
        String en = page(get("/claims/missions/MINUSCA"), "mission.coe.minusca", "en");
        // at least the demo Pakistani company (test contingents of other classes may be overdue too, by date)
        assertThat(en).containsPattern("[1-9]\\d* inspections? overdue");
        assertThat(rowOf(en, "DEMO-MINUSCA-PAK")).contains("OVERDUE");
        assertThat(rowOf(en, "DEMO-MINUSCA-PAK")).contains("MISSING");
        assertThat(rowOf(en, "DEMO-MINUSCA-RWA")).contains("(1 month without a return)");
        assertThat(rowOf(en, "DEMO-MINUSCA-BGD")).doesNotContain("MISSING").contains("received");
        String fr = page(get("/claims/missions/UNMISS"), "admin", "fr");
        assertThat(fr).contains("MAC de UNMISS", "Brouillons à signer");
        assertThat(rowOf(fr, "DEMO-UNMISS-NPL")).contains("<td>1</td>");
        mvc.perform(get("/claims/missions/UNMISS").with(user("mission.coe.minusca"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/missions/MINUSCA").with(user("portal.bgd"))).andExpect(status().isForbidden());
        assertThat(page(get("/claims/cards/inspections"), "mission.coe.minusca", "en"))
                .containsPattern("[1-9]\\d* operational readiness inspections? overdue");
        assertThat(page(get("/claims/cards/inspections"), "mission.coe.minusca", "fr"))
                .containsPattern("inspections? d'aptitude opérationnelle en retard");
        assertThat(page(get("/"), "mission.coe.minusca", "en")).contains("/claims/cards/inspections");
    }

    @Test
    void the_inspection_screens_record_a_draft_with_field_errors_then_sign_it() throws Exception {
        long bgd = contingents.idOf("DEMO-MINUSCA-BGD").orElseThrow();
        String base = "/claims/contingents/" + bgd + "/inspections";
        assertThat(page(get("/claims/contingents/" + bgd), "mission.coe.minusca", "en"))
                .contains("href=\"" + base + "\"", "href=\"/claims/contingents/" + bgd + "/strength-returns\"");
        assertThat(page(get(base), "mission.coe.minusca", "en"))
                .contains("Inspections of DEMO-MINUSCA-BGD", "Operational readiness", "Signed", "Record an inspection");
        assertThat(page(get(base), "mission.coe.minusca", "fr"))
                .contains("Inspections de DEMO-MINUSCA-BGD", "Aptitude opérationnelle", "Signée", "Enregistrer une inspection");
        assertThat(page(get(base + "/new"), "mission.coe.minusca", "fr"))
                .contains("Quantité du mémorandum", "En état de marche", "partiellement satisfaisant");

        String errors = mvc.perform(post(base).with(user("mission.coe.minusca")).with(csrf())
                        .param("type", "SPOT_CHECK").param("inspectedOn", "2026-11-02")
                        .param("found.ME-1", "3").param("serviceable.ME-1", "4").param("serviceable.ME-2", "two")
                        .param("rating.CATERING", "SATISFACTORY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(errors)).contains("must not exceed the quantity found (3)", "must be a whole number");

        String location = mvc.perform(post(base).with(user("mission.coe.minusca")).with(csrf())
                        .param("type", "SPOT_CHECK").param("inspectedOn", "2026-11-02")
                        .param("found.ME-1", "5").param("serviceable.ME-1", "4")
                        .param("rating.CATERING", "SATISFACTORY"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String draft = page(get(location), "mission.coe.minusca", "en");
        assertThat(draft).contains("Spot check inspection of", "Draft", "surplus of 1", "Sign the inspection");

        mvc.perform(multipart(location + "/attachments").file(new MockMultipartFile("file", "photo.gif", "image/gif",
                        "GIF89a".getBytes())).with(user("mission.coe.minusca")).with(csrf()).sessionAttr(LANGUAGE, "fr"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andExpect(flash().attribute("problem",
                        "Le type de fichier image/gif n'est pas accepté : seulement PDF, JPEG ou PNG."));

        String missing = mvc.perform(post(location + "/signature").with(user("mission.coe.minusca")).with(csrf())
                        .param("commanderName", "").param("commanderRank", "Maj").param("commanderSignedOn", "2026-11-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("is required");
        mvc.perform(post(location + "/signature").with(user("mission.coe.minusca")).with(csrf())
                        .param("commanderName", "M. Hossain").param("commanderRank", "Maj")
                        .param("commanderSignedOn", "2026-11-03"))
                .andExpect(redirectedUrlPattern(base + "/*"));
        String signed = page(get(location), "mission.coe.minusca", "fr");
        assertThat(signed).contains("Signée", "Maj M. Hossain").doesNotContain("Signer l'inspection", "Modifier le brouillon");
    }

    @Test
    void the_strength_return_screen_highlights_gaps_and_names_the_field_in_error() throws Exception {
        long rwa = contingents.idOf("DEMO-MINUSCA-RWA").orElseThrow();
        String base = "/claims/contingents/" + rwa + "/strength-returns";
        String en = page(get(base), "mission.coe.minusca", "en");
        assertThat(en).contains("Strength returns of DEMO-MINUSCA-RWA", "class=\"gap error\"", "MISSING");
        assertThat(page(get(base), "portal.rwa", "fr")).contains("États d'effectifs de DEMO-MINUSCA-RWA", "MANQUANT")
                .doesNotContain("Saisir ou corriger un mois");
        String refused = mvc.perform(post(base).with(user("mission.coe.minusca")).with(csrf())
                        .sessionAttr(LANGUAGE, "fr").param("month", "2026-10").param("averageStrength", "-3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ne doit pas être négatif");
        mvc.perform(post(base).with(user("mission.coe.minusca")).with(csrf())
                        .param("month", java.time.YearMonth.now().toString()).param("averageStrength", "801,5"))
                .andExpect(redirectedUrlPattern(base + "*"));
        assertThat(page(get(base), "mission.coe.minusca", "en")).contains("801.5");
        mvc.perform(get(base).with(user("portal.bgd"))).andExpect(status().isForbidden());
    }

    /** The table row that names the contingent. */
    static String rowOf(String html, String reference) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(reference) + "(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row naming " + reference).isTrue();
        return m.group();
    }
}
