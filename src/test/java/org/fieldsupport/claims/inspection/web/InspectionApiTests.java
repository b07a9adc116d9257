package org.fieldsupport.claims.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.fieldsupport.support.AnyVersion.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Inspections, sign-off, attachments and strength returns over REST, with the mission COE unit's scope. */
@IntegrationTest
class InspectionApiTests {

    /** COE unit of MINUSCA only. */
    static final String COE = "inspections.coe.minusca";

    @Autowired MockMvc mvc;
    @Autowired ContingentData contingents;
    @Autowired UserDirectory directory;

    @BeforeEach
    void the_coe_unit_holds_its_role_for_minusca() {
        directory.ensureUser(COE, COE, null, "en", COE + "-test-password");
        directory.ensureRoleAssignment(COE, "COE_UNIT_MISSION", Scope.mission("MINUSCA"));
    }

    /** The spec's worked example stored: ME-1 (WET, 10 at 5,000.00), F = 0.035, deployed 2026-06-16. */
    long contingent(String mission, String state) {
        return contingents.register(new NewContingent("TEST-INSP-" + UUID.randomUUID(), mission, state,
                "Infantry battalion", 850, new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
                BigDecimal.ZERO, BigDecimal.ZERO), LocalDate.of(2026, 6, 16), null, true,
                List.of(new NewContingent.Equipment("ME-1", "APC", "APC, wheeled", LeaseType.WET, 10,
                        new BigDecimal("5000.00"))),
                List.of(new NewContingent.Category("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00")),
                        new NewContingent.Category("ACCOMMODATION", Provider.UN, null)),
                List.of(new NewContingent.Inspection("ARRIVAL", LocalDate.of(2026, 6, 20), Map.of("ME-1", 9),
                        Map.of("CATERING", Rating.SATISFACTORY))),
                Map.of(YearMonth.of(2026, 6), new BigDecimal("870"), YearMonth.of(2026, 7), new BigDecimal("840"))));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, String username) {
        return request.with(user(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }

    ResultActions draft(long contingent, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections"), body, COE));
    }

    long draftId(long contingent, String body) throws Exception {
        String response = draft(contingent, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    static final String PERIODIC_JULY = """
            {"type": "PERIODIC", "inspectedOn": "2026-07-10",
             "equipment": [{"line": "ME-1", "found": 12, "serviceable": 6}],
             "ratings": [{"category": "CATERING", "rating": "UNSATISFACTORY"}]}""";

    static final String SIGNATURE = """
            {"commanderName": "A. Rahman", "commanderRank": "Lt Col", "commanderSignedOn": "2026-07-11"}""";

    String julyMajorEquipment(long contingent) throws Exception {
        String body = mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/verification-reports"),
                        "{\"from\": \"2026-07-01\", \"to\": \"2026-07-31\"}", COE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> me = JsonPath.read(body, "$.lines[?(@.reference == 'ME-1')].amount");
        List<String> catering = JsonPath.read(body, "$.lines[?(@.reference == 'CATERING')].amount");
        return me.get(0) + " " + catering.get(0) + " " + JsonPath.read(body, "$.total");
    }

    @Test
    void a_draft_inspection_counts_in_no_report_until_it_is_signed() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftId(contingent, PERIODIC_JULY);

        // the signed arrival inspection is in force: ME-1 5000.00 x min(10, 9) x 1.035 x 31/31 = 46575.00;
        // catering 28.00 x min(840, 850) x 1.0 x 1.035 = 24343.20; troop cost 1428.00 x 840 = 1199520.00
        assertThat(julyMajorEquipment(contingent)).isEqualTo("46575.00 24343.20 1270438.20");

        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/signature"),
                        SIGNATURE, COE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.inspector").value(COE))
                .andExpect(jsonPath("$.commander.rank").value("Lt Col"))
                .andExpect(jsonPath("$.equipment[0].surplus").value(2));

        // signed: ME-1 5000.00 x min(10, 6) x 1.035 = 31050.00; catering unsatisfactory: 0.00
        assertThat(julyMajorEquipment(contingent)).isEqualTo("31050.00 0.00 1230570.00");
    }

    @Test
    void a_signed_inspection_is_never_edited_nor_signed_again() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftId(contingent, PERIODIC_JULY);
        mvc.perform(json(put("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft),
                        PERIODIC_JULY.replace("\"serviceable\": 6", "\"serviceable\": 7"), COE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.equipment[0].serviceable").value(7))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/signature"),
                SIGNATURE, COE)).andExpect(status().isOk());

        mvc.perform(json(put("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft), PERIODIC_JULY, COE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.inspection.refused.signed"));
        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/signature"),
                SIGNATURE, COE)).andExpect(status().isUnprocessableContent());
    }

    @Test
    void findings_are_validated_field_by_field() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        draft(contingent, """
                {"type": "INSPECTION", "inspectedOn": "2026-05-01",
                 "equipment": [{"line": "ME-1", "found": 5, "serviceable": 6}, {"line": "ME-9", "found": 1, "serviceable": 1}],
                 "ratings": [{"category": "ACCOMMODATION", "rating": "SATISFACTORY"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("type", "inspectedOn", "equipment[ME-1].serviceable",
                        "equipment[ME-9].line", "ratings[ACCOMMODATION].category")))
                .andExpect(jsonPath("$.errors[?(@.field == 'equipment[ME-1].serviceable')].message",
                        hasItem("must not exceed the quantity found (5)")));
        draft(contingent, """
                {"type": "ARRIVAL", "inspectedOn": "2026-06-20",
                 "equipment": [{"line": "ME-1", "found": -1, "serviceable": null}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("equipment[ME-1].found",
                        "equipment[ME-1].serviceable")));
        long draft = draftId(contingent, "{\"type\": \"SPOT_CHECK\", \"inspectedOn\": \"2026-07-02\"}");
        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/signature"),
                        "{\"commanderSignedOn\": \"2026-07-01\"}", COE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("commanderName", "commanderRank", "commanderSignedOn")));
        mvc.perform(json(post("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/signature"),
                        SIGNATURE.replace("2026-07-11", "2026-07-03"), COE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.inspection.refused.empty"));
    }

    @Test
    void member_states_read_only_their_own_inspections_and_record_none() throws Exception {
        long bgd = contingent("MINUSCA", "BGD");
        draftId(bgd, PERIODIC_JULY);
        mvc.perform(get("/api/v1/claims/contingents/" + bgd + "/inspections").with(user("portal.bgd"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/claims/contingents/" + bgd + "/inspections").with(user("portal.rwa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/claims/contingents/" + bgd + "/inspections").with(user("portal.rwa")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/contingents/" + bgd + "/strength-returns").with(user("portal.rwa"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        draft(bgd, PERIODIC_JULY.replace(COE, "x")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/v1/claims/contingents/" + bgd + "/inspections"), PERIODIC_JULY, "portal.bgd"))
                .andExpect(status().isForbidden());
        // the COE unit of MINUSCA records nothing in UNMISS
        long unmiss = contingent("UNMISS", "IND");
        draft(unmiss, PERIODIC_JULY).andExpect(status().isForbidden());
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @Test
    void attachments_are_stored_with_their_hash_and_downloaded_as_attachments() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftId(contingent, PERIODIC_JULY);
        String base = "/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/attachments";
        String body = mvc.perform(multipart(base).file(new MockMultipartFile("file", "C:\\scans\\report \"July\".pdf",
                        "application/pdf", PDF)).with(user(COE)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("report _July_.pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(PDF))))
                .andExpect(jsonPath("$.uploadedBy").value(COE))
                .andReturn().getResponse().getContentAsString();
        String href = JsonPath.read(body, "$.href");

        byte[] downloaded = mvc.perform(get(href).with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get(href).with(user("portal.rwa"))).andExpect(status().isForbidden());
        mvc.perform(get(base.replace("/api/v1", "") + "/" + JsonPath.read(body, "$.id").toString()).with(user(COE)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft)
                        .with(user(COE)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf"));
    }

    @Test
    void attachments_of_another_type_or_too_large_are_refused_with_a_localized_reason() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        long draft = draftId(contingent, PERIODIC_JULY);
        String base = "/api/v1/claims/contingents/" + contingent + "/inspections/" + draft + "/attachments";
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes())).with(user(COE)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("ContentType"))
                .andExpect(jsonPath("$.errors[0].message").value("The file type text/html is not accepted: only PDF, JPEG or PNG."));
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "fake.pdf", "application/pdf",
                        "<html></html>".getBytes())).with(user(COE)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("ContentMismatch"))
                .andExpect(jsonPath("$.errors[0].message").value("Le contenu du fichier n'est pas du type application/pdf annoncé."));
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .with(user(COE)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("MaxSize"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is too large: at most 10 MB."));
        mvc.perform(get("/api/v1/claims/contingents/" + contingent + "/inspections/" + draft)
                        .with(user(COE)).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.attachments.length()").value(0));
    }

    @Test
    void strength_returns_are_put_per_month_and_refused_field_by_field() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        String base = "/api/v1/claims/contingents/" + contingent + "/strength-returns/";
        mvc.perform(json(put(base + "2026-08"), "{\"averageStrength\": 845.5}", COE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.month").value("2026-08"))
                .andExpect(jsonPath("$.averageStrength").value("845.50"))
                .andExpect(jsonPath("$.recordedBy").value(COE));
        mvc.perform(json(put(base + "2026-08"), "{\"averageStrength\": 846}", COE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.averageStrength").value("846.00"));
        mvc.perform(get(base + "2026-08").with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.averageStrength").value("846.00"));
        mvc.perform(get(base + "2026-09").with(user(COE)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());

        mvc.perform(json(put(base + "2026-13"), "{\"averageStrength\": -1.555}", COE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("month", "averageStrength")))
                .andExpect(jsonPath("$.errors[?(@.field == 'month')].message", hasItem("must be a month written YYYY-MM")));
        mvc.perform(json(put(base + "2026-08"), "{\"averageStrength\": 845.555}", COE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("averageStrength"))
                .andExpect(jsonPath("$.errors[0].rule").value("Digits"));
        mvc.perform(json(put(base + "2026-05"), "{\"averageStrength\": 800}", COE).header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message", containsString("n'était pas déployé en 2026-05")));
        mvc.perform(json(put(base + "2026-08"), "{}", COE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("averageStrength"));

        String list = mvc.perform(get(base.substring(0, base.length() - 1)).with(user(COE)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Boolean> septemberMissing = JsonPath.read(list, "$[?(@.month == '2026-09')].missing");
        assertThat(septemberMissing).containsExactly(true);
    }

    /**
     * Issue 9 item 10: a return above the MOU's authorised strength (850) is recorded with a warning (only the
     * authorised strength is reimbursed); above 1.5 times it (fsp.claims.strength-return.refuse-above-multiple) it is
     * refused as not credible, naming the field.
     */
    @Test
    void a_return_above_the_authorised_strength_warns_and_far_above_it_is_refused() throws Exception {
        long contingent = contingent("MINUSCA", "BGD");
        String base = "/api/v1/claims/contingents/" + contingent + "/strength-returns/";
        mvc.perform(json(put(base + "2026-08"), "{\"averageStrength\": 900}", COE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorisedStrength").value(850))
                .andExpect(jsonPath("$.warnings[0].code").value("claims.strengthReturn.warning.aboveAuthorised"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("850")));
        mvc.perform(json(put(base + "2026-09"), "{\"averageStrength\": 100000}", COE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("averageStrength"))
                .andExpect(jsonPath("$.errors[0].rule").value("AuthorisedStrength"))
                .andExpect(jsonPath("$.errors[0].message", containsString("1275")));
        mvc.perform(json(put(base + "2026-09"), "{\"averageStrength\": 1275.01}", COE))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(base + "2026-09"), "{\"averageStrength\": 1275}", COE))
                .andExpect(status().isCreated());
        mvc.perform(json(put(base + "2026-10"), "{\"averageStrength\": 850}", COE))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings.length()").value(0));
    }

    @Test
    void a_month_in_a_certified_report_can_no_longer_be_corrected() throws Exception {
        // the demo report of DEMO-MINUSCA-BGD for July 2026 is certified
        long bgd = contingents.idOf("DEMO-MINUSCA-BGD").orElseThrow();
        mvc.perform(json(put("/api/v1/claims/contingents/" + bgd + "/strength-returns/2026-07"),
                        "{\"averageStrength\": 150}", "mission.coe.minusca"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("claims.strengthReturn.refused.certified"))
                .andExpect(jsonPath("$.detail", containsString("2026-07")));
        mvc.perform(get("/api/v1/claims/contingents/" + bgd + "/strength-returns/2026-07").with(user("mission.coe.minusca"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.averageStrength").value("198.00"));
    }
}
