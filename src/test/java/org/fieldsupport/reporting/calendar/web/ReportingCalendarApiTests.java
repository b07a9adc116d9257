package org.fieldsupport.reporting.calendar.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.reporting.ReportingTestUsers;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The reporting calendar: a report, inputs requested from units, submitted, cleared; figures taken; refusals. */
@IntegrationTest
class ReportingCalendarApiTests {

    static final String API = "/api/v1/reporting";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    ReportingTestUsers u;
    String code;
    LocalDate due = LocalDate.now().plusDays(30);

    @BeforeEach
    void users() {
        u = new ReportingTestUsers(directory);
        code = "S-T-" + u.suffix.toUpperCase();
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    @Test
    void inputs_are_requested_contributed_cleared_and_the_report_sent() throws Exception {
        post(u.mcms, API + "/reports", "{}").andExpect(status().isForbidden());
        post(u.officer, API + "/reports", """
                {"code": "%s", "titleEn": "", "titleFr": "x", "body": "EXT-NOPE", "mandate": "", "missionCode": "ATLANTIS"}"""
                .formatted(code)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("titleEn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("body")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("mandate")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dueOn")));
        post(u.officer, API + "/reports", """
                {"code": "%s", "titleEn": "Report on the Central African Republic", "titleFr": "Rapport sur la RCA",
                 "body": "EXT-SC", "mandate": "S/RES/2149 (2014)", "missionCode": "MINUSCA", "dueOn": "%s"}"""
                .formatted(code, due)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.status").value("PLANNED"))
                .andExpect(jsonPath("$.report.draftingDepartment").value("EXT-DPKO"));
        post(u.officer, API + "/reports/" + code + "/inputs", """
                {"unitCode": "DFS-MCMS", "topic": "COE", "deadline": "%s"}""".formatted(due.plusDays(1)))
                .andExpect(status().isUnprocessableEntity());
        String json = post(u.officer, API + "/reports/" + code + "/inputs", """
                {"unitCode": "DFS-MCMS", "topic": "COE reimbursement", "deadline": "%s"}""".formatted(due.minusDays(5)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.report.status").value("COLLECTING"))
                .andReturn().getResponse().getContentAsString();
        long input = ((Number) JsonPath.<List<Object>>read(json, "$.inputs[*].id").get(0)).longValue();
        post(u.officer, API + "/reports/" + code + "/submit", null).andExpect(status().isUnprocessableEntity());
        post(u.officer, API + "/inputs/" + input + "/clear", null).andExpect(status().isUnprocessableEntity());
        post(u.lsd, API + "/inputs/" + input + "/submit", "{\"text\": \"not ours\"}").andExpect(status().isForbidden());
        post(u.mcms, API + "/inputs/" + input + "/submit", "{\"text\": \"\"}").andExpect(status().isBadRequest());
        mvc.perform(get(API + "/inputs/mine").with(user(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) input)));
        post(u.mcms, API + "/inputs/" + input + "/submit", "{\"text\": \"USD 120 million certified in Q3.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.inputs[0].status").value("SUBMITTED"));
        post(u.mcms, API + "/inputs/" + input + "/clear", null).andExpect(status().isForbidden());
        post(u.officer, API + "/inputs/" + input + "/clear", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.inputsCleared").value(1));
        // figures taken from the modules, with the moment they were taken
        mvc.perform(get(API + "/figures").with(user(u.officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(hasItem("organization.positions.vacancyRate")));
        post(u.officer, API + "/reports/" + code + "/figures", "{\"key\": \"organization.positions.vacancyRate\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures[0].unitOfMeasure").value("PERCENT"))
                .andExpect(jsonPath("$.figures[0].takenAt").isString())
                .andExpect(jsonPath("$.figures[0].asOf").value(LocalDate.now().toString()));
        post(u.officer, API + "/reports/" + code + "/figures", "{\"key\": \"claims.certified.amount\", \"missionCode\": \"MINUSCA\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.figures[0].missionCode").value("MINUSCA"));
        post(u.officer, API + "/reports/" + code + "/figures", "{\"key\": \"nothing.here\"}").andExpect(status().isBadRequest());
        post(u.officer, API + "/reports/" + code + "/figures", "{\"key\": \"organization.missions.active\", \"missionCode\": \"MINUSCA\"}")
                .andExpect(status().isBadRequest());
        post(u.officer, API + "/reports/" + code + "/submit", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("SUBMITTED"));
        post(u.officer, API + "/reports/" + code + "/inputs", """
                {"unitCode": "DFS-LSD", "topic": "late", "deadline": "%s"}""".formatted(due.minusDays(1)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/reporting/calendar").with(user(u.mcms))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(get("/reporting/calendar/" + code).with(user(u.officer))).andExpect(status().isOk());
        mvc.perform(get(API + "/reports").with(user(u.minusca))).andExpect(status().isForbidden());
    }
}
