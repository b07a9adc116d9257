package org.fieldsupport.frontoffice.liaison.web;

import static org.fieldsupport.frontoffice.FrontOfficeTestUsers.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldsupport.frontoffice.FrontOfficeTestUsers;
import org.fieldsupport.frontoffice.LiaisonInbox;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The partner register, meetings and follow-ups, negotiations, queries and press requests. */
@IntegrationTest
class LiaisonApiTests {

    static final String API = "/api/v1/frontoffice";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    FrontOfficeTestUsers u;
    String code;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void users() {
        u = new FrontOfficeTestUsers(directory);
        code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(as(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    private long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void partners_meetings_follow_ups_and_negotiations() throws Exception {
        post(u.mcms, API + "/partners", "{}").andExpect(status().isForbidden());
        post(u.clerk, API + "/partners", """
                {"code": "%s", "name": "", "kind": "PERMANENT_MISSION", "country": "XXX", "contactEmail": "nope"}""".formatted(code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("country")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contactEmail")));
        post(u.clerk, API + "/partners", """
                {"code": "%s", "name": "Permanent Mission of Senegal", "kind": "PERMANENT_MISSION"}""".formatted(code))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("country")));
        post(u.clerk, API + "/partners", """
                {"code": "%s", "name": "Permanent Mission of Senegal", "kind": "PERMANENT_MISSION", "country": "SEN"}""".formatted(code))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.country").value("SEN"));
        post(u.clerk, API + "/partners/" + code + "/meetings", """
                {"heldOn": "%s", "subject": "Troop rotation", "principal": "ASG", "missionCode": "MINUSCA",
                 "followUps": [{"action": "Send the rotation plan", "ownerUnit": "DFS-LSD", "dueDate": "%s"}]}"""
                .formatted(today, today.minusDays(1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.followUps[0].overdue").value(true));
        String file = mvc.perform(get(API + "/partners/" + code).with(as(u.mcms))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long followUp = ((Number) JsonPath.read(file, "$.meetings[0].followUps[0].id")).longValue();
        post(u.mcms, API + "/follow-ups/" + followUp + "/done", null).andExpect(status().isForbidden());
        post(u.lsd, API + "/follow-ups/" + followUp + "/done", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.doneBy").value(u.lsd));
        post(u.lsd, API + "/follow-ups/" + followUp + "/done", null).andExpect(status().isUnprocessableEntity());
        long negotiation = id(post(u.clerk, API + "/partners/" + code + "/negotiations", """
                {"subject": "Letter of assist", "leadUnit": "DFS-TMS", "nextStep": "Draft", "nextStepDue": "%s"}""".formatted(today))
                .andExpect(status().isCreated()));
        post(u.clerk, API + "/negotiations/" + negotiation, "{\"status\": \"AGREED\"}").andExpect(status().isUnprocessableEntity());
        post(u.clerk, API + "/negotiations/" + negotiation, "{\"status\": \"IN_PROGRESS\", \"nextStep\": \"Costing\"}")
                .andExpect(status().isOk());
        post(u.clerk, API + "/negotiations/" + negotiation, "{\"status\": \"AGREED\"}").andExpect(status().isOk());
        post(u.clerk, API + "/negotiations/" + negotiation, "{\"status\": \"OPEN\"}").andExpect(status().isUnprocessableEntity());
        post(u.clerk, API + "/negotiations/" + negotiation, "{\"status\": \"MAYBE\"}").andExpect(status().isBadRequest());
        mvc.perform(get("/frontoffice/partners/" + code).with(as(u.clerk))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Troop rotation")));
    }

    @Autowired LiaisonInbox inbox;

    @Test
    void queries_have_deadlines_and_one_answer() throws Exception {
        post(u.clerk, API + "/partners", """
                {"code": "%s", "name": "Department of Management (test)", "kind": "SECRETARIAT_ENTITY"}""".formatted(code))
                .andExpect(status().isCreated());
        post(u.clerk, API + "/queries", """
                {"partnerCode": "%s", "kind": "BUDGET_RESOURCES", "subject": "x", "deadline": "%s", "leadUnit": "DFS-FBFD",
                 "receivedOn": "%s"}""".formatted(code, today.minusDays(5), today))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("deadline")));
        long id = id(post(u.clerk, API + "/queries", """
                {"partnerCode": "%s", "kind": "BUDGET_RESOURCES", "subject": "Vacancy rates by mission", "deadline": "%s",
                 "leadUnit": "DFS-MCMS", "receivedOn": "%s"}""".formatted(code, today.minusDays(1), today.minusDays(3)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.overdue").value(true)));
        mvc.perform(get(API + "/queries").param("open", "true").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        post(u.lsd, API + "/queries/" + id + "/answer", "{\"answer\": \"x\"}").andExpect(status().isForbidden());
        post(u.mcms, API + "/queries/" + id + "/answer", "{\"answer\": \"12.4 per cent on average.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(false));
        post(u.mcms, API + "/queries/" + id + "/answer", "{\"answer\": \"again\"}").andExpect(status().isUnprocessableEntity());
    }

    @Test
    void press_requests_go_through_public_affairs() throws Exception {
        long id = id(post(u.clerk, API + "/press", """
                {"outlet": "Radio Okapi", "subject": "Fuel shortages", "deadline": "%s"}""".formatted(today.plusDays(1)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.paContact").value("EXT-DPKO-PAS")));
        post(u.clerk, API + "/press/" + id + "/status", "{\"status\": \"ANSWERED\", \"response\": \"x\"}")
                .andExpect(status().isUnprocessableEntity());
        post(u.clerk, API + "/press/" + id + "/status", "{\"status\": \"WITH_PUBLIC_AFFAIRS\"}").andExpect(status().isOk());
        post(u.clerk, API + "/press/" + id + "/status", "{\"status\": \"ANSWERED\"}").andExpect(status().isUnprocessableEntity());
        post(u.clerk, API + "/press/" + id + "/status", "{\"status\": \"ANSWERED\", \"response\": \"Statement issued.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get("/frontoffice/press").with(as(u.mcms))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Radio Okapi")));
        mvc.perform(get("/frontoffice/partners").with(as(u.mcms))).andExpect(status().isOk());
        mvc.perform(get("/frontoffice/queries").with(as(u.mcms))).andExpect(status().isOk());
    }
}
