package org.fieldsupport.guidance.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.fieldsupport.guidance.GuidanceTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Training: course with a mandatory role, a session, nominations by missions, attendance, certificate, overdue. */
@IntegrationTest
class TrainingApiTests {

    static final String API = "/api/v1/guidance/training";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    GuidanceTestUsers u;
    String course;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void users() {
        u = new GuidanceTestUsers(directory);
        course = "C-" + u.suffix.toUpperCase();
    }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    private long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private void trainee(String who, String username, String mission, String role, LocalDate since) throws Exception {
        post(who, API + "/trainees", """
                {"username": "%s", "fullName": "Person %s", "missionCode": "%s", "jobRole": "%s", "since": "%s"}"""
                .formatted(username, username, mission, role, since)).andExpect(status().isCreated());
    }

    @Test
    void a_session_takes_nominations_up_to_capacity_and_completions_get_a_certificate() throws Exception {
        String role = "ROLE_" + u.suffix.toUpperCase();
        post(u.focalMinusca, API + "/courses", "{}").andExpect(status().isForbidden());
        post(u.coordinator, API + "/courses", """
                {"code": "%s", "titleEn": "", "titleFr": "x", "ownerUnit": "DFS-LSD", "hours": 0}""".formatted(course))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("titleEn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("hours")));
        post(u.coordinator, API + "/courses", """
                {"code": "%s", "titleEn": "Fuel management", "titleFr": "Gestion du carburant", "ownerUnit": "DFS-LSD",
                 "hours": 16, "validityMonths": 24, "mandatoryFor": ["%s"]}""".formatted(course, role)).andExpect(status().isCreated());
        long session = id(post(u.coordinator, API + "/sessions", """
                {"courseCode": "%s", "startsOn": "%s", "endsOn": "%s", "place": "Entebbe", "capacity": 2}"""
                .formatted(course, today, today.plusDays(2))).andExpect(status().isCreated()));
        post(u.coordinator, API + "/sessions", """
                {"courseCode": "%s", "startsOn": "%s", "endsOn": "%s", "capacity": 2}"""
                .formatted(course, today, today.minusDays(2))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("endsOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("place")));
        String a = "a." + u.suffix, b = "b." + u.suffix, c = "c." + u.suffix, late = "late." + u.suffix;
        trainee(u.focalMinusca, a, "MINUSCA", role, today.minusDays(200));
        trainee(u.focalMinusca, b, "MINUSCA", role, today.minusDays(200));
        trainee(u.coordinator, c, "UNMISS", role, today.minusDays(10));
        trainee(u.coordinator, late, "UNMISS", role, today.minusDays(120));
        post(u.focalMinusca, API + "/trainees", """
                {"username": "x.%s", "fullName": "x", "missionCode": "UNMISS", "jobRole": "R"}""".formatted(u.suffix))
                .andExpect(status().isForbidden());
        // the MINUSCA focal point nominates MINUSCA staff, not UNMISS staff
        post(u.focalMinusca, API + "/sessions/" + session + "/nominations", "{\"username\": \"" + c + "\"}").andExpect(status().isForbidden());
        long na = id(post(u.focalMinusca, API + "/sessions/" + session + "/nominations", "{\"username\": \"" + a + "\"}").andExpect(status().isCreated()));
        post(u.focalMinusca, API + "/sessions/" + session + "/nominations", "{\"username\": \"" + a + "\"}").andExpect(status().isUnprocessableEntity());
        post(u.focalMinusca, API + "/sessions/" + session + "/nominations", "{\"username\": \"" + b + "\"}").andExpect(status().isCreated());
        post(u.focalUnmiss, API + "/sessions/" + session + "/nominations", "{\"username\": \"" + c + "\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2")));
        post(u.focalUnmiss, API + "/sessions/" + session + "/nominations", "{\"username\": \"nobody\"}").andExpect(status().isBadRequest());
        // attendance, then completion; certificate only when completed
        mvc.perform(get(API + "/nominations/" + na + "/certificate.pdf").with(user(u.reader))).andExpect(status().isUnprocessableEntity());
        post(u.focalMinusca, API + "/nominations/" + na + "/status", "{\"status\": \"ATTENDED\"}").andExpect(status().isForbidden());
        post(u.coordinator, API + "/nominations/" + na + "/status", "{\"status\": \"COMPLETED\"}").andExpect(status().isUnprocessableEntity());
        post(u.coordinator, API + "/nominations/" + na + "/status", "{\"status\": \"ATTENDED\"}").andExpect(status().isOk());
        post(u.coordinator, API + "/nominations/" + na + "/status", "{\"status\": \"COMPLETED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.certificateNo").value(org.hamcrest.Matchers.startsWith("CERT-")));
        byte[] pdf = mvc.perform(get(API + "/nominations/" + na + "/certificate.pdf").with(user(u.reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // overdue on the mandatory course: b (200 days, not completed) and late (120 days); not a (completed), not c (10 days)
        mvc.perform(get(API + "/overdue").with(user(u.coordinator))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.courseCode == '" + course + "')].username").value(hasItem(b)))
                .andExpect(jsonPath("$[?(@.courseCode == '" + course + "')].username").value(hasItem(late)))
                .andExpect(jsonPath("$[?(@.courseCode == '" + course + "')].username").value(not(hasItem(a))))
                .andExpect(jsonPath("$[?(@.courseCode == '" + course + "')].username").value(not(hasItem(c))));
        // a focal point sees its mission's people only
        mvc.perform(get(API + "/overdue").with(user(u.focalMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode").value(not(hasItem("UNMISS"))));
        mvc.perform(get(API + "/completion").param("by", "course").with(user(u.reader))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.group == '" + course + "')].completed").value(hasItem(1)));
        mvc.perform(get(API + "/completion").param("by", "colour").with(user(u.reader))).andExpect(status().isBadRequest());
        mvc.perform(get("/guidance/training/completion").with(user(u.reader))).andExpect(status().isOk());
        mvc.perform(get("/guidance/training/sessions/" + session).with(user(u.reader))).andExpect(status().isOk());
        mvc.perform(get("/guidance/training").with(user(u.reader))).andExpect(status().isOk());
    }
}
