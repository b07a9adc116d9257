package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.fieldsupport.ict.infra.IctInfraCalls.id;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldsupport.ict.security.domain.IncidentResponse;
import org.fieldsupport.ict.security.domain.IncidentResponse.Classification;
import org.fieldsupport.ict.security.domain.IncidentResponse.Severity;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Security incidents with containment and notification deadlines, who was told when; vulnerabilities; phishing (9.4.e). */
@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    @Test
    void the_required_steps_follow_severity_and_classification() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        var critical = IncidentResponse.requiredSteps(Severity.CRITICAL, Classification.STRICTLY_CONFIDENTIAL, t);
        assertThat(critical).extracting(IncidentResponse.Step::audience)
                .containsExactly(null, "OICT_SECURITY", "SENIOR_MANAGEMENT", "DATA_OWNERS", "AFFECTED_STAFF");
        assertThat(critical.get(0).dueAt()).isEqualTo(t.plus(4, ChronoUnit.HOURS));
        var low = IncidentResponse.requiredSteps(Severity.LOW, Classification.UNCLASSIFIED, t);
        assertThat(low).hasSize(1);
        assertThat(IncidentResponse.requiredSteps(Severity.HIGH, Classification.CONFIDENTIAL, t))
                .extracting(IncidentResponse.Step::audience).contains("AFFECTED_STAFF");
        assertThat(IncidentResponse.requiredSteps(Severity.MEDIUM, Classification.CONFIDENTIAL, t))
                .extracting(IncidentResponse.Step::audience).doesNotContain("AFFECTED_STAFF");
        assertThat(IncidentResponse.remediateBy(Severity.CRITICAL, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(IncidentResponse.rate(61, 870)).isEqualByComparingTo("7.0");
    }

    @Test
    void the_steps_count_with_the_deadlines_given_the_rest_default() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        var d = new IncidentResponse.Deadlines(java.util.Map.of(IncidentResponse.Deadline.CONTAIN_CRITICAL, 2,
                IncidentResponse.Deadline.NOTIFY_AFFECTED_STAFF, 48));
        var steps = IncidentResponse.requiredSteps(Severity.CRITICAL, Classification.STRICTLY_CONFIDENTIAL, t, d);
        assertThat(steps).extracting(IncidentResponse.Step::dueAt).containsExactly(t.plus(2, ChronoUnit.HOURS),
                t.plus(24, ChronoUnit.HOURS), t.plus(24, ChronoUnit.HOURS), t.plus(72, ChronoUnit.HOURS), t.plus(48, ChronoUnit.HOURS));
        // the defaults are what the platform counted with before the figures became parameters
        assertThat(IncidentResponse.requiredSteps(Severity.MEDIUM, Classification.CONFIDENTIAL, t))
                .isEqualTo(IncidentResponse.requiredSteps(Severity.MEDIUM, Classification.CONFIDENTIAL, t, IncidentResponse.Deadlines.DEFAULTS));
        assertThat(IncidentResponse.requiredSteps(Severity.MEDIUM, Classification.UNCLASSIFIED, t).get(1).dueAt())
                .isEqualTo(t.plus(72, ChronoUnit.HOURS));
    }

    @Test
    void the_ciso_sets_a_deadline_from_a_date_new_incidents_count_with_it_and_the_change_is_audited() throws Exception {
        String api = "/api/v1/ict/security/deadlines";
        call.get(CISO, api).andExpect(status().isOk())
                .andExpect(jsonPath("$.current[?(@.deadline == 'NOTIFY_DATA_OWNERS')].defaultHours", hasItem(72)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // only the CISO (ict.security.manage at department scope) sets them
        call.post(MINUSCA, api, "{\"deadline\": \"NOTIFY_DATA_OWNERS\", \"hours\": 48, \"effectiveFrom\": \"" + today
                + "\", \"reason\": \"x\"}").andExpect(status().isForbidden());
        call.post(PLANNER, api, "{\"deadline\": \"NOTIFY_DATA_OWNERS\", \"hours\": 48, \"effectiveFrom\": \"" + today
                + "\", \"reason\": \"x\"}").andExpect(status().isForbidden());
        // bad input names the fields, in the reader's language; no figure for the past
        call.post(CISO, api, "{\"deadline\": \"TELL_EVERYONE\", \"hours\": 0, \"effectiveFrom\": \"2020-01-01\"}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("deadline", "hours", "effectiveFrom", "reason")))
                .andExpect(jsonPath("$.errors[?(@.field == 'effectiveFrom')].message", hasItem(containsString("aujourd"))));
        call.post(CISO, api, "{\"deadline\": \"NOTIFY_DATA_OWNERS\", \"hours\": 48, \"effectiveFrom\": \"" + today
                        + "\", \"reason\": \"OICT circular: data owners within 48 hours\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hours").value(48)).andExpect(jsonPath("$.setBy").value(CISO));
        call.get(MINUSCA, api).andExpect(status().isOk())
                .andExpect(jsonPath("$.current[?(@.deadline == 'NOTIFY_DATA_OWNERS')].hours", hasItem(48)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'ict.security-deadline' AND actor = ?")
                .param(CISO).query(Long.class).single()).isPositive();
        // an incident detected now counts with the new figure; the containment keeps the default
        Instant detected = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String body = call.post(CISO, "/api/v1/ict/security/incidents", "{\"title\": \"Shared drive exposed\", \"missionCode\": \"MINUSCA\", "
                        + "\"severity\": \"MEDIUM\", \"classification\": \"CONFIDENTIAL\", \"detectedAt\": \"" + detected + "\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> owners = JsonPath.read(body, "$.steps[?(@.audience == 'DATA_OWNERS')].dueAt");
        assertThat(Instant.parse(owners.get(0))).isEqualTo(detected.plus(48, ChronoUnit.HOURS));
        List<String> containment = JsonPath.read(body, "$.steps[?(@.kind == 'CONTAINMENT')].dueAt");
        assertThat(Instant.parse(containment.get(0))).isEqualTo(detected.plus(72, ChronoUnit.HOURS));
        // the screen: figures in force for readers, the form for the CISO only
        // (pages speak the user's own language, which the demo users may have changed: either is accepted)
        call.page(CISO, "/ict/security/deadlines", "en").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("Tell the data owners"),
                        containsString("Informer les propriétaires des données"))))
                .andExpect(content().string(containsString("action=\"/ict/security/deadlines\"")));
        call.page(MINUSCA, "/ict/security/deadlines", "en").andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("Tell the data owners"),
                        containsString("Informer les propriétaires des données"))))
                .andExpect(content().string(not(containsString("action=\"/ict/security/deadlines\""))));
    }

    @Test
    void an_incident_records_who_was_told_and_when_and_closes_only_when_every_step_is_done() throws Exception {
        String detected = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String body = call.post(CISO, "/api/v1/ict/security/incidents", "{\"title\": \"Leaked HR export\", \"missionCode\": \"MINUSCA\", "
                        + "\"severity\": \"HIGH\", \"classification\": \"CONFIDENTIAL\", \"detectedAt\": \"" + detected + "\", "
                        + "\"services\": [\"UMOJA\"]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reference", containsString("SEC-")))
                .andExpect(jsonPath("$.steps[*].audience", hasItems("OICT_SECURITY", "DATA_OWNERS", "AFFECTED_STAFF")))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        List<Object> steps = JsonPath.read(body, "$.steps[*].id");
        List<Object> kinds = JsonPath.read(body, "$.steps[*].kind");
        String base = "/api/v1/ict/security/incidents/" + id;
        call.post(CISO, base + "/status", "{\"status\": \"CLOSED\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://fieldsupport.org/problems/incident-steps-open"));
        for (int i = 0; i < steps.size(); i++) {
            String path = base + "/steps/" + steps.get(i);
            if ("NOTIFICATION".equals(kinds.get(i))) {
                call.post(CISO, path, "{}", "fr").andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("toldWhom"))
                        .andExpect(jsonPath("$.errors[0].message", containsString("Qui a été informé")));
                call.post(CISO, path, "{\"toldWhom\": \"Jane Doe, data owner\"}").andExpect(status().isOk());
            } else {
                call.post(MINUSCA, path, "{}").andExpect(status().isForbidden());
                call.post(CISO, path, "{}").andExpect(status().isOk());
                call.post(CISO, path, "{}").andExpect(status().isUnprocessableContent());
            }
        }
        call.get(CISO, base).andExpect(jsonPath("$.steps[*].toldWhom", hasItem("Jane Doe, data owner")))
                .andExpect(jsonPath("$.steps[*].doneBy", hasItem(CISO)));
        call.post(CISO, base + "/status", "{\"status\": \"CLOSED\"}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        call.get(MINUSCA, base).andExpect(status().isOk());
        call.get(UNMISS, base).andExpect(status().isNotFound());
    }

    @Test
    void strictly_confidential_incidents_are_for_security_officers_only_and_bad_input_names_the_fields() throws Exception {
        long secret = id(call.post(CISO, "/api/v1/ict/security/incidents", "{\"title\": \"Directory dump\", \"missionCode\": \"MINUSCA\", "
                + "\"severity\": \"CRITICAL\", \"classification\": \"STRICTLY_CONFIDENTIAL\", \"detectedAt\": \"2026-11-30T10:00:00Z\"}")
                .andExpect(status().isCreated()));
        call.get(MINUSCA, "/api/v1/ict/security/incidents/" + secret).andExpect(status().isNotFound());
        call.get(MINUSCA, "/api/v1/ict/security/incidents").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) secret))));
        call.get(PLANNER, "/api/v1/ict/security/incidents/" + secret).andExpect(status().isNotFound());
        call.post(MINUSCA, "/api/v1/ict/security/incidents", "{\"title\": \"x\", \"missionCode\": \"MINUSCA\", \"severity\": \"LOW\", "
                + "\"classification\": \"UNCLASSIFIED\", \"detectedAt\": \"2026-11-30T10:00:00Z\"}").andExpect(status().isForbidden());
        call.post(CISO, "/api/v1/ict/security/incidents", "{\"severity\": \"APOCALYPTIC\", \"services\": [\"NOPE\"]}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("title", "severity", "classification", "detectedAt", "services")))
                .andExpect(jsonPath("$.errors[?(@.field == 'severity')].message", hasItem(containsString("Gravité"))));
    }

    @Test
    void vulnerabilities_get_a_deadline_by_severity_and_phishing_rates_are_computed_per_mission() throws Exception {
        String found = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        call.post(CISO, "/api/v1/ict/security/vulnerabilities", "{\"reference\": \"CVE-T-1\", \"title\": \"Test\", \"missionCode\": \"UNMISS\", "
                        + "\"severity\": \"HIGH\", \"foundOn\": \"" + found + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.remediateBy").value(LocalDate.now(ZoneOffset.UTC).minusDays(1).plusDays(30).toString()));
        call.post(CISO, "/api/v1/ict/security/vulnerabilities", "{\"reference\": \"CVE-T-2\", \"title\": \"Test\", \"severity\": \"CRITICAL\", "
                + "\"foundOn\": \"" + found + "\", \"remediateBy\": \"2099-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("remediateBy"));
        call.post(CISO, "/api/v1/ict/security/phishing", "{\"missionCode\": \"UNMISS\", \"runOn\": \"" + found + "\", \"recipients\": 200, "
                        + "\"clicked\": 20, \"credentialsGiven\": 5, \"reported\": 50}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.clickRate").value(10.0))
                .andExpect(jsonPath("$.credentialRate").value(2.5)).andExpect(jsonPath("$.reportRate").value(25.0));
        call.post(CISO, "/api/v1/ict/security/phishing", "{\"missionCode\": \"UNMISS\", \"runOn\": \"" + found + "\", \"recipients\": 10, "
                + "\"clicked\": 20, \"credentialsGiven\": 30, \"reported\": 0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("clicked", "credentialsGiven")));
        call.get(MINUSCA, "/api/v1/ict/security/phishing").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("UNMISS"))));
        call.page(CISO, "/ict/security", "en").andExpect(status().isOk()).andExpect(content().string(containsString("Ransomware")));
        call.page(MINUSCA, "/ict/security", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("phishing site")))
                .andExpect(content().string(not(containsString("Ransomware"))));
        call.page(CISO, "/ict/security/vulnerabilities", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("CVE-2024-3400")));
        call.page(UNMISS, "/ict/security/phishing", "en").andExpect(status().isOk()).andExpect(content().string(containsString("UNMISS")));
    }
}
