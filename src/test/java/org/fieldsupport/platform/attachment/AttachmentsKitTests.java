package org.fieldsupport.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attachments and comments on any record through the kit's generic endpoints, on death-and-disability claims
 * (claims declares them attachable): type decided by content, hash, size, downloads audited, access by the module.
 */
@IntegrationTest
class AttachmentsKitTests {

    static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long claim(String memberState) throws Exception {
        String body = mvc.perform(post("/api/v1/claims/death-disability").with(user("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                        .content("""
                                {"memberState": "%s", "missionCode": "MINUSCA", "memberName": "Kit Test", "memberNumber": "K-1",
                                 "incidentDate": "2026-03-14", "kind": "DEATH", "impairmentPercent": null,
                                 "receivedOn": "2026-04-02"}""".formatted(memberState)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void a_file_is_stored_with_its_hash_typed_by_its_content_and_every_download_is_recorded() throws Exception {
        long id = claim("BGD");
        String base = "/api/v1/records/claims.dnd-claim/" + id + "/attachments";
        // declared as octet-stream, named .txt: the content says PDF
        String body = mvc.perform(multipart(base).file(new MockMultipartFile("file", "C:\\x\\death \"cert\".txt",
                        "application/octet-stream", PDF)).with(user("claims.certifier")).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("death _cert_.txt"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.sha256").value(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(PDF))))
                .andReturn().getResponse().getContentAsString();
        String href = JsonPath.read(body, "$.href");
        long attachmentId = ((Number) JsonPath.read(body, "$.id")).longValue();

        byte[] got = mvc.perform(get(href).with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(PDF);
        assertThat(jdbc.sql("SELECT downloaded_by FROM attachment_download WHERE attachment_id = ?")
                .param(attachmentId).query(String.class).list()).containsExactly("portal.bgd");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'platform.attachment-download'"
                        + " AND actor = 'portal.bgd' AND after_json LIKE ?")
                .param("%\"attachmentId\":" + attachmentId + "%").query(Long.class).single()).isEqualTo(1);
        // another Member State: the record is not even confirmed to exist
        mvc.perform(get(href).with(user("portal.rwa"))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(user("portal.rwa"))).andExpect(status().isNotFound());
        // the Member State reads, but may not add
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "p.png", "image/png", PNG))
                .with(user("portal.bgd")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void a_file_whose_content_is_not_an_accepted_type_or_not_its_declared_type_is_refused_and_nothing_written()
            throws Exception {
        long id = claim("BGD");
        String base = "/api/v1/records/claims.dnd-claim/" + id + "/attachments";
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "report.pdf", null,
                        "<html><script>alert(1)</script></html>".getBytes())).with(user("admin")).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("ContentType"))
                .andExpect(jsonPath("$.errors[0].message").value("The file type text/html is not accepted here."));
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "p.pdf", "application/pdf", PNG))
                        .with(user("admin")).with(csrf()).header("Accept-Language", "fr")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("ContentMismatch"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le contenu du fichier n'est pas du type application/pdf annoncé."));
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "e.pdf", "application/pdf", new byte[0]))
                        .with(user("admin")).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("NotEmpty"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE record_type = 'claims.dnd-claim' AND record_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/records/no.such-type/1/attachments").with(user("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void comments_carry_their_author_and_time_and_blank_ones_are_refused() throws Exception {
        long id = claim("BGD");
        String base = "/api/v1/records/claims.dnd-claim/" + id + "/comments";
        mvc.perform(post(base).with(user("claims.certifier")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  Board of inquiry report requested.  \"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("claims.certifier"))
                .andExpect(jsonPath("$.text").value("Board of inquiry report requested."))
                .andExpect(jsonPath("$.at").exists());
        mvc.perform(post(base).with(user("claims.certifier")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get(base).with(user("portal.bgd")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].author").value("claims.certifier"));

        // the screen panel and its forms
        mvc.perform(get("/records/claims.dnd-claim/" + id + "/files").param("back", "/claims/dnd/" + id)
                        .with(user("claims.certifier")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Board of inquiry report requested.")))
                .andExpect(content().string(containsString("name=\"file\"")));
        mvc.perform(post("/records/claims.dnd-claim/" + id + "/comments").param("text", "Second.")
                        .param("back", "https://evil.example/").with(user("claims.certifier")).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/records/claims.dnd-claim/" + id + "/files").with(user("portal.bgd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Second.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"file\""))));
    }
}
