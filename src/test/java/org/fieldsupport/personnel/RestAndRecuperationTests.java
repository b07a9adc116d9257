package org.fieldsupport.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.personnel.PersonnelTestSupport.getAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.id;
import static org.fieldsupport.personnel.PersonnelTestSupport.postAs;
import static org.fieldsupport.personnel.PersonnelTestSupport.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.personnel.rest.domain.RestAndRecuperation;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Rest and recuperation (5.5.d): cycles per duty station, eligibility computed, R&R taken against the cycle. */
@IntegrationTest
class RestAndRecuperationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static final RestAndRecuperation.Cycle BANGUI = new RestAndRecuperation.Cycle(1, "MINUSCA", "Bangui", 42, 5,
            List.of("Nairobi", "Douala"), LocalDate.of(2020, 1, 1));

    @Test
    void eligibility_counts_the_qualifying_days_from_entry_on_duty_then_from_the_day_after_the_last_rr() {
        LocalDate eod = LocalDate.of(2026, 3, 2);
        assertThat(RestAndRecuperation.eligibility(BANGUI, eod, null, eod.plusDays(41)).eligible()).isFalse();
        assertThat(RestAndRecuperation.eligibility(BANGUI, eod, null, eod.plusDays(42)).eligible()).isTrue();
        var after = RestAndRecuperation.eligibility(BANGUI, eod, LocalDate.of(2026, 5, 8), LocalDate.of(2026, 6, 1));
        assertThat(after.qualifyingFrom()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(after.eligibleOn()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(after.eligible()).isFalse();
        assertThat(RestAndRecuperation.workingDays(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7))).isEqualTo(5);
        var ok = RestAndRecuperation.eligibility(BANGUI, eod, null, LocalDate.of(2026, 6, 1));
        assertThat(RestAndRecuperation.refusal(BANGUI, ok, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), "Nairobi"))
                .isEqualTo("personnel.rr.refused.tooLong");
        assertThat(RestAndRecuperation.refusal(BANGUI, ok, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), "Paris"))
                .isEqualTo("personnel.rr.refused.destination");
        assertThat(RestAndRecuperation.refusal(BANGUI, ok, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5), "nairobi"))
                .isNull();
    }

    @Test
    void a_cycle_with_bad_fields_is_refused_naming_each() throws Exception {
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/cycles", """
                {"missionCode": "MINUSCA", "dutyStation": "", "qualifyingDays": 3, "rrDays": 30, "destinations": []}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dutyStation")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("qualifyingDays")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("rrDays")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("destinations")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("validFrom")));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/cycles", """
                {"missionCode": "UNMISS", "dutyStation": "Malakal", "qualifyingDays": 56, "rrDays": 5,
                 "destinations": ["Entebbe"], "validFrom": "2026-01-01"}""").andExpect(status().isForbidden());
    }

    @Test
    void rr_is_recorded_when_eligible_at_an_approved_destination_and_refused_otherwise() throws Exception {
        String station = "Station-" + unique();
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/cycles", """
                {"missionCode": "MINUSCA", "dutyStation": "%s", "qualifyingDays": 42, "rrDays": 5,
                 "destinations": ["Nairobi", "Douala"], "validFrom": "2020-01-01"}""".formatted(station))
                .andExpect(status().isCreated());
        LocalDate eod = LocalDate.now().minusDays(120);
        long post = PersonnelTestSupport.newPost(mvc, jdbc, "MINUSCA", "P-3");
        String body = StaffAdministrationTests.offer(String.valueOf(40_000_000L + unique() % 10_000_000L), "MINUSCA", post,
                "P-3", "FIXED_TERM", eod, eod.plusYears(2)).replace("Bangui", station);
        long id = id(postAs(mvc, "hr.minusca", "/api/v1/personnel/staff", body).andExpect(status().isCreated()));
        postAs(mvc, "chief.fpos-rhr1", "/api/v1/personnel/staff/" + id + "/appoint", "{}").andExpect(status().isOk());
        getAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.eligibility.eligible").value(true))
                .andExpect(jsonPath("$.cycle.qualifyingDays").value(42));

        LocalDate monday = LocalDate.now().minusDays(30);
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.minusDays(1);
        }
        String leave = "{\"startDate\": \"%s\", \"endDate\": \"%s\", \"destination\": \"%s\"}";
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id + "/leave", leave.formatted(monday, monday.plusDays(4), "Paris"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.rr.refused.destination"));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id + "/leave", leave.formatted(monday, monday.plusDays(7), "Nairobi"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.rr.refused.tooLong"));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id + "/leave", leave.formatted(monday, monday.plusDays(4), "Nairobi"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.taken.length()").value(1))
                .andExpect(jsonPath("$.eligibility.eligible").value(false));
        // the next one only after 42 more days of service
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id + "/leave",
                        leave.formatted(monday.plusDays(14), monday.plusDays(18), "Douala"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("personnel.rr.refused.notEligible"));
        postAs(mvc, "hr.minusca", "/api/v1/personnel/rr/staff/" + id + "/leave", "{\"startDate\": \"2026-02-10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("endDate")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("destination")));
        // a staff member reads their own R&R, not another's
        long demo = jdbc.sql("SELECT id FROM pers_staff WHERE username = 'staff.demo'").query(Long.class).single();
        getAs(mvc, "staff.demo", "/api/v1/personnel/rr/staff/" + demo).andExpect(status().isOk())
                .andExpect(jsonPath("$.cycle.dutyStation").value("Bangui"));
        getAs(mvc, "staff.demo", "/api/v1/personnel/rr/staff/" + id).andExpect(status().isForbidden());
    }
}
