package org.fieldsupport.claims.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.MouService;
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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * An inspection reports on the Annex B lines and contributor-provided Annex C categories of the MOU version in force
 * on its date, on the screen and over REST alike: the version 1 has ME-1 (APCs) and ME-2 (trucks) and catering; the
 * amendment in effect from 1 September 2026 drops the trucks, adds a water purification unit (ME-9) and
 * communications. An inspection of 10 August shows and accepts the trucks; one of 10 September the amended lines.
 */
@IntegrationTest
class InspectionMouVersionTests {

    static final String COE = InspectionApiTests.COE;
    static final String LANGUAGE = InspectionPageTests.LANGUAGE;
    static final String AUGUST = "2026-08-10";
    static final String SEPTEMBER = "2026-09-10";

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired MouService mous;
    @Autowired UserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void the_coe_unit_holds_its_role_for_minusca() {
        directory.ensureUser(COE, COE, null, "en", COE + "-test-password");
        directory.ensureRoleAssignment(COE, "COE_UNIT_MISSION", Scope.mission("MINUSCA"));
    }

    /** Deployed 2026-06-16 (version 1 from 1 June); the amendment takes effect from 1 September 2026. */
    long contingentAmendedFromSeptember() {
        long id = contingents.register(new NewContingent("TEST-INSP-MOU-" + UUID.randomUUID(), "MINUSCA", "BGD",
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                                new BigDecimal("5000.00")),
                        new NewContingent.Equipment("ME-2", "Truck", "Truck, cargo", LeaseType.WET, 4,
                                new BigDecimal("1500.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of()));
        int number = mous.amend(id, new MouService.Changes(LocalDate.of(2026, 9, 1), "Amendment 1",
                "Trucks repatriated; a water purification unit and communications added", null, null, null, null,
                null, null)).draft().version().number();
        mous.removeLine(id, number, "ME-2");
        mous.putLine(id, number, new MouService.LineInput("ME-9", "Water", "Water purification unit", "DRY", 2, null,
                new BigDecimal("900.00"), "no table rate for this model"));
        mous.putCategory(id, number, new MouService.CategoryInput("COMMUNICATIONS", "CONTRIBUTOR",
                new BigDecimal("10.00"), "negotiated"));
        mous.takeEffect(id, number);
        return id;
    }

    String page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(COE)).sessionAttr(LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return InspectionApiTests.json(request, body, COE);
    }

    @Test
    @WithMockUser("admin")
    void the_form_shows_the_lines_and_categories_of_the_version_in_force_on_the_inspection_date() throws Exception {
        long id = contingentAmendedFromSeptember();
        String base = "/claims/contingents/" + id + "/inspections/new";

        String august = page(get(base).param("date", AUGUST), "en");
        assertThat(august).contains("name=\"found.ME-1\"", "name=\"found.ME-2\"", "name=\"rating.CATERING\"",
                        "value=\"" + AUGUST + "\"", "name=\"linesOn\" value=\"" + AUGUST + "\"",
                        ": version 1 (original), in effect from", "Change the date")
                .doesNotContain("name=\"found.ME-9\"", "name=\"rating.COMMUNICATIONS\"");
        assertThat(august).containsPattern(">\\s*10\\s*<"); // version 1's APC quantity

        String september = page(get(base).param("date", SEPTEMBER), "fr");
        assertThat(september).contains("name=\"found.ME-1\"", "name=\"found.ME-9\"", "name=\"rating.COMMUNICATIONS\"",
                        ": version 2 (avenant), en vigueur depuis le", "Changer de date")
                .doesNotContain("name=\"found.ME-2\"");
        // without a date: today, under the amendment
        assertThat(page(get(base), "en")).contains("name=\"found.ME-9\"", "version 2 (amendment)")
                .doesNotContain("name=\"found.ME-2\"");
        // a date that is no date: said so, today's lines
        assertThat(page(get(base).param("date", "10/08/2026"), "en")).contains("must be a date (YYYY-MM-DD)",
                "name=\"found.ME-9\"");
    }

    @Test
    @WithMockUser("admin")
    void the_screen_saves_an_august_inspection_on_the_pre_amendment_lines_and_refuses_the_amended_ones()
            throws Exception {
        long id = contingentAmendedFromSeptember();
        String base = "/claims/contingents/" + id + "/inspections";

        String location = mvc.perform(post(base).with(user(COE)).with(csrf()).param("linesOn", AUGUST)
                        .param("type", "PERIODIC").param("inspectedOn", AUGUST)
                        .param("found.ME-1", "10").param("serviceable.ME-1", "9")
                        .param("found.ME-2", "4").param("serviceable.ME-2", "3").param("rating.CATERING", "SATISFACTORY"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String saved = page(get(location), "en");
        assertThat(saved).contains("Truck, cargo").doesNotContain("Water purification unit");
        // editing the August draft today shows the lines of its date, with its findings
        String edit = page(get(location + "/edit"), "en");
        assertThat(edit).contains("name=\"found.ME-2\"", "name=\"linesOn\" value=\"" + AUGUST + "\"")
                .doesNotContain("name=\"found.ME-9\"");
        assertThat(edit).containsPattern("name=\"found.ME-2\"[^>]*value=\"4\"");

        // the amended line on an August inspection (a form without the shown date): refused, the field named
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post(base).with(user(COE)).with(csrf())
                        .param("type", "PERIODIC").param("inspectedOn", AUGUST)
                        .param("found.ME-9", "2").param("serviceable.ME-9", "2").param("rating.COMMUNICATIONS", "SATISFACTORY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("ME-9: line ME-9 is not in the MOU",
                "COMMUNICATIONS: category COMMUNICATIONS is not a self-sustainment category",
                "name=\"found.ME-2\"");
    }

    @Test
    @WithMockUser("admin")
    void a_date_entered_under_another_version_shows_its_lines_before_anything_is_saved() throws Exception {
        long id = contingentAmendedFromSeptember();
        String base = "/claims/contingents/" + id + "/inspections";
        int before = drafts(id);

        // "change the date": the September lines, what was entered kept, nothing saved
        String reloaded = page(post(base).with(csrf()).param("reload", "date").param("linesOn", AUGUST)
                .param("type", "SPOT_CHECK").param("inspectedOn", SEPTEMBER).param("remarks", "night check")
                .param("found.ME-1", "11").param("serviceable.ME-1", "8"), "en");
        assertThat(reloaded).contains("name=\"found.ME-9\"", "name=\"linesOn\" value=\"" + SEPTEMBER + "\"",
                        "version 2 (amendment)", "night check")
                .doesNotContain("name=\"found.ME-2\"", "Please correct the fields marked.");
        assertThat(reloaded).containsPattern("name=\"found.ME-1\"[^>]*value=\"11\"");

        // saving a September date over the August lines: not saved, the September lines shown with the reason
        String refused = page(post(base).with(csrf()).param("linesOn", AUGUST)
                .param("type", "SPOT_CHECK").param("inspectedOn", SEPTEMBER)
                .param("found.ME-1", "11").param("serviceable.ME-1", "8"), "fr");
        assertThat(refused).contains("la version du mémorandum en vigueur à cette date est la version 2 (avenant",
                "name=\"found.ME-9\"").doesNotContain("name=\"found.ME-2\"");
        assertThat(drafts(id)).isEqualTo(before);

        // with the September lines shown, the amended line is accepted
        mvc.perform(post(base).with(user(COE)).with(csrf()).param("linesOn", SEPTEMBER)
                        .param("type", "SPOT_CHECK").param("inspectedOn", SEPTEMBER)
                        .param("found.ME-9", "2").param("serviceable.ME-9", "1").param("rating.COMMUNICATIONS", "SATISFACTORY"))
                .andExpect(redirectedUrlPattern(base + "/*"));
        assertThat(drafts(id)).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser("admin")
    void the_api_checks_the_findings_against_the_version_in_force_on_the_inspection_date() throws Exception {
        long id = contingentAmendedFromSeptember();
        String base = "/api/v1/claims/contingents/" + id + "/inspections";

        String august = mvc.perform(json(post(base), """
                        {"type": "PERIODIC", "inspectedOn": "2026-08-10",
                         "equipment": [{"line": "ME-2", "found": 4, "serviceable": 4}],
                         "ratings": [{"category": "CATERING", "rating": "SATISFACTORY"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.equipment[0].line").value("ME-2"))
                .andExpect(jsonPath("$.equipment[0].mouQuantity").value(4))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(json(post(base), """
                        {"type": "PERIODIC", "inspectedOn": "2026-08-10",
                         "equipment": [{"line": "ME-9", "found": 2, "serviceable": 2}],
                         "ratings": [{"category": "COMMUNICATIONS", "rating": "SATISFACTORY"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("equipment[ME-9].line")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ratings[COMMUNICATIONS].category")));

        mvc.perform(json(post(base), """
                        {"type": "PERIODIC", "inspectedOn": "2026-09-10",
                         "equipment": [{"line": "ME-9", "found": 2, "serviceable": 2}],
                         "ratings": [{"category": "COMMUNICATIONS", "rating": "SATISFACTORY"}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.equipment[0].mouQuantity").value(2));
        mvc.perform(json(post(base), """
                        {"type": "PERIODIC", "inspectedOn": "2026-09-10",
                         "equipment": [{"line": "ME-2", "found": 4, "serviceable": 4}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipment[ME-2].line"));

        // moving the August draft into September: its trucks are no longer an MOU line then
        long draft = ((Number) JsonPath.read(august, "$.id")).longValue();
        mvc.perform(json(put(base + "/" + draft), """
                        {"type": "PERIODIC", "inspectedOn": "2026-09-10",
                         "equipment": [{"line": "ME-2", "found": 4, "serviceable": 4}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipment[ME-2].line"));
        mvc.perform(get(base + "/" + draft).with(user(COE)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.inspectedOn").value("2026-08-10"));
    }

    int drafts(long contingent) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM claims_verification WHERE contingent_id = ? AND status = 'DRAFT'",
                Integer.class, contingent);
    }
}
