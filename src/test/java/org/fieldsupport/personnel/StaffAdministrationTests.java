package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff administration (6.3, 2.1.c, 3.3.c): offers, the regularity review, appointments, extensions and separations
 * under the decider's delegation (chief.fpos-rhr1: RECRUITMENT_APPOINTMENT up to P-4 for MINUSCA, MONUSCO, UNMISS),
 * letters as PDF, personal data only for HR in scope, a staff member reads only their own record.
 */
@IntegrationTest
class StaffAdministrationTests {

    static final String CHIEF = "chief.fpos-rhr1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long vacantPost(String mission, String grade) throws Exception {
        return PersonnelTestSupport.newPost(mvc, jdbc, mission, grade);
    }

    static String offer(String index, String mission, long post, String grade, String contract, LocalDate eod,
                        LocalDate end) {
        return """
                {"indexNumber": "%s", "fullName": "Test Officer %s", "gender": "F", "nationality": "SEN",
                 "dateOfBirth": "1985-05-05", "dependants": 2, "medicalStatus": "FIT", "missionCode": "%s", "postId": %d,
                 "dutyStation": "Bangui", "contractType": "%s", "gradeCode": "%s", "step": 3, "entryOnDuty": "%s",
                 "contractEnd": %s}""".formatted(index, index, mission, post, contract, grade, eod,
                end == null ? "null" : "\"" + end + "\"");
    }

    private long offered(String mission, String grade, LocalDate eod) throws Exception {
        String index = String.valueOf(70_000_000L + unique() % 10_000_000L);
        return id(postAs(mvc, "MINUSCA".equals(mission) ? "hr.minusca" : "hr.hq", "/api/v1/personnel/staff",
                offer(index, mission, vacantPost(mission, grade), grade, "FIXED_TERM", eod, eod.plusYears(1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OFFERED")));
    }

    @Test
    void an_offer_with_bad_fields_is_refused_naming_each_and_stores_nothing() throws Exception {
        String index = String.valueOf(60_000_000L + unique() % 10_000_000L);
        String body = offer(index, "MINUSCA", vacantPost("MINUSCA", "P-3"), "P-3", "TEMPORARY",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 1))
                .replace("\"SEN\"", "\"XXX\"").replace("\"step\": 3", "\"step\": 40").replace("\"F\"", "\"Q\"");
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("nationality")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("step")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("gender")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contractEnd")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pers_staff WHERE index_number = ?").param(index).query(Long.class)
                .single()).isZero();
        // an offer in another mission is refused to mission HR
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff", offer(index, "UNMISS", vacantPost("UNMISS", "P-3"), "P-3",
                "FIXED_TERM", LocalDate.now(), LocalDate.now().plusYears(1))).andExpect(status().isForbidden());
    }

    @Test
    void an_appointment_is_refused_without_a_delegation_and_taken_under_one_then_extended_and_ended() throws Exception {
        long id = offered("MINUSCA", "P-3", LocalDate.now().minusDays(10));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id + "/review").andExpect(jsonPath("$.regular").value(true));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id + "/appoint", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.no_delegation"));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id).andExpect(jsonPath("$.status").value("OFFERED"));

        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/appoint", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.nextStepDate").value(LocalDate.now().minusDays(10).plusYears(1).toString()));
        long post = ((Number) JsonPath.read(getAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id).andReturn().getResponse()
                .getContentAsString(), "$.postId")).longValue();
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts/" + post).andExpect(jsonPath("$.incumbentIndex").isString());

        String end = JsonPath.read(getAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id).andReturn().getResponse()
                .getContentAsString(), "$.contractEnd");
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/extend", "{\"contractEnd\": \"" + LocalDate.parse(end)
                .minusDays(1) + "\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.staff.refused.extensionEarlier"));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/extend", "{\"contractEnd\": \"" + LocalDate.parse(end)
                .plusYears(1) + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.contractEnd").value(LocalDate.parse(end).plusYears(1).toString()));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/separate", "{\"separationDate\": \"" + LocalDate.now()
                + "\", \"reason\": \"SOMETHING\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/separate", "{\"separationDate\": \"" + LocalDate.now()
                + "\", \"reason\": \"RESIGNATION\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SEPARATED"));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/posts/" + post).andExpect(jsonPath("$.incumbentIndex").doesNotExist())
                .andExpect(jsonPath("$.vacantSince").value(LocalDate.now().plusDays(1).toString()));
        String actions = getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id + "/actions").andReturn().getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(actions, "$[*].kind"))
                .containsExactly("OFFER", "APPOINTMENT", "EXTENSION", "SEPARATION");
        assertThat((String) JsonPath.read(actions, "$[1].delegationIds")).isNotBlank();
    }

    @Test
    void a_grade_above_the_deciders_delegation_and_an_irregular_appointment_are_refused_with_the_reason() throws Exception {
        long senior = offered("MINUSCA", "P-5", LocalDate.now().minusDays(5));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + senior + "/appoint", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("org.delegation.refused.above_grade"));
        // an offer on a post another staff member holds: the regularity review finds it and the appointment is refused
        long encumbered = jdbc.sql("SELECT MIN(post_id) FROM pers_staff WHERE mission_code = 'MINUSCA' AND status = 'ACTIVE'"
                + " AND grade_code = 'P-3'").query(Long.class).single();
        String index = String.valueOf(50_000_000L + unique() % 10_000_000L);
        long irregular = id(postAs(mvc, "hr.minusca", "/api/v1/personnel/staff", offer(index, "MINUSCA", encumbered, "P-3",
                "FIXED_TERM", LocalDate.now(), LocalDate.now().plusYears(1))).andExpect(status().isCreated()));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + irregular + "/review")
                .andExpect(jsonPath("$.regular").value(false))
                .andExpect(jsonPath("$.findings").value(hasItem("personnel.review.postEncumbered")));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + irregular + "/appoint", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.review.postEncumbered"));
    }

    @Test
    void personal_data_is_shown_to_hr_in_scope_only_never_in_lists_and_a_staff_member_reads_only_their_own_record()
            throws Exception {
        long id = offered("MINUSCA", "P-3", LocalDate.now().plusDays(20));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id).andExpect(jsonPath("$.personal.dateOfBirth").value("1985-05-05"))
                .andExpect(jsonPath("$.personal.nationality").value("SEN"));
        getAs(mvc, "hr.reader", "/api/v1/personnel/staff/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").isString()).andExpect(jsonPath("$.personal").doesNotExist());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff?mission=MINUSCA&size=50").andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].personal").doesNotExist());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff?mission=UNMISS").andExpect(status().isForbidden());

        getAs(mvc, "staff.demo", "/api/v1/personnel/staff/me").andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("staff.demo"))
                .andExpect(jsonPath("$.personal.nationality").value("CAN"));
        getAs(mvc, "staff.demo", "/api/v1/personnel/staff/" + id).andExpect(status().isForbidden());
        getAs(mvc, "staff.demo", "/api/v1/personnel/staff").andExpect(status().isForbidden());

        // exports: personal columns only for HR in scope
        byte[] hr = mvc.perform(get("/api/v1/personnel/staff/export?mission=MINUSCA&format=csv").with(user("hr.minusca")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFile.read("x.csv", hr, "file").header()).contains("date_of_birth", "nationality");
        byte[] reader = mvc.perform(get("/api/v1/personnel/staff/export?mission=MINUSCA&format=csv").with(user("hr.reader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFile.read("x.csv", reader, "file").header()).doesNotContain("date_of_birth", "nationality",
                "dependants", "medical_status");
    }

    @Test
    void offers_and_letters_of_appointment_are_pdf_in_english_and_french_with_entitlements() throws Exception {
        long id = offered("MINUSCA", "P-3", LocalDate.now().plusDays(15));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id + "/entitlements",
                "{\"travelOrigin\": \"Dakar\", \"assignmentGrant\": \"-1\", \"currency\": \"ZZZ\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("assignmentGrant")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("currency")));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff/" + id + "/entitlements",
                "{\"travelOrigin\": \"Dakar\", \"assignmentGrant\": \"4800.005\", \"currency\": \"USD\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignmentGrant").value(4800.00));
        byte[] en = mvc.perform(get("/api/v1/personnel/staff/" + id + "/letter?lang=en").with(user("hr.minusca")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] fr = mvc.perform(get("/api/v1/personnel/staff/" + id + "/letter?lang=fr").with(user("hr.minusca")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(en, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(fr, 0, 5)).isEqualTo("%PDF-");
        assertThat(en).isNotEqualTo(fr);
        mvc.perform(get("/api/v1/personnel/staff/" + id + "/letter").with(user("hr.reader")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/personnel/staff/" + id + "/letter").with(user("staff.demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_contract_expiry_reaches_the_mission_hr_inbox_as_a_work_item_and_the_extension_closes_it(
            @Autowired org.fieldsupport.platform.work.WorkItems workItems) throws Exception {
        long id = offered("MINUSCA", "P-3", LocalDate.now().minusDays(10));
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/appoint", "{}").andExpect(status().isOk());
        LocalDate end = LocalDate.now().plusDays(30);
        jdbc.sql("UPDATE pers_staff SET contract_end = ? WHERE id = ?").params(end, id).update();   // ends soon
        postAs(mvc, "hr.reader", "/api/v1/personnel/staff/reminders/work-items?mission=MINUSCA", "{}")
                .andExpect(status().isForbidden());
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff/reminders/work-items?mission=MINUSCA", "{}")
                .andExpect(status().isOk());
        var items = workItems.forRecord("personnel.staff-contract", String.valueOf(id));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).state()).isEqualTo(org.fieldsupport.platform.work.WorkItem.State.OPEN);
        assertThat(items.get(0).dueOn()).isEqualTo(end);
        assertThat(items.get(0).assignee().name()).isEqualTo("HR_OFFICER");
        assertThat(items.get(0).assignee().scope().key()).isEqualTo("MINUSCA");
        // opening again does not duplicate it; hr.minusca sees it in "My work"
        postAs(mvc, "hr.minusca", "/api/v1/personnel/staff/reminders/work-items?mission=MINUSCA", "{}");
        assertThat(workItems.forRecord("personnel.staff-contract", String.valueOf(id))).hasSize(1);
        assertThat(workItems.assignedTo("hr.minusca", org.fieldsupport.platform.work.WorkItem.State.OPEN,
                new org.fieldsupport.platform.api.PageQuery(0, 200, null, null, true)).totalElements()).isPositive();
        postAs(mvc, CHIEF, "/api/v1/personnel/staff/" + id + "/extend", "{\"contractEnd\": \"" + end.plusYears(1) + "\"}")
                .andExpect(status().isOk());
        assertThat(workItems.forRecord("personnel.staff-contract", String.valueOf(id)).get(0).state())
                .isEqualTo(org.fieldsupport.platform.work.WorkItem.State.CLOSED);
    }

    @Test
    void reminders_list_contract_expiries_within_90_days_in_scope() throws Exception {
        String body = getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/reminders?mission=MINUSCA").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> kinds = JsonPath.read(body, "$[*].kind");
        List<String> missions = JsonPath.read(body, "$[*].missionCode");
        assertThat(kinds).contains("CONTRACT_EXPIRY");
        assertThat(missions).containsOnly("MINUSCA");
        List<String> due = JsonPath.read(body, "$[?(@.kind == 'CONTRACT_EXPIRY')].due");
        assertThat(due).allSatisfy(d -> assertThat(LocalDate.parse(d)).isBetween(LocalDate.now(), LocalDate.now().plusDays(90)));
        getAs(mvc, "hr.minusca", "/api/v1/personnel/staff/reminders?mission=UNMISS").andExpect(status().isForbidden());
    }
}
