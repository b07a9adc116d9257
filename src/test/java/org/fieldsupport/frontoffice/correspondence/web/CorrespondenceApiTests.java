package org.fieldsupport.frontoffice.correspondence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.frontoffice.FrontOfficeTestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldsupport.frontoffice.FrontOfficeTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The correspondence register over HTTP: ROUTING-v1, the reply's way to signature, and who sees what. */
@IntegrationTest
class CorrespondenceApiTests {

    static final String API = "/api/v1/frontoffice/correspondence";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired JdbcClient jdbc;

    FrontOfficeTestUsers u;
    String tag;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void users() {
        u = new FrontOfficeTestUsers(directory);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions register(String who, String body) throws Exception {
        return mvc.perform(post(API).with(as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private String item(String subject, String extra) {
        return """
                {"subject": "%s", "from": "Permanent Mission of Bangladesh", "receivedOn": "%s",
                 "attributionId": "7.5.b", "missionCode": "MINUSCA", "dueDate": "%s"%s}
                """.formatted(subject, today.minusDays(2), today.plusDays(10), extra);
    }

    private ResultActions act(String who, long id, String move, String body) throws Exception {
        var request = post(API + "/" + id + "/" + move).with(as(who)).with(csrf());
        if (body != null) request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(request);
    }

    @Test
    void routing_v1_assigns_the_unit_holding_the_attribution_for_the_mission_and_queues_a_task() throws Exception {
        ResultActions created = register(u.clerk, item("Death and disability claim " + tag, ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignedUnit").value("DFS-MCMS"))
                .andExpect(jsonPath("$.ruleSet").value("ROUTING-v1"))
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("DFS/IN/")))
                .andExpect(jsonPath("$.taskId").isNumber());
        long id = id(created);
        long taskId = ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.taskId")).longValue();
        var task = jdbc.sql("SELECT lead_unit, due_date, status FROM fo_task WHERE id = ?").param(taskId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)}).single();
        assertThat(task).containsExactly("DFS-MCMS", today.plusDays(10), "OPEN");
        // the unit sees it in its queue
        mvc.perform(get("/api/v1/frontoffice/tasks/open").with(as(u.mcms)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['DFS-MCMS']").exists());
        mvc.perform(get(API + "/" + id).with(as(u.mcms))).andExpect(status().isOk());
        // and in "My work" (the platform's work items) of the unit's officers, due with the item
        String reference = JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.reference");
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.reference == '" + reference + "')].dueOn")
                        .value(hasItem(today.plusDays(10).toString())));
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(as(u.lsd))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reference").value(not(hasItem(reference))));
        // HR administration for UNMISS goes to the regional section serving UNMISS
        register(u.clerk, """
                {"subject": "Appointment query %s", "from": "UNMISS", "receivedOn": "%s", "attributionId": "6.3.a",
                 "missionCode": "UNMISS", "dueDate": "%s"}""".formatted(tag, today, today.plusDays(5)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignedUnit").value("DFS-FPOS-RHR2"));
    }

    @Test
    void free_text_is_proposed_to_the_clerk_who_confirms_it() throws Exception {
        ResultActions created = register(u.clerk, """
                {"subject": "fuel and rations supplies %s", "from": "MONUSCO", "receivedOn": "%s",
                 "missionCode": "MONUSCO", "dueDate": "%s"}""".formatted(tag, today, today.plusDays(7)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TO_CONFIRM"))
                .andExpect(jsonPath("$.assignedUnit").doesNotExist())
                .andExpect(jsonPath("$.proposedUnit").value("DFS-SUPS"))
                .andExpect(jsonPath("$.taskId").doesNotExist());
        long id = id(created);
        act(u.mcms, id, "confirm-routing", "{}").andExpect(status().is4xxClientError());
        act(u.clerk, id, "confirm-routing", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.assignedUnit").value("DFS-SUPS"))
                .andExpect(jsonPath("$.taskId").isNumber());
        act(u.clerk, id, "confirm-routing", "{\"unitCode\": \"NOPE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unitCode")));
    }

    @Test
    void bad_input_is_refused_naming_each_field_and_writes_nothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM fo_correspondence").query(Long.class).single();
        register(u.clerk, """
                {"subject": "", "from": "x", "receivedOn": "%s", "attributionId": "99.9.z", "missionCode": "NOWHERE",
                 "dueDate": "%s", "classification": "SECRET"}""".formatted(today, today.minusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("subject")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dueDate")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("attributionId")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("classification")));
        register(u.clerk, item("strict " + tag, ", \"classification\": \"STRICTLY_CONFIDENTIAL\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("addressees")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fo_correspondence").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void only_the_registry_registers() throws Exception {
        register(u.mcms, item("not mine " + tag, "")).andExpect(status().isForbidden());
    }

    @Test
    void the_clerk_registers_on_the_screen_and_the_unit_finds_the_item_in_its_list() throws Exception {
        mvc.perform(get("/frontoffice/correspondence/new").with(as(u.clerk))).andExpect(status().isOk());
        mvc.perform(get("/frontoffice/correspondence/new").with(as(u.mcms))).andExpect(status().isForbidden());
        mvc.perform(post("/frontoffice/correspondence").with(as(u.clerk)).with(csrf())
                        .param("subject", "Screen registration " + tag).param("from", "UNMISS")
                        .param("receivedOn", today.toString()).param("dueDate", today.plusDays(3).toString())
                        .param("attributionId", "7.5.b").param("missionCode", "UNMISS").param("classification", "UNCLASSIFIED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/frontoffice/correspondence").with(as(u.clerk)).with(csrf()).param("subject", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("error"));
        mvc.perform(get("/frontoffice/correspondence").param("q", tag).with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Screen registration " + tag)));
        mvc.perform(get("/frontoffice/correspondence/overdue").with(as(u.clerk)).header("Accept-Language", "fr"))
                .andExpect(status().isOk());
    }

    @Test
    void the_unit_drafts_the_front_office_checks_and_the_principal_signs() throws Exception {
        long id = id(register(u.clerk, item("Reimbursement query " + tag, "")).andExpect(status().isCreated()));
        act(u.mcms, id, "sign", null).andExpect(status().isForbidden());
        act(u.lsd, id, "reply", "{\"text\": \"not my unit\"}").andExpect(status().isNotFound());
        act(u.mcms, id, "reply", "{\"text\": \"\"}").andExpect(status().isBadRequest());
        act(u.mcms, id, "reply", "{\"text\": \"The claim will be settled within 90 days.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLY_DRAFTED"));
        act(u.principal, id, "sign", null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").isString());
        act(u.officer, id, "check", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED"));
        String reference = JsonPath.read(mvc.perform(get(API + "/" + id).with(as(u.principal))).andReturn().getResponse()
                .getContentAsString(), "$.reference");
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(as(u.principal))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].reference").value(hasItem(reference)));
        act(u.officer, id, "sign", null).andExpect(status().isForbidden());
        act(u.principal, id, "sign", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signedBy").value(u.principal))
                .andExpect(jsonPath("$.outgoingReference").value(org.hamcrest.Matchers.startsWith("DFS/OUT/")));
        assertThat(jdbc.sql("SELECT t.status FROM fo_task t WHERE t.correspondence_id = ?").param(id)
                .query(String.class).single()).isEqualTo("CLEARED");
        act(u.clerk, id, "close", null).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void overdue_items_are_listed_and_found_by_search() throws Exception {
        long id = id(register(u.clerk, """
                {"subject": "Overdue fuel contract %s", "from": "UNMISS", "receivedOn": "%s", "attributionId": "7.5.b",
                 "missionCode": "UNMISS", "dueDate": "%s"}""".formatted(tag, today.minusDays(20), today.minusDays(1)))
                .andExpect(status().isCreated()));
        mvc.perform(get(API + "/overdue").param("size", "200").with(as(u.clerk)))
                .andExpect(status().isOk());
        mvc.perform(get(API).param("q", tag).param("overdue", "true").with(as(u.clerk)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].overdue").value(true));
        mvc.perform(get(API).param("size", "1000").with(as(u.clerk))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
    }

    @Test
    void strictly_confidential_items_never_reach_anyone_but_their_addressees() throws Exception {
        String secret = "Allegation concerning a senior official " + tag;
        ResultActions created = register(u.clerk, item(secret,
                ", \"classification\": \"STRICTLY_CONFIDENTIAL\", \"addressees\": [\"" + u.mcms + "\"]"))
                .andExpect(status().isCreated());
        long id = id(created);
        for (String outsider : new String[] {u.clerk, u.principal, u.officer, u.lsd, u.admin}) {
            mvc.perform(get(API + "/" + id).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(API).param("q", tag).with(as(outsider))).andExpect(status().is(org.hamcrest.Matchers.anyOf(
                            org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(403))))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(secret));
            mvc.perform(get(API + "/overdue").param("size", "200").with(as(outsider)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(secret));
            mvc.perform(get("/frontoffice/correspondence").param("q", tag).with(as(outsider)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(secret));
            mvc.perform(get("/frontoffice/correspondence/" + id).with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(API + "/" + id + "/file").with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/records/frontoffice.correspondence/" + id + "/attachments").with(as(outsider)))
                    .andExpect(status().isNotFound());
            act(outsider, id, "reply", "{\"text\": \"x\"}").andExpect(status().isNotFound());
            act(outsider, id, "close", null).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/frontoffice/tasks/open").with(as(outsider)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(secret));
        }
        // its work item goes to the addressee only
        String reference = JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.reference");
        mvc.perform(get("/api/v1/work-items").param("size", "200").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.assignee.kind == 'USER')].reference").value(hasItem(reference)));
        // the addressee sees it, everywhere
        mvc.perform(get(API + "/" + id).with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(secret));
        mvc.perform(get(API).param("q", tag).with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
        // the audit trail does not keep the subject either
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'frontoffice.correspondence'"
                        + " AND entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT CAST(after_json AS VARCHAR(10000)) FROM audit_record WHERE entity_type = 'frontoffice.correspondence'"
                        + " AND entity_id = ?").param(String.valueOf(id)).query(String.class).list())
                .allSatisfy(after -> assertThat(after).doesNotContain(secret));
    }

    @Test
    void confidential_items_need_the_clearance_of_the_unit() throws Exception {
        String subject = "Confidential fuel audit " + tag;
        long id = id(register(u.clerk, item(subject, ", \"classification\": \"CONFIDENTIAL\"")).andExpect(status().isCreated()));
        mvc.perform(get(API + "/" + id).with(as(u.clerk))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id).with(as(u.lsd))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id).with(as(u.mcms))).andExpect(status().isOk());
        mvc.perform(get(API + "/" + id).with(as(u.principal))).andExpect(status().isOk());
        mvc.perform(get(API).param("q", tag).with(as(u.clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) id))));
    }

    @Test
    void a_scanned_pdf_is_attached_and_downloaded() throws Exception {
        long id = id(register(u.clerk, item("Scanned letter " + tag, "")).andExpect(status().isCreated()));
        mvc.perform(multipart(API + "/" + id + "/file").file(new MockMultipartFile("file", "letter.docx",
                        "application/octet-stream", new byte[] {1, 2})).with(as(u.clerk)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart(API + "/" + id + "/file").file(new MockMultipartFile("file", "letter.pdf",
                        "application/pdf", "%PDF-1.4 test".getBytes())).with(as(u.clerk)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fileName").value("letter.pdf"));
        mvc.perform(get(API + "/" + id + "/file").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo("%PDF-1.4 test"));
        // kept by the platform's attachments kit (type from the bytes, SHA-256), not in the register's column
        mvc.perform(get("/api/v1/records/frontoffice.correspondence/" + id + "/attachments").with(as(u.mcms)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].fileName").value("letter.pdf"))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fo_correspondence WHERE id = ? AND file_content IS NOT NULL").param(id)
                .query(Long.class).single()).isZero();
        // a PNG is not a scan the register keeps
        mvc.perform(multipart(API + "/" + id + "/file").file(new MockMultipartFile("file", "letter.pdf",
                        "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})).with(as(u.clerk)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_file_stored_in_the_register_before_the_attachments_kit_stays_readable() throws Exception {
        long id = id(register(u.clerk, item("Older scanned letter " + tag, "")).andExpect(status().isCreated()));
        jdbc.sql("UPDATE fo_correspondence SET file_name = 'old-scan.pdf', file_type = 'application/pdf', file_content = ?"
                + " WHERE id = ?").params("%PDF-1.3 legacy".getBytes(), id).update();
        mvc.perform(get(API + "/" + id + "/file").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo("%PDF-1.3 legacy"));
    }
}
