package org.fieldsupport.claims.shortfall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.as;
import static org.fieldsupport.claims.report.internal.VerificationReportWorkflowTests.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldsupport.claims.inspection.web.InspectionPageTests;
import org.fieldsupport.claims.mou.internal.ContingentData;
import org.fieldsupport.claims.mou.internal.NewContingent;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.Provider;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.shortfall.internal.ShortfallCaseService;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Logistics shortfall cases (8.3.k): opened from the shortfalls report only for a real shortfall, one open case per
 * contingent and category, partners consulted, the contributing country liaised with (its own cases only, in its
 * portal, without the internal consultations), corrective actions in the officers' inbox and followed to closure.
 */
@IntegrationTest
class ShortfallCaseApiTests {

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired WorkItems workItems;
    @Autowired ShortfallCaseService service;

    static final String OFFICER = "coe.planning";
    static final String MINUSCA_OFFICER = "coe.planning.minusca";

    /** A contingent whose ten wet-leased APCs were found nine serviceable (below its MOU; 90 % is still the standard). */
    long contingent(String mission, String state) {
        return contingents.register(new NewContingent("TEST-SHF-" + UUID.randomUUID(), mission, state,
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"), YearMonth.of(2026, 7), new BigDecimal("840"))));
    }

    long open(long contingent, String category, String user, int expected) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/shortfall-cases"), "{\"contingentId\": " + contingent
                        + ", \"kind\": \"MAJOR_EQUIPMENT\", \"category\": \"" + category + "\", \"month\": \"2026-07\"}", user))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return expected == 201 ? ((Number) JsonPath.read(body, "$.id")).longValue() : -1;
    }

