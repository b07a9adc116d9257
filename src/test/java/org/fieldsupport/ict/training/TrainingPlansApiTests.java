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

/** ICT training plans per mission: headquarters plans and records, a mission desk reads only its own mission's plan. */
@IntegrationTest
class TrainingPlansApiTests {

    static final String API = "/api/v1/ict/training";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    @Test
    void a_plan_per_mission_and_year_with_its_completion() throws Exception {
        String course = "T-C-" + u.suffix.toUpperCase(Locale.ROOT);
        int year = 2030 + Math.abs(u.suffix.hashCode() % 60);
        mvc.perform(post(API + "/courses").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"code": "%s", "titleEn": "VSAT basics", "titleFr": "Bases du VSAT", "audience": "Technicians", "hours": 8}"""
                .formatted(course))).andExpect(status().isCreated());
        mvc.perform(post(API + "/plans").with(user(u.deskMinusca)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"missionCode": "MINUSCA", "year": %d, "courseCode": "%s", "quarter": 1, "planned": 4}""".formatted(year, course)))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/plans").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").content("""
                {"missionCode": "MINUSCA", "year": 1999, "courseCode": "NOPE", "quarter": 5, "planned": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'quarter')].message").value(hasItem("Trimestre doit valoir 1, 2, 3 ou 4")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("year")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("courseCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("planned")));
        var created = mvc.perform(post(API + "/plans").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"missionCode": "MINUSCA", "year": %d, "courseCode": "%s", "quarter": 1, "planned": 4}""".formatted(year, course)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post(API + "/plans/" + id + "/trained").with(user(u.hq)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"trained\": 3}")).andExpect(status().isOk()).andExpect(jsonPath("$.trained").value(3));
        mvc.perform(get(API + "/plans").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskMinusca)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completionPercent").value("75.0"));
        mvc.perform(get(API + "/plans").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskUnmiss)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/ict/training").param("mission", "MINUSCA").param("year", String.valueOf(year)).with(user(u.deskMinusca)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(course)));
    }
}
