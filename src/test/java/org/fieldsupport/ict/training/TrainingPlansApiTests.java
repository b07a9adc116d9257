package org.fieldsupport.ict.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.ict.IctTestUsers;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ICT training plans per mission through the guidance module's training catalogue: the course is guidance's, the
 * specialists trained are the completions guidance records for the mission's trainees in the quarter; headquarters
 * plans, a mission desk reads only its own mission's plan.
 */
@IntegrationTest
class TrainingPlansApiTests {

    static final String API = "/api/v1/ict/training";
    static final String GUIDANCE = "/api/v1/guidance/training";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    private String send(String who, String path, String json) throws Exception {
        return mvc.perform(post(path).with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_plan_counts_the_completions_guidance_records_for_the_mission_in_the_quarter() throws Exception {
        String course = "T-C-" + u.suffix.toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        // the course, three MINUSCA technicians and one UNMISS technician, a session running today: all in guidance
        send("training.coordinator", GUIDANCE + "/courses", """
                {"code": "%s", "titleEn": "VSAT basics", "titleFr": "Bases du VSAT", "audience": "Technicians",
                 "ownerUnit": "DFS-ICTD", "hours": 8}""".formatted(course));
        long session = ((Number) JsonPath.read(send("training.coordinator", GUIDANCE + "/sessions", """
                {"courseCode": "%s", "startsOn": "%s", "endsOn": "%s", "place": "Brindisi", "online": false, "capacity": 10}"""
                .formatted(course, today, today.plusDays(1))), "$.id")).longValue();
        String[] people = {"MINUSCA", "MINUSCA", "MINUSCA", "UNMISS"};
        for (int i = 0; i < people.length; i++) {
            String who = "ict.t.tech" + i + "." + u.suffix;
            send("training.coordinator", GUIDANCE + "/trainees", """
                    {"username": "%s", "fullName": "Technician %d", "missionCode": "%s", "jobRole": "ICT_TECHNICIAN",
                     "since": "%s"}""".formatted(who, i, people[i], today.minusYears(1)));
            long n = ((Number) JsonPath.read(send("training.coordinator", GUIDANCE + "/sessions/" + session + "/nominations",
                    "{\"username\": \"" + who + "\"}"), "$.id")).longValue();
            send("training.coordinator", GUIDANCE + "/nominations/" + n + "/status", "{\"status\": \"ATTENDED\"}");
            if (i != 2) send("training.coordinator", GUIDANCE + "/nominations/" + n + "/status", "{\"status\": \"COMPLETED\"}");
        }
        mvc.perform(get(API + "/courses").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '%s')].ictd".formatted(course)).value(hasItem(true)));
        mvc.perform(post(API + "/plans").with(user(u.deskMinusca)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"missionCode": "MINUSCA", "year": %d, "courseCode": "%s", "quarter": %d, "planned": 4}""".formatted(year, course, quarter)))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/plans").with(user(u.deskMinusca)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(API + "/plans").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").content("""
                {"missionCode": "MINUSCA", "year": 1999, "courseCode": "NOPE", "quarter": 5, "planned": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'quarter')].message").value(hasItem("Trimestre doit valoir 1, 2, 3 ou 4")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("year")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("courseCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("planned")));
        mvc.perform(post(API + "/plans").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"missionCode": "MINUSCA", "year": %d, "courseCode": "%s", "quarter": %d, "planned": 4}""".formatted(year, course, quarter)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.trained").value(2));
        mvc.perform(post(API + "/plans").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"missionCode": "MINUSCA", "year": %d, "courseCode": "%s", "quarter": %d, "planned": 2}""".formatted(year, course, quarter)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("courseCode")));
        // UNMISS's completion does not count for MINUSCA; the third MINUSCA technician attended but did not complete
        mvc.perform(get(API + "/plans").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskMinusca)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.courseCode == '%s')].trained".formatted(course)).value(hasItem(2)))
                .andExpect(jsonPath("$.lines[?(@.courseCode == '%s')].planned".formatted(course)).value(hasItem(4)));
        mvc.perform(get(API + "/plans").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskUnmiss)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ict/training").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskMinusca)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(course)))
                // the training register is named; linked only for a reader guidance's register would open for
                // (platform.web.OfferedLinks, session 5): the mission's desk officer may not open it
                .andExpect(content().string(containsString("Training register")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/guidance/training\""))));
        mvc.perform(get("/ict/training").param("mission", "MINUSCA").param("year", String.valueOf(year))
                        .with(user("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/guidance/training\"")));
    }
}
