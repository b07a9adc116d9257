package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.fieldsupport.ict.infra.IctInfraCalls.id;
import static org.fieldsupport.ict.infra.IctInfraCalls.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import com.jayway.jsonpath.JsonPath;
import org.fieldsupport.ict.operations.IctInfraPermissions;
import org.fieldsupport.ict.standards.domain.Compliance;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Technology standards, compliance of catalogue services, exceptions through the workflow kit (9.2.a, 9.4.f). */
@IntegrationTest
class StandardsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    @Test
    void compliance_rules() {
        LocalDate d = LocalDate.of(2026, 12, 5);
        var versions = List.of(new Compliance.Version("DB", "16", LocalDate.of(2024, 1, 1), null),
                new Compliance.Version("DB", "13", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 11, 13)));
        assertThat(Compliance.of(new Compliance.Use("S", "DB", "16"), versions, List.of(), d)).isEqualTo(Compliance.Status.COMPLIANT);
        assertThat(Compliance.of(new Compliance.Use("S", "DB", "13"), versions, List.of(), d)).isEqualTo(Compliance.Status.SUNSET);
        assertThat(Compliance.of(new Compliance.Use("S", "DB", "9"), versions, List.of(), d)).isEqualTo(Compliance.Status.NOT_APPROVED);
        assertThat(Compliance.of(new Compliance.Use("S", "DB", "13"), versions, List.of(d), d)).isEqualTo(Compliance.Status.EXCEPTION);
        assertThat(Compliance.of(new Compliance.Use("S", "DB", "13"), versions, List.of(d.minusDays(1)), d)).isEqualTo(Compliance.Status.SUNSET);
    }

    @Test
    void a_mission_requests_an_exception_headquarters_decides_and_compliance_follows() throws Exception {
        String code = unique("STD");
        call.post(PLANNER, "/api/v1/ict/standards", "{\"code\": \"" + code + "\", \"name\": \"Test OS\", \"category\": \"PLATFORM\", "
                + "\"versionLabel\": \"1\", \"approvedOn\": \"2020-01-01\", \"sunsetOn\": \"2025-01-01\"}").andExpect(status().isCreated());
        call.post(PLANNER, "/api/v1/ict/standards", "{\"code\": \"" + code + "\", \"name\": \"Test OS\", \"category\": \"PLATFORM\", "
                + "\"versionLabel\": \"2\", \"approvedOn\": \"2024-01-01\"}").andExpect(status().isCreated());
        call.post(MINUSCA, "/api/v1/ict/standards", "{\"code\": \"X\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/standards/compliance", "{\"serviceCode\": \"MINUSCA-CAMPS\", \"standardCode\": \"" + code
                + "\", \"versionLabel\": \"1\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.standardCode == '" + code + "')].status", hasItem("SUNSET")));
        String until = LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString();
        call.post(UNMISS, "/api/v1/ict/standards/exceptions", "{\"missionCode\": \"MINUSCA\", \"standardCode\": \"" + code
                + "\", \"justification\": \"x\", \"validUntil\": \"" + until + "\"}").andExpect(status().isForbidden());
        long ex = id(call.post(MINUSCA, "/api/v1/ict/standards/exceptions", "{\"missionCode\": \"MINUSCA\", \"standardCode\": \"" + code
                + "\", \"serviceCode\": \"MINUSCA-CAMPS\", \"justification\": \"Moving to FSS next year\", \"validUntil\": \"" + until + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.reference", containsString("STX-MINUSCA-"))));
        call.get(UNMISS, "/api/v1/ict/standards/exceptions/" + ex).andExpect(status().isNotFound());
        call.post(MINUSCA, "/api/v1/ict/standards/exceptions/" + ex + "/decision", "{\"action\": \"approve\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/standards/exceptions/" + ex + "/decision", "{\"action\": \"reject\"}").andExpect(status().isBadRequest());
        call.post(PLANNER, "/api/v1/ict/standards/exceptions/" + ex + "/decision", "{\"action\": \"approve\", \"note\": \"Until FSS\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decisionNote").value("Until FSS"));
        call.post(PLANNER, "/api/v1/ict/standards/exceptions/" + ex + "/decision", "{\"action\": \"reject\", \"note\": \"no\"}")
                .andExpect(status().isUnprocessableContent());
        call.get(PLANNER, "/api/v1/ict/standards/compliance").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.standardCode == '" + code + "')].status", hasItem("EXCEPTION")));
        call.get(UNMISS, "/api/v1/ict/standards/exceptions").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))));
    }

    /** A headquarters planner of its own (the demo planner holds the demo delegation for every mission). */
    private String plannerWithoutDelegation() {
        String name = "ict.t.planner." + unique("P").toLowerCase();
        directory.ensureUser(name, name, name + "@fieldsupport.example", "en", name + "-Secret-1");
        directory.ensureRoleAssignment(name, IctInfraPermissions.ROLE_PLANNER, Scope.department());
        return name;
    }

    /** A delegation of ICT_STANDARDS_EXCEPTION for one mission, given and acknowledged as the organisation's admin. */
    private void delegate(String who, String mission) throws Exception {
        String created = call.post("delegation.admin", "/api/v1/organization/delegations", """
                {"authority": "ICT_STANDARDS_EXCEPTION", "delegatorKind": "POSITION", "delegator": "DFS-HEAD",
                 "delegateeKind": "PERSON", "delegatee": "%s", "limitAmount": 1000000, "limitCurrency": "USD",
                 "allMissions": false, "missions": ["%s"],
                 "validFrom": "%s", "validTo": "2099-12-31"}""".formatted(who, mission, LocalDate.now()))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        call.post("delegation.admin", "/api/v1/organization/delegations/" + id + "/acknowledge", "{}")
                .andExpect(status().is2xxSuccessful());
    }

    @Test
    void granting_an_exception_needs_a_delegation_covering_the_mission_rejecting_does_not() throws Exception {
        String planner = plannerWithoutDelegation();
        String until = LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString();
        String body = "{\"missionCode\": \"MINUSCA\", \"standardCode\": \"DB-POSTGRESQL\", \"justification\": \"Legacy GIS\", "
                + "\"validUntil\": \"" + until + "\"}";
        long a = id(call.post(MINUSCA, "/api/v1/ict/standards/exceptions", body).andExpect(status().isCreated()));
        long b = id(call.post(MINUSCA, "/api/v1/ict/standards/exceptions", body).andExpect(status().isCreated()));
        // the role is not enough: 422 naming the delegation, nothing changes; the screen shows the button disabled
        call.post(planner, "/api/v1/ict/standards/exceptions/" + a + "/decision", "{\"action\": \"approve\", \"note\": \"ok\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsStringIgnoringCase("delegation")));
        call.get(planner, "/api/v1/ict/standards/exceptions/" + a).andExpect(jsonPath("$.status").value("SUBMITTED"));
        call.page(planner, "/ict/standards/exceptions/" + a, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("disabled")));
        // rejecting keeps the standard: the permission is enough
        call.post(planner, "/api/v1/ict/standards/exceptions/" + b + "/decision", "{\"action\": \"reject\", \"note\": \"Use the standard\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        // a delegation for another mission does not cover MINUSCA; one for MINUSCA does
        delegate(planner, "UNMISS");
        call.post(planner, "/api/v1/ict/standards/exceptions/" + a + "/decision", "{\"action\": \"approve\", \"note\": \"ok\"}")
                .andExpect(status().isUnprocessableContent());
        delegate(planner, "MINUSCA");
        call.post(planner, "/api/v1/ict/standards/exceptions/" + a + "/decision", "{\"action\": \"approve\", \"note\": \"ok\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        call.page(planner, "/ict/standards/exceptions/" + a, "en").andExpect(status().isOk());
    }

    @Test
    void bad_input_names_the_fields_and_the_screens_show_standards_compliance_and_exceptions() throws Exception {
        call.post(PLANNER, "/api/v1/ict/standards", "{\"category\": \"HARDWARE\", \"approvedOn\": \"2025-01-01\", \"sunsetOn\": \"2024-01-01\"}",
                        "fr").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("code", "name", "category", "versionLabel", "sunsetOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sunsetOn')].message", hasItem(containsString("Date de fin de validité"))));
        call.post(MINUSCA, "/api/v1/ict/standards/exceptions", "{\"missionCode\": \"MINUSCA\", \"standardCode\": \"NOPE\", "
                        + "\"serviceCode\": \"NOPE\", \"validUntil\": \"2000-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("standardCode", "serviceCode", "justification", "validUntil")));
        call.page(CISO, "/ict/standards", "en").andExpect(status().isOk()).andExpect(content().string(containsString("PostgreSQL")));
        call.page(PLANNER, "/ict/standards/compliance", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Validité échue")));
        call.page(UNMISS, "/ict/standards/exceptions", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("STX-UNMISS")))
                .andExpect(content().string(not(containsString("STX-MINUSCA"))));
    }
}
