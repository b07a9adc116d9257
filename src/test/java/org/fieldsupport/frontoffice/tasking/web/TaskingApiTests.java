package org.fieldsupport.frontoffice.tasking.web;

import static org.fieldsupport.frontoffice.FrontOfficeTestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.frontoffice.FrontOfficeTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The principal's tasks: assigned, contributed, consolidated, cleared; the weekly open view; refusals. */
@IntegrationTest
class TaskingApiTests {

    static final String API = "/api/v1/frontoffice/tasks";

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
    void a_task_is_contributed_consolidated_by_the_lead_and_cleared_for_the_principal() throws Exception {
        String body = """
                {"title": "Advice on COE reimbursement delays", "kind": "ADVICE", "principal": "USG",
                 "leadUnit": "DFS-MCMS", "contributingUnits": ["DFS-LSD"], "dueDate": "%s"}""".formatted(LocalDate.now().plusDays(2));
        post(u.clerk, API, body).andExpect(status().isForbidden());
        ResultActions created = post(u.officer, API, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.horizon").isString())
                .andExpect(jsonPath("$.contributions[0].unitCode").value("DFS-LSD"));
        long id = ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        // the weekly view shows it to the lead unit and to the principal
        mvc.perform(get(API + "/open").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Advice on COE reimbursement delays")));
        mvc.perform(get(API + "/open").param("principal", "USG").with(as(u.principal))).andExpect(status().isOk())
                .andExpect(jsonPath("$['DFS-MCMS']").exists());
        // consolidation waits for the contribution
        post(u.mcms, API + "/" + id + "/consolidate", "{\"text\": \"too early\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DFS-LSD")));
        post(u.mcms, API + "/" + id + "/contributions", "{\"unit\": \"DFS-LSD\", \"text\": \"x\"}")
                .andExpect(status().isForbidden());
        post(u.lsd, API + "/" + id + "/contributions", "{\"unit\": \"DFS-LSD\", \"text\": \"\"}")
                .andExpect(status().isBadRequest());
        post(u.lsd, API + "/" + id + "/contributions", "{\"unit\": \"DFS-LSD\", \"text\": \"Transport delays explain two months.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.contributions[0].status").value("SUBMITTED"));
        post(u.principal, API + "/" + id + "/clear", null).andExpect(status().isUnprocessableEntity());
        post(u.lsd, API + "/" + id + "/consolidate", "{\"text\": \"not the lead\"}").andExpect(status().isForbidden());
        post(u.mcms, API + "/" + id + "/consolidate", "{\"text\": \"Consolidated advice.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONSOLIDATED"));
        post(u.mcms, API + "/" + id + "/clear", null).andExpect(status().isForbidden());
        post(u.principal, API + "/" + id + "/clear", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLEARED")).andExpect(jsonPath("$.clearedBy").value(u.principal));
    }

    @Test
    void bad_tasks_are_refused_field_by_field() throws Exception {
        post(u.officer, API, """
                {"title": "", "kind": "WHATEVER", "principal": "SG", "leadUnit": "NOPE",
                 "contributingUnits": ["DFS-LSD", "ALSO-NOPE"], "missionCode": "ATLANTIS", "dueDate": "2020-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("principal")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("leadUnit")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contributingUnits")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("missionCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dueDate")));
    }

    @Test
    void a_unit_does_not_see_other_units_tasks() throws Exception {
        ResultActions created = post(u.officer, API, """
                {"title": "Only for MCMS", "leadUnit": "DFS-MCMS", "dueDate": "%s"}""".formatted(LocalDate.now().plusDays(9)))
                .andExpect(status().isCreated());
        long id = ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get(API + "/" + id).with(as(u.lsd))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id).with(as(u.mcms))).andExpect(status().isOk());
        mvc.perform(get("/frontoffice/tasks").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Only for MCMS")));
        mvc.perform(get("/frontoffice/tasks/" + id).with(as(u.mcms))).andExpect(status().isOk());
    }
}