    @Test
    void a_shortfall_is_followed_with_partners_and_the_contributor_until_its_corrective_actions_are_done() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long id = open(contingent, "ME-1", MINUSCA_OFFICER, 201);
        mvc.perform(as(get("/api/v1/claims/shortfall-cases/" + id), MINUSCA_OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shortfallCase.finding").value("BELOW_MOU: 9 / 10"))
                .andExpect(jsonPath("$.shortfallCase.status").value("OPEN"));
        // one open case per contingent and category; only what the report finds
        open(contingent, "ME-1", MINUSCA_OFFICER, 409);
        open(contingent, "ME-2", MINUSCA_OFFICER, 422);
        // opening from the month's report does not open it twice
        String opened = mvc.perform(json(post("/api/v1/claims/shortfall-cases/from-report"),
                        "{\"missionCode\": \"MINUSCA\", \"month\": \"2026-07\"}", MINUSCA_OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Object> again = JsonPath.read(opened, "$[?(@.contingentId == " + contingent + ")]");
        assertThat(again).isEmpty();

        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/consultations"),
                        "{\"partner\": \"EXT_DPKO_OMA\", \"consultedOn\": \"2026-08-03\", \"summary\": \"Force generation agrees\"}",
                        MINUSCA_OFFICER))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/consultations"),
                "{\"partner\": \"NATO\", \"summary\": \"\"}", MINUSCA_OFFICER)).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/messages"),
                "{\"body\": \"Please replace the APC\"}", MINUSCA_OFFICER))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.direction").value("TO_STATE"));

        // the contributing country sees its case (not the internal consultations) and answers; another state cannot
        mvc.perform(as(get("/api/v1/claims/shortfall-cases/" + id), "portal.bgd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consultations.length()").value(0))
                .andExpect(jsonPath("$.messages[0].body").value("Please replace the APC"))
                .andExpect(jsonPath("$.messages[0].by").doesNotExist());
        mvc.perform(as(get("/api/v1/claims/shortfall-cases/" + id), "portal.rwa")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/messages"), "{\"body\": \"no\"}", "portal.rwa"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/messages"),
                        "{\"body\": \"A replacement ships in September\"}", "portal.bgd"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.direction").value("FROM_STATE"));
        assertThat(workItems.forRecord(ShortfallCaseService.CASE, String.valueOf(id)))
                .anyMatch(w -> w.state() == WorkItem.State.OPEN && "claimsplanning.work.reply".equals(w.titleKey()));
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/consultations"),
                "{\"partner\": \"MISSION\", \"summary\": \"x\"}", "portal.bgd")).andExpect(status().isForbidden());

        // closing needs corrective actions, all done; each open action sits in the officers' inbox until done
        mvc.perform(as(post("/api/v1/claims/shortfall-cases/" + id + "/close"), MINUSCA_OFFICER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("claimsplanning.shortfall.close.noAction"));
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        String action = mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/actions"),
                        "{\"description\": \"Replace the APC\", \"responsible\": \"CONTRIBUTOR\", \"dueOn\": \"" + due + "\"}",
                        MINUSCA_OFFICER))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long actionId = ((Number) JsonPath.read(action, "$.id")).longValue();
        assertThat(workItems.forRecord(ShortfallCaseService.ACTION, String.valueOf(actionId)))
                .singleElement().satisfies(w -> {
                    assertThat(w.state()).isEqualTo(WorkItem.State.OPEN);
                    assertThat(w.dueOn()).isEqualTo(due);
                });
        assertThat(service.remindDue(LocalDate.now(ZoneOffset.UTC))).isPositive();
        assertThat(workItems.forRecord(ShortfallCaseService.ACTION, String.valueOf(actionId))).hasSize(1);
        mvc.perform(as(post("/api/v1/claims/shortfall-cases/" + id + "/close"), MINUSCA_OFFICER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("claimsplanning.shortfall.close.openActions"));
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/actions/" + actionId + "/complete"),
                "{\"note\": \"Replaced\"}", MINUSCA_OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        assertThat(workItems.forRecord(ShortfallCaseService.ACTION, String.valueOf(actionId)))
                .allMatch(w -> w.state() == WorkItem.State.CLOSED);
        mvc.perform(as(post("/api/v1/claims/shortfall-cases/" + id + "/close"), MINUSCA_OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(json(post("/api/v1/claims/shortfall-cases/" + id + "/messages"), "{\"body\": \"late\"}", "portal.bgd"))
                .andExpect(status().isUnprocessableEntity());
        // a new shortfall of the same category may be opened again once the case is closed
        open(contingent, "ME-1", MINUSCA_OFFICER, 201);
    }

    @Test
    void officers_work_in_their_missions_and_member_states_see_their_own_cases_in_the_portal() throws Exception {
        long unmiss = contingent("UNMISS", "IND");
        open(unmiss, "ME-1", MINUSCA_OFFICER, 403);
        long indCase = open(unmiss, "ME-1", OFFICER, 201);
        long bgdCase = open(contingent("MINUSCA", "BGD"), "ME-1", OFFICER, 201);
        String reference = JsonPath.read(mvc.perform(as(get("/api/v1/claims/shortfall-cases/" + bgdCase), OFFICER))
                .andReturn().getResponse().getContentAsString(), "$.shortfallCase.reference");
        String indReference = JsonPath.read(mvc.perform(as(get("/api/v1/claims/shortfall-cases/" + indCase), OFFICER))
                .andReturn().getResponse().getContentAsString(), "$.shortfallCase.reference");

        String fr = page("/claims/portal/shortfall-cases", "portal.bgd", "fr");
        assertThat(fr).contains("Dossiers de lacunes logistiques", reference).doesNotContain(indReference)
                .doesNotContain("Ouvrir les dossiers à partir du rapport mensuel des lacunes");
        assertThat(page("/claims/portal/shortfall-cases", "portal.ind", "en")).contains(indReference)
                .doesNotContain(reference);
        String list = mvc.perform(as(get("/api/v1/claims/shortfall-cases"), MINUSCA_OFFICER))
                .andReturn().getResponse().getContentAsString();
        List<String> missions = JsonPath.read(list, "$[*].missionCode");
        assertThat(missions).contains("MINUSCA").doesNotContain("UNMISS");

        String en = page("/claims/shortfall-cases/" + bgdCase, OFFICER, "en");
        assertThat(en).contains("Shortfall case " + reference, "Partners consulted", "Office of Military Affairs",
                "Mine Action Service", "Corrective actions", "Close the case");
        String frCase = page("/claims/shortfall-cases/" + bgdCase, "coe.planning.minusca", "fr");
        assertThat(frCase).contains("Dossier de lacune " + reference, "Bureau des affaires militaires",
                "Service de la lutte antimines", "Mesures correctives");
        String portalCase = page("/claims/shortfall-cases/" + bgdCase, "portal.bgd", "en");
        assertThat(portalCase).contains("Liaison with the contributing country").doesNotContain("Partners consulted");
        mvc.perform(get("/claims/shortfall-cases/" + bgdCase).with(user("portal.rwa"))).andExpect(status().isForbidden());
        mvc.perform(get("/claims/shortfall-cases").with(user("mission.coe.unmiss"))).andExpect(status().isForbidden());
    }

    String page(String path, String username, String language) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(username))
                        .sessionAttr(InspectionPageTests.LANGUAGE, language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
