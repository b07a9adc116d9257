package org.fieldsupport.frontoffice.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.frontoffice.FrontOfficeTestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.frontoffice.FrontOfficeTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Briefing notes: sections by units, assembled as a PDF in English or French once complete, versioned. */
@IntegrationTest
class BriefingApiTests {

    static final String API = "/api/v1/frontoffice/briefings";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    FrontOfficeTestUsers u;

    @BeforeEach
    void users() {
        u = new FrontOfficeTestUsers(directory);
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(as(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    @Test
    void a_note_is_assembled_once_every_section_is_in_in_either_language() throws Exception {
        ResultActions created = post(u.officer, API, """
                {"meeting": "Meeting with the Permanent Representative of Nepal", "counterpart": "Ambassador",
                 "meetingDate": "%s", "principal": "USG", "language": "en",
                 "sections": [{"heading": "Reimbursement", "unitCode": "DFS-MCMS"},
                              {"heading": "Rotations", "unitCode": "DFS-LSD"}]}""".formatted(LocalDate.now().plusDays(4)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.summary.missingUnits.length()").value(2));
        String json = created.andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.summary.id")).longValue();
        List<Integer> sections = JsonPath.read(json, "$.sections[*].id");
        post(u.officer, API + "/" + id + "/assemble", null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DFS-MCMS")));
        post(u.lsd, API + "/" + id + "/sections/" + sections.get(0), "{\"text\": \"not mine\"}").andExpect(status().isForbidden());
        post(u.mcms, API + "/" + id + "/sections/" + sections.get(0), "{\"text\": \"Eleven claims settled.\\n\\nThree pending.\"}")
                .andExpect(status().isOk());
        post(u.lsd, API + "/" + id + "/sections/" + sections.get(1), "{\"text\": \"Rotation in March, élément précurseur.\"}")
                .andExpect(status().isOk());
        post(u.mcms, API + "/" + id + "/assemble", null).andExpect(status().isForbidden());
        post(u.officer, API + "/" + id + "/assemble", "{\"language\": \"de\"}").andExpect(status().isBadRequest());
        post(u.officer, API + "/" + id + "/assemble", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.currentVersion").value(1))
                .andExpect(jsonPath("$.summary.status").value("ASSEMBLED"));
        post(u.officer, API + "/" + id + "/assemble", "{\"language\": \"fr\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].versionNo").value(2))
                .andExpect(jsonPath("$.versions[0].language").value("fr"));
        byte[] pdf = mvc.perform(get(API + "/" + id + "/versions/2.pdf").with(as(u.mcms)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Note d").contains("Eleven claims settled");
        }
        mvc.perform(get(API + "/" + id + "/versions/9.pdf").with(as(u.mcms))).andExpect(status().isNotFound());
        // the same version as DOCX (Apache POI), in French, with the units' sections
        byte[] docx = mvc.perform(get(API + "/" + id + "/versions/2.docx").with(as(u.mcms)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Note d").contains("Eleven claims settled").contains("élément précurseur");
        }
        mvc.perform(get(API + "/" + id + "/versions/9.docx").with(as(u.mcms))).andExpect(status().isNotFound());
        // the screens: list with the request form, the note with its sections and versions
        mvc.perform(get("/frontoffice/briefings").with(as(u.officer))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Meeting with the Permanent Representative of Nepal")));
        mvc.perform(get("/frontoffice/briefings/" + id).with(as(u.mcms)).header("Accept-Language", "fr")).andExpect(status().isOk());
        mvc.perform(get("/frontoffice/briefings").with(as(u.clerk))).andExpect(status().isForbidden());
    }

    @Test
    void a_request_without_sections_or_with_unknown_units_is_refused() throws Exception {
        post(u.officer, API, """
                {"meeting": "", "counterpart": "x", "language": "es", "sections": [{"heading": "h", "unitCode": "NOPE"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("meeting")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("meetingDate")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("language")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sections[0].unitCode")));
        post(u.clerk, API, "{}").andExpect(status().isForbidden());
    }
}
