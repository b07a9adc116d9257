package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.grant;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Staffing tables (6.5, 6.6.d): posts in scope, import/export all-or-nothing, requests decided under delegation. */
@IntegrationTest
class StaffingTableTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** hr.hq decides post requests: establishment up to ASG, classification up to P-4 (granted through the API). */
    @BeforeAll
    static void delegations(@Autowired MockMvc mvc) throws Exception {
        grant(mvc, "hr.hq", "POST_ESTABLISHMENT", "ASG");
        grant(mvc, "hr.hq", "POST_CLASSIFICATION", "P-4");
    }

    @Test
    void the_demo_staffing_tables_have_about_300_posts_each_with_vacancies_and_are_read_in_scope() throws Exception {
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts?mission=MINUSCA&size=5").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(290)))
                .andExpect(jsonPath("$.content[0].missionCode").value("MINUSCA"));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts?mission=MINUSCA&vacant=true&size=1")
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(20)));
        getAs(mvc, "hr.hq", "/api/v1/personnel/posts?mission=UNMISS&size=1")
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(290)));
        // mission HR sees its mission only; a user without a personnel role sees none
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts?mission=UNMISS").andExpect(status().isForbidden());
        getAs(mvc, "staff.demo", "/api/v1/personnel/posts").andExpect(status().isForbidden());
        String all = getAs(mvc, "hr.minusca", "/api/v1/personnel/posts?size=200").andReturn().getResponse()
                .getContentAsString();
        List<String> missions = JsonPath.read(all, "$.content[*].missionCode");
        assertThat(missions).containsOnly("MINUSCA");
        // the Director of Mission Support post is the organisation's position
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = 'MINUSCA' AND position_code IS NOT NULL")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void a_staffing_table_is_exported_and_imported_back_with_a_new_post() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/personnel/posts/export?mission=MINUSCA&format=csv").with(user("hr.minusca")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("staffing-table-MINUSCA.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        TabularFile.Table table = TabularFile.read("t.csv", csv, "file");
        assertThat(table.rows().size()).isGreaterThanOrEqualTo(290);
        String number = "MINUSCA-TEST-" + unique();
        Map<String, String> row = new java.util.LinkedHashMap<>(table.rows().get(0));
        row.put("post_number", number);
        row.put("title", "Imported Officer");
        row.put("grade", "P-3");
        row.put("position_code", "");
        byte[] xlsx = TabularFile.xlsx("posts", table.header(), List.of(table.rows().get(1), row));
        mvc.perform(multipart("/api/v1/personnel/posts/import")
                        .file(new MockMultipartFile("file", "table.xlsx", TabularFile.XLSX_CONTENT_TYPE, xlsx))
                        .with(user("hr.minusca")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(jdbc.sql("SELECT grade_code FROM pers_post WHERE post_number = ?").param(number).query(String.class)
                .single()).isEqualTo("P-3");
    }

    @Test
    void an_import_with_bad_rows_is_refused_whole_with_every_row_and_column_named_and_stores_nothing() throws Exception {
        String good = "MINUSCA-OK-" + unique();
        String csv = """
                post_number,mission,unit,title,grade,funding_source,budget_period,valid_from
                %s,MINUSCA,Civil Affairs Section,Civil Affairs Officer,P-3,ASSESSED,2026/27,2026-07-01
                MINUSCA-BAD-%d,MINUSCA,Civil Affairs Section,Civil Affairs Officer,P-9,SOMETIMES,2026/28,2026-13-01
                MINUSCA-BAD-%d,UNMISS,,Officer,P-3,ASSESSED,2026/27,2026-07-01
                """.formatted(good, unique(), unique());
        mvc.perform(multipart("/api/v1/personnel/posts/import")
                        .file(new MockMultipartFile("file", "table.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user("hr.minusca")).with(csrf()).header("Accept-Language", "fr")
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 2: grade")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 2: funding_source")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 2: budget_period")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 2: valid_from")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 3: mission")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("row 3: unit")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE post_number = ?").param(good).query(Long.class).single())
                .isZero();
        // a missing column is named too
        mvc.perform(multipart("/api/v1/personnel/posts/import")
                        .file(new MockMultipartFile("file", "t.csv", "text/csv", "post_number,mission\nX,MINUSCA\n".getBytes()))
                        .with(user("hr.minusca")).with(csrf()).accept(org.springframework.http.MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("grade")));
    }

    private long submit(String json) throws Exception {
        return id(postAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests", json).andExpect(status().isCreated()));
    }

    @Test
    void a_post_creation_is_refused_without_a_delegation_and_approved_under_one() throws Exception {
        long id = submit("""
                {"kind": "CREATION", "missionCode": "MINUSCA", "unitName": "Human Rights Division",
                 "title": "Child Protection Officer", "gradeCode": "P-3", "fundingSource": "ASSESSED",
                 "justification": "Resolution mandate"}""");
        String reference = JsonPath.read(getAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests/" + id)
                .andReturn().getResponse().getContentAsString(), "$.reference");
        postAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests/" + id + "/approve", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.no_delegation"));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests/" + id).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.postId").doesNotExist());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE reference = ? AND allowed = FALSE")
                .param(reference).query(Long.class).single()).isEqualTo(1);

        postAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id + "/approve", "{\"note\": \"Approved\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("hr.hq"))
                .andExpect(jsonPath("$.delegationIds").isNotEmpty())
                .andExpect(jsonPath("$.postId").isNumber());
        long postId = ((Number) JsonPath.read(getAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id).andReturn()
                .getResponse().getContentAsString(), "$.postId")).longValue();
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts/" + postId).andExpect(jsonPath("$.gradeCode").value("P-3"))
                .andExpect(jsonPath("$.title").value("Child Protection Officer"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        // decided once only
        postAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id + "/reject", "{\"note\": \"no\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.request.refused.decided"));
    }

    private long vacantPost(String grade) throws Exception {
        return PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", grade);
    }

    @Test
    void a_reclassification_needs_a_job_description_and_a_classification_delegation_reaching_the_grade() throws Exception {
        long post = vacantPost("P-3");
        postAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests", """
                {"kind": "RECLASSIFICATION", "postId": %d, "gradeCode": "P-3", "justification": "grown"}""".formatted(post))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("jobDescription")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("gradeCode")));
        long id = submit("""
                {"kind": "RECLASSIFICATION", "postId": %d, "gradeCode": "P-5", "jobDescription": "Leads the section",
                 "justification": "The functions grew"}""".formatted(post));
        // hr.hq classifies up to P-4 only
        postAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id + "/approve", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.above_grade"));
        postAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id + "/approve", "{\"classifiedGrade\": \"P-4\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedGrade").value("P-4"));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts/" + post).andExpect(jsonPath("$.gradeCode").value("P-4"))
                .andExpect(jsonPath("$.category").value("PROFESSIONAL"));
    }

    @Test
    void an_encumbered_post_cannot_be_abolished_and_a_vacant_one_can_be_redeployed() throws Exception {
        long encumbered = jdbc.sql("SELECT MIN(post_id) FROM pers_staff WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'")
                .query(Long.class).single();
        postAs(mvc, "hr.minusca", "/api/v1/personnel/post-requests", """
                {"kind": "ABOLITION", "postId": %d, "justification": "no longer needed"}""".formatted(encumbered))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.post.refused.encumbered"));
        long vacant = vacantPost("FS-4");
        long id = submit("""
                {"kind": "REDEPLOYMENT", "postId": %d, "targetUnit": "Regional Offices", "justification": "field"}"""
                .formatted(vacant));
        postAs(mvc, "hr.hq", "/api/v1/personnel/post-requests/" + id + "/approve", "{}").andExpect(status().isOk());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts/" + vacant).andExpect(jsonPath("$.unitName").value("Regional Offices"));
        // another mission's HR may not request on MINUSCA's posts
        postAs(mvc, "hr.reader", "/api/v1/personnel/post-requests", """
                {"kind": "ABOLITION", "postId": %d, "justification": "x"}""".formatted(vacant))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_standard_structure_is_applied_to_a_mission_under_a_delegation_reaching_its_most_senior_grade() throws Exception {
        String templates = getAs(mvc, "hr.hq", "/api/v1/personnel/structure-templates").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(templates, "$[*].code")).contains("PKO-START", "SPM-SMALL");
        long before = jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = 'UNMISS'").query(Long.class).single();
        String body = "{\"mission\": \"UNMISS\", \"validFrom\": \"" + LocalDate.now().plusMonths(1) + "\"}";
        postAs(mvc, "chief.fpos-rhr1", "/api/v1/personnel/structure-templates/PKO-START/apply", body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.no_delegation"));
        postAs(mvc, "hr.hq", "/api/v1/personnel/structure-templates/PKO-START/apply", body)
                .andExpect(status().isOk()).andExpect(jsonPath("$.postsCreated").value(15));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = 'UNMISS'").query(Long.class).single())
                .isEqualTo(before + 15);
        postAs(mvc, "hr.hq", "/api/v1/personnel/structure-templates/PKO-START/apply", "{\"mission\": \"NOWHERE\", \"validFrom\": \"2026-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("mission")));
    }

    @Test
    void the_staffing_table_xlsx_export_is_a_spreadsheet() throws Exception {
        mvc.perform(get("/api/v1/personnel/posts/export?mission=UNMISS").with(user("hr.hq")))
                .andExpect(status().isOk()).andExpect(content().contentType(TabularFile.XLSX_CONTENT_TYPE));
        mvc.perform(get("/api/v1/personnel/posts/export?mission=UNMISS").with(user("hr.minusca")))
                .andExpect(status().isForbidden());
    }
}
