package org.fieldsupport.ict.desk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.fieldsupport.ict.IctTestUsers;
import org.fieldsupport.ict.desk.internal.DeskService;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.work.WorkItems;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The service desk: priority from impact × urgency, a mission desk sees only its mission, clocks paused while waiting
 * on the requester, escalation to the second line, satisfaction on closure, breaches into the work inbox, change
 * approvals (workflow kit) with the overlap rule and the calendar, the service-level report and its export.
 */
@IntegrationTest
class DeskApiTests {

    static final String API = "/api/v1/ict/desk";

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired DeskService desk;
    @Autowired WorkItems workItems;
    @Autowired JdbcClient jdbc;
    IctTestUsers u;

    @BeforeEach
    void users() { u = new IctTestUsers(directory); }

    private ResultActions post(String who, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    /** A delegation of ICT_CHANGE_APPROVAL for one mission, given and acknowledged as the organisation's admin. */
    private void delegate(String who, String mission) throws Exception {
        String created = post("delegation.admin", "/api/v1/organization/delegations", """
                {"authority": "ICT_CHANGE_APPROVAL", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                 "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": 1000000, "limitCurrency": "USD",
                 "allMissions": false, "missions": ["%s"],
                 "validFrom": "%s", "validTo": "2099-12-31"}""".formatted(who, mission, java.time.LocalDate.now()))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        post("delegation.admin", "/api/v1/organization/delegations/" + id + "/acknowledge", "{}").andExpect(status().is2xxSuccessful());
    }

    private static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long ticket(String who, String service, int impact, int urgency) throws Exception {
        return id(post(who, API + "/tickets", """
                {"missionCode": "MINUSCA", "kind": "INCIDENT", "serviceCode": "%s", "title": "Link down %s",
                 "impact": %d, "urgency": %d}""".formatted(service, u.suffix, impact, urgency)).andExpect(status().isCreated()));
    }

    @Test
    void a_ticket_goes_from_the_requester_to_the_mission_desk_and_only_that_mission_sees_it() throws Exception {
        post(u.requesterFr, API + "/tickets", """
                {"missionCode": "MINUSCA", "kind": "OUTAGE", "serviceCode": "VSAT", "title": "", "impact": 4, "urgency": 0}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Objet est obligatoire")))
                .andExpect(jsonPath("$.errors[?(@.field == 'impact')].message").value(hasItem("Impact doit valoir 1, 2 ou 3")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("urgency")));
        post(u.requesterMinusca, API + "/tickets", """
                {"missionCode": "MINUSCA", "kind": "INCIDENT", "serviceCode": "UNMISS-POC", "title": "x", "impact": 2, "urgency": 2}""")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.detail").value(containsString("UNMISS-POC")));
        post(u.requesterMinusca, API + "/tickets", """
                {"missionCode": "UNMISS", "kind": "INCIDENT", "serviceCode": "VSAT", "title": "x", "impact": 2, "urgency": 2}""")
                .andExpect(status().isForbidden());
        long t = ticket(u.requesterMinusca, "VSAT", 1, 1);
        mvc.perform(get(API + "/tickets/" + t).with(user(u.requesterMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ticket.priority").value("P1")).andExpect(jsonPath("$.ticket.status").value("NEW"))
                .andExpect(jsonPath("$.ticket.slaRuleSet").value("ICT-SLA-2026-v2"));
        // the UNMISS desk neither reads nor works it, nor lists MINUSCA's queue
        mvc.perform(get(API + "/tickets/" + t).with(user(u.deskUnmiss))).andExpect(status().isForbidden());
        post(u.deskUnmiss, API + "/tickets/" + t + "/respond", "{}").andExpect(status().isForbidden());
        mvc.perform(get(API + "/tickets").param("mission", "MINUSCA").with(user(u.deskUnmiss))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/tickets").param("limit", "200").with(user(u.deskUnmiss))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode").value(not(hasItem("MINUSCA"))));
        mvc.perform(get(API + "/tickets").param("limit", "200").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) t)));
        // the requester cannot work it; another requester of the mission does not see it
        post(u.requesterMinusca, API + "/tickets/" + t + "/resolve", "{}").andExpect(status().isForbidden());
        mvc.perform(get(API + "/tickets/" + t).with(user(u.requesterFr))).andExpect(status().isForbidden());
        // desk answers by asking the requester (clock paused), the requester answers, desk escalates
        post(u.deskMinusca, API + "/tickets/" + t + "/respond", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        post(u.deskMinusca, API + "/tickets/" + t + "/wait", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("note")));
        post(u.deskMinusca, API + "/tickets/" + t + "/wait", "{\"note\": \"Which terminal?\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING")).andExpect(jsonPath("$.resolutionDueAt").doesNotExist());
        post(u.requesterMinusca, API + "/tickets/" + t + "/resume", "{\"note\": \"Terminal 3\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        post(u.deskMinusca, API + "/tickets/" + t + "/reopen", "{\"note\": \"x\"}").andExpect(status().isUnprocessableEntity());
        post(u.deskMinusca, API + "/tickets/" + t + "/escalate", "{\"note\": \"Teleport side\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.line").value("SECOND"));
        assertThat(workItems.forRecord("ict.ticket", String.valueOf(t))).anySatisfy(w ->
                assertThat(w.titleKey()).isEqualTo("ict.work.escalated"));
        // the second line (department) now works it and resolves; the requester closes with a rating
        mvc.perform(get(API + "/tickets/" + t).with(user(u.secondLine))).andExpect(status().isOk());
        post(u.secondLine, API + "/tickets/" + t + "/resolve", "{\"note\": \"Modem reset\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        post(u.requesterMinusca, API + "/tickets/" + t + "/close", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("satisfaction")));
        post(u.requesterMinusca, API + "/tickets/" + t + "/close", "{\"satisfaction\": 5, \"comment\": \"Quick\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.satisfaction").value(5));
        mvc.perform(get(API + "/tickets/" + t).with(user(u.requesterMinusca)))
                .andExpect(jsonPath("$.events[*].kind").value(hasItem("WAITING")))
                .andExpect(jsonPath("$.events[*].kind").value(hasItem("ESCALATED")));
        mvc.perform(get("/ict/desk/tickets/" + t).with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Link down")))
                .andExpect(content().string(containsString("ICT-SLA-2026-v2, counted in")))
                .andExpect(content().string(containsString("Africa/Bangui")));
        mvc.perform(get("/ict/desk").with(user(u.deskMinusca))).andExpect(status().isOk());
    }

    @Test
    void an_overdue_ticket_is_breached_and_lands_in_the_mission_desks_work_inbox() throws Exception {
        long t = ticket(u.requesterMinusca, "EMAIL", 1, 1); // P1 on EMAIL: default 15 min / 4 h
        Instant earlier = Instant.now().minus(Duration.ofHours(6));
        jdbc.sql("UPDATE ict_ticket_event SET at = ? WHERE ticket_id = ?").params(earlier.atOffset(ZoneOffset.UTC), t).update();
        jdbc.sql("UPDATE ict_ticket SET opened_at = ?, resolution_due_at = ?, response_due_at = ? WHERE id = ?")
                .params(earlier.atOffset(ZoneOffset.UTC), earlier.plus(Duration.ofHours(4)).atOffset(ZoneOffset.UTC),
                        earlier.plus(Duration.ofMinutes(15)).atOffset(ZoneOffset.UTC), t).update();
        assertThat(desk.sweep(Instant.now())).isGreaterThanOrEqualTo(1);
        mvc.perform(get(API + "/tickets/" + t).with(user(u.deskMinusca)))
                .andExpect(jsonPath("$.ticket.resolutionBreached").value(true))
                .andExpect(jsonPath("$.ticket.responseBreached").value(true));
        assertThat(workItems.forRecord("ict.ticket", String.valueOf(t))).anySatisfy(w -> {
            assertThat(w.titleKey()).isEqualTo("ict.work.breach");
            assertThat(w.state().name()).isEqualTo("OPEN");
        });
        // resolving it closes the item
        post(u.deskMinusca, API + "/tickets/" + t + "/resolve", "{}").andExpect(status().isOk());
        assertThat(workItems.forRecord("ict.ticket", String.valueOf(t))).allSatisfy(w -> assertThat(w.state().name()).isEqualTo("CLOSED"));
    }

    @Test
    void changes_are_approved_by_headquarters_through_the_workflow_and_an_overlapping_window_is_refused() throws Exception {
        Instant start = Instant.parse("2027-02-10T18:00:00Z").plus(Duration.ofDays(Math.abs(u.suffix.hashCode() % 300)));
        String body = """
                {"missionCode": "MINUSCA", "serviceCode": "WIFI", "title": "AP swap %s", "risk": "MEDIUM",
                 "plannedStart": "%s", "plannedEnd": "%s"}""";
        post(u.requesterMinusca, API + "/changes", body.formatted(u.suffix, start, start.plus(Duration.ofHours(2))))
                .andExpect(status().isForbidden());
        post(u.deskMinusca, API + "/changes", body.formatted(u.suffix, start, start.minus(Duration.ofHours(2))).replace("MEDIUM", "HUGE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("risk")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("plannedEnd")));
        long a = id(post(u.deskMinusca, API + "/changes", body.formatted(u.suffix, start, start.plus(Duration.ofHours(2))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED")));
        long b = id(post(u.deskMinusca, API + "/changes", body.formatted(u.suffix + "b", start.plus(Duration.ofHours(1)),
                start.plus(Duration.ofHours(3)))).andExpect(status().isCreated()));
        post(u.deskMinusca, API + "/changes/" + a + "/approve", "{}").andExpect(status().isForbidden());
        // the role is not enough: approving needs a delegation of ICT_CHANGE_APPROVAL covering the change's mission
        post(u.hq, API + "/changes/" + a + "/approve", "{}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsStringIgnoringCase("delegation")));
        delegate(u.hq, "UNMISS");
        post(u.hq, API + "/changes/" + a + "/approve", "{}").andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/ict/desk/changes").param("month", YearMonth.from(start.atOffset(ZoneOffset.UTC)).toString())
                        .with(user(u.hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("disabled")));
        delegate(u.hq, "MINUSCA");
        post(u.hq, API + "/changes/" + a + "/approve", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(u.hq));
        post(u.hq, API + "/changes/" + b + "/approve", "{}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("ICT-MINUSCA-")));
        post(u.hq, API + "/changes/" + b + "/reject", "{}").andExpect(status().isBadRequest());
        post(u.hq, API + "/changes/" + b + "/reject", "{\"reason\": \"Clashes with " + a + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        post(u.deskMinusca, API + "/changes/" + a + "/implement", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPLEMENTED"));
        String month = YearMonth.from(start.atOffset(ZoneOffset.UTC)).toString();
        mvc.perform(get(API + "/changes").param("month", month).with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) a)));
        mvc.perform(get(API + "/changes").param("month", month).with(user(u.deskUnmiss))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) a))));
        mvc.perform(get("/ict/desk/changes").param("month", month).with(user(u.hq))).andExpect(status().isOk())
                .andExpect(content().string(containsString("AP swap " + u.suffix)));
    }

    @Test
    void the_service_level_report_of_a_mission_and_month_with_its_export() throws Exception {
        String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        mvc.perform(get(API + "/service-levels").param("mission", "MINUSCA").param("month", month).with(user(u.deskMinusca)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.tickets").value(greaterThan(10)))
                .andExpect(jsonPath("$.ruleSet").value("ICT-SLA-2026-v2"))
                .andExpect(jsonPath("$.lines[*].priority").value(hasItem("P3")));
        mvc.perform(get(API + "/service-levels").param("mission", "MINUSCA").param("month", month).with(user(u.deskUnmiss)))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/service-levels").param("mission", "MINUSCA").param("month", "2026-13").with(user(u.deskMinusca))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'month')].message").value(hasItem(containsString("Mois"))));
        mvc.perform(get(API + "/service-levels/export").param("mission", "MINUSCA").param("month", month).param("format", "csv")
                        .with(user(u.hq)))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("text/csv")))
                .andExpect(content().string(containsString("response_in_time_percent")));
        mvc.perform(get(API + "/service-levels/export").param("mission", "MINUSCA").param("month", month).param("format", "xlsx")
                        .with(user(u.hq))).andExpect(status().isOk());
        mvc.perform(get("/ict/desk/service-levels").param("mission", "MINUSCA").param("month", month).with(user(u.deskMinusca)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ICT-SLA-2026-v2")));
        mvc.perform(get("/ict/desk/service-levels").with(user(u.requesterMinusca))).andExpect(status().isForbidden());
    }

    @Test
    void the_desk_card_shows_open_incidents_by_priority_breaches_and_my_queue() throws Exception {
        long t = ticket(u.requesterMinusca, "VSAT", 1, 1);
        post(u.deskMinusca, API + "/tickets/" + t + "/respond", "{}").andExpect(status().isOk());
        String mine = jdbc.sql("SELECT reference FROM ict_ticket WHERE id = ?").param(t).query(String.class).single();
        mvc.perform(get("/ict/desk/card").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ict-card-P1\"")))
                .andExpect(content().string(containsString("1 ticket assigned to me")))
                .andExpect(content().string(containsString(mine)));
        // another mission's desk does not see MINUSCA's ticket in its queue or its counts
        mvc.perform(get("/ict/desk/card").with(user(u.deskUnmiss))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No ticket assigned to me")))
                .andExpect(content().string(not(containsString(mine))));
        // a requester holds no desk reading: no card, and the fragment is refused
        mvc.perform(get("/ict/desk/card").with(user(u.requesterMinusca))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(u.deskMinusca))).andExpect(status().isOk())
                .andExpect(content().string(containsString("card-ict-desk")));
        mvc.perform(get("/").with(user(u.requesterMinusca))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("card-ict-desk"))));
    }
}
