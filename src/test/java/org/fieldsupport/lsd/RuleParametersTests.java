package org.fieldsupport.lsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The division's rule parameters: a changed cut-off changes which movement requests are late (and a request decided
 * before keeps its value), only holders of lsd.parameters.manage set values, bad values are refused naming the field
 * in the reader's language, the screen in English and French.
 */
@IntegrationTest
class RuleParametersTests {

    static final String DIRECTOR = "dir.lsd";
    static final String MOVCON = "movcon.minusca";
    static final String CUTOFF = "movements.request.cutoff-hours";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions set(String user, String name, String json) throws Exception {
        return mvc.perform(put("/api/v1/lsd/parameters/" + name).with(user(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions submitRequest(long hoursAhead) throws Exception {
        Instant departure = Instant.now().plus(Duration.ofHours(hoursAhead)).truncatedTo(ChronoUnit.MINUTES);
        return mvc.perform(post("/api/v1/movements/requests").with(user(MOVCON)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                        {"missionCode": "MINUSCA", "kind": "PASSENGER", "origin": "Bangui", "destination": "Bria",
                         "departure": "%s", "passengers": 1, "urgent": false, "justification": null}""".formatted(departure)));
    }

    private void forget(String name, LocalDate from) {
        jdbc.sql("DELETE FROM lsd_rule_parameter WHERE name = ? AND effective_from = ?").params(name, from).update();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM lsd_rule_parameter").query(Long.class).single();
    }

    @Test
    void a_changed_cutoff_changes_which_requests_are_late_and_earlier_requests_keep_theirs() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String before = submitRequest(60).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cutoffHours").value(48)).andReturn().getResponse().getContentAsString();
        long earlier = ((Number) JsonPath.read(before, "$.id")).longValue();
        try {
            set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"%s\", \"value\": 72}".formatted(today))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valueInForce").value("72"))
                    .andExpect(jsonPath("$.values[0].effectiveFrom").value(today.toString()))
                    .andExpect(jsonPath("$.values[0].changedBy").value(DIRECTOR));
            submitRequest(60).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/late-request"))
                    .andExpect(jsonPath("$.detail").value(containsString("72")));
            submitRequest(80).andExpect(status().isCreated()).andExpect(jsonPath("$.cutoffHours").value(72));
            mvc.perform(get("/api/v1/movements/requests/" + earlier).with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.cutoffHours").value(48));
            // the value in force today was decided with: not replaced, a later date is asked for (422)
            set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"%s\", \"value\": 24}".formatted(today))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/parameter-in-force"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'lsd.rule-parameter' "
                    + "AND entity_id = ?").param(CUTOFF + "@" + today).query(Long.class).single()).isEqualTo(1);
        } finally {
            forget(CUTOFF, today);
        }
        submitRequest(60).andExpect(status().isCreated()).andExpect(jsonPath("$.cutoffHours").value(48));
    }

    @Test
    void only_holders_of_the_permission_set_values_and_readers_see_their_modules_parameters() throws Exception {
        long rows = rows();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String body = "{\"effectiveFrom\": \"%s\", \"value\": 36}".formatted(tomorrow);
        set(MOVCON, CUTOFF, body).andExpect(status().isForbidden());
        set("logistics.hq", CUTOFF, body).andExpect(status().isForbidden());
        mvc.perform(post("/logistics/parameters").with(user(MOVCON)).with(csrf())
                        .param("name", CUTOFF).param("effectiveFrom", tomorrow).param("value", "36"))
                .andExpect(status().isForbidden());
        assertThat(rows()).isEqualTo(rows);
        // a movement control officer reads the movements parameters only; a portal user none
        mvc.perform(get("/api/v1/lsd/parameters").with(user(MOVCON)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem(CUTOFF)))
                .andExpect(jsonPath("$[*].name", not(hasItem("property.writeoff.local-limit"))));
        mvc.perform(get("/api/v1/lsd/parameters/property.writeoff.local-limit").with(user(MOVCON))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/lsd/parameters").with(user("portal.bgd")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/logistics/parameters").with(user(MOVCON)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("48 h")))
                .andExpect(content().string(not(containsString("name=\"effectiveFrom\""))));
    }

    @Test
    void bad_values_are_refused_naming_the_field_in_the_readers_language() throws Exception {
        long rows = rows();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"%s\", \"value\": 0}".formatted(tomorrow))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("between 1 and 336")));
        mvc.perform(put("/api/v1/lsd/parameters/" + CUTOFF).with(user(DIRECTOR)).with(csrf())
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"%s\", \"value\": \"36.5\"}".formatted(tomorrow)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nombre entier")));
        set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"%s\", \"value\": \"abc\"}".formatted(tomorrow))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"%s\", \"value\": 36}"
                .formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        set(DIRECTOR, CUTOFF, "{\"effectiveFrom\": \"07/12/2026\", \"value\": 36}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
        set(DIRECTOR, CUTOFF, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("effectiveFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("value")));
        set(DIRECTOR, "property.writeoff.local-limit", "{\"effectiveFrom\": \"%s\", \"value\": \"60000.001\"}"
                .formatted(tomorrow)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        set(DIRECTOR, "no.such.parameter", "{\"effectiveFrom\": \"%s\", \"value\": 1}".formatted(tomorrow))
                .andExpect(status().isNotFound());
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void the_screen_in_english_and_french_schedules_a_value_and_the_rules_read_it_at_the_records_date() throws Exception {
        LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        String name = "supply.fuel.anomaly-percent";
        try {
            // French for a reader whose preferred language is French (the switch would change the director's own)
            mvc.perform(get("/logistics/parameters").with(user(MOVCON)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Paramètres des règles de la Division du soutien logistique")))
                    .andExpect(content().string(containsString("Délai de dépôt d’une demande de mouvement")))
                    .andExpect(content().string(containsString("En vigueur")));
            mvc.perform(get("/logistics/parameters").with(user(DIRECTOR)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Rule parameters of the Logistics Support Division")))
                    .andExpect(content().string(containsString("name=\"effectiveFrom\"")));
            mvc.perform(post("/logistics/parameters").with(user(DIRECTOR)).with(csrf())
                            .param("name", name).param("effectiveFrom", later.toString()).param("value", "30"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/logistics/parameters"));
            mvc.perform(get("/logistics/parameters").with(user(DIRECTOR)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Scheduled")))
                    .andExpect(content().string(containsString("30 %")));
            // a scheduled value may still be replaced (same date), through the API
            set(DIRECTOR, name, "{\"effectiveFrom\": \"%s\", \"value\": 35}".formatted(later))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.valueInForce").value("25"))
                    .andExpect(jsonPath("$.values[0].value").value("35"));
            mvc.perform(post("/logistics/parameters").with(user(DIRECTOR)).with(csrf())
                            .param("name", name).param("effectiveFrom", later.toString()).param("value", "500"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Must be between 1 and 200")));
            // the administrator holds every permission and reads every parameter
            mvc.perform(get("/api/v1/lsd/parameters").with(user("admin")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].name", hasItem("logistics.aviation.report-hours")))
                    .andExpect(jsonPath("$[*].name", hasItem("movements.manifest.freeze-hour")))
                    .andExpect(jsonPath("$[*].name", hasItem("property.writeoff.local-limit")));
        } finally {
            forget(name, later);
        }
    }
}
