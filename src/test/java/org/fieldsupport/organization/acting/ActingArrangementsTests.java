package org.fieldsupport.organization.acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.fieldsupport.organization.ActingOfficers;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.UnitKind;
import org.fieldsupport.organization.acting.domain.ActingRules;
import org.fieldsupport.organization.delegation.DelegationTestPeople;
import org.fieldsupport.organization.delegation.internal.DelegationRegister;
import org.fieldsupport.organization.delegation.internal.NewDelegation;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 5.2.c: an officer-in-charge for a position for a period, shown on the position and the org chart; during the
 * period the acting officer passes the delegation check with the absent holder's delegations, and the use log
 * records for whom they acted.
 */
@IntegrationTest
@WithMockUser(username = "org.officer", roles = "ORGANIZATION_OFFICER")
class ActingArrangementsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory directory;
    @Autowired StructureEditing editing;
    @Autowired DelegationRegister register;
    @Autowired DelegationsOfAuthority delegations;
    @Autowired ActingOfficers actingOfficers;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void an_organisation_officer_exists() {
        org.fieldsupport.support.StaffReaders.ensure(directory, "lsd.reader");
        directory.ensureUser("org.officer", "Organisation Officer (test)", null, "en", "org.officer-test");
        directory.ensureRoleAssignment("org.officer", "ORGANIZATION_OFFICER", Scope.department());
    }

    /** A new unit under LSD with a head position held by a new person; returns {unit, position, holder}. */
    private String[] unitWithHolder() {
        String unit = "DFS-AC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2020, 1, 1);
        editing.createUnit(new StructureEditing.UnitForm(unit, UnitKind.UNIT, "Groupe " + unit, "Unit " + unit, "DFS-LSD",
                null, from, null, null));
        String position = unit + "-HEAD";
        editing.createPosition(new StructureEditing.PositionForm(position, unit, null, "Chef", "Chief", "P-5", true,
                "DFS-LSD-HEAD", from, null, null));
        String holder = DelegationTestPeople.newPerson(editing, "holder");
        long holderId = jdbc.sql("SELECT id FROM org_person WHERE username = :u").param("u", holder).query(Long.class).single();
        editing.assignIncumbent(position, holderId, from);
        return new String[] {unit, position, holder};
    }

    private org.springframework.test.web.servlet.ResultActions arrange(String position, String person, LocalDate from,
                                                                        LocalDate to) throws Exception {
        return mvc.perform(post("/api/v1/organization/acting-arrangements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"positionCode":"%s","actingPerson":"%s","validFrom":"%s","validTo":"%s","reason":"leave"}"""
                        .formatted(position, person, from, to)));
    }

    @Test
    void the_acting_officer_passes_the_check_with_the_holders_delegations_and_the_use_says_for_whom() throws Exception {
        String[] u = unitWithHolder();
        String position = u[1];
        String holder = u[2];
        String oic = DelegationTestPeople.newPerson(editing, "oic");
        LocalDate today = register.today();
        register.acknowledge(register.create(new NewDelegation("PROCUREMENT", "POSITION", "DFS-HEAD", "POSITION", position,
                new BigDecimal("100000"), "USD", null, true, Set.of(), today.minusDays(5), today.plusDays(200), false, null)).id());
        AuthorityCheck check = AuthorityCheck.forAmount(oic, "PROCUREMENT", "UNMISS", new BigDecimal("5000"), "USD", null);
        assertThat(delegations.check(check).allowed()).as("before the arrangement").isFalse();

        arrange(position, oic, today.minusDays(1), today.plusDays(10))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.holder.username").value(holder))
                .andExpect(jsonPath("$.actingOfficer.username").value(oic));

        String reference = "PO-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(delegations.checkAndRecordUse(check, "purchase order", reference).allowed()).isTrue();
        String actingFor = jdbc.sql("SELECT acting_for FROM org_delegation_use WHERE reference = :r").param("r", reference)
                .query(String.class).single();
        assertThat(actingFor).contains(position).contains("Test holder");
        // after the period, the holder's delegations are the holder's again
        assertThat(delegations.check(AuthorityCheck.forAmount(oic, "PROCUREMENT", "UNMISS", new BigDecimal("5000"), "USD",
                today.plusDays(11))).allowed()).isFalse();
        // other modules route the position's work to the acting officer
        assertThat(actingOfficers.actingFor(position, today)).hasValueSatisfying(a ->
                assertThat(a.actingOfficer().username()).isEqualTo(oic));

        // shown on the position (its unit's page) and on the org chart
        mvc.perform(get("/organization/units/" + u[0])).andExpect(status().isOk())
                .andExpect(content().string(containsString("officer-in-charge: Test oic")));
        mvc.perform(get("/organization/chart").param("root", "DFS-LSD")).andExpect(status().isOk())
                .andExpect(content().string(containsString("OIC: Test oic")));
        mvc.perform(get("/organization/acting-arrangements")).andExpect(status().isOk())
                .andExpect(content().string(containsString(position)));
    }

    @Test
    void overlaps_self_acting_bad_input_and_unknown_positions_are_refused() throws Exception {
        String[] u = unitWithHolder();
        String oic = DelegationTestPeople.newPerson(editing, "oic");
        LocalDate from = LocalDate.now().plusDays(30);
        arrange(u[1], oic, from, from.plusDays(10)).andExpect(status().isCreated());
        arrange(u[1], DelegationTestPeople.newPerson(editing, "other"), from.plusDays(5), from.plusDays(20))
                .andExpect(status().isConflict());
        arrange(u[1], u[2], from.plusDays(40), from.plusDays(50))
                .andExpect(status().isUnprocessableEntity());
        arrange(u[1], oic, from.plusDays(60), from.plusDays(50))
                .andExpect(status().isUnprocessableEntity());
        arrange(u[1], oic, from.plusDays(60), from.plusDays(600))
                .andExpect(status().isUnprocessableEntity());
        arrange("NO-SUCH-POSITION", oic, from, from.plusDays(3))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/organization/acting-arrangements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"positionCode\":\"" + u[1] + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("actingPerson")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
    }

    @Test
    void a_cancelled_arrangement_no_longer_acts() throws Exception {
        String[] u = unitWithHolder();
        String oic = DelegationTestPeople.newPerson(editing, "oic");
        LocalDate today = LocalDate.now();
        String body = arrange(u[1], oic, today, today.plusDays(3)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        int id = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/organization/acting-arrangements/" + id + "/cancel").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cancelled").value(true));
        assertThat(actingOfficers.actingFor(u[1], today)).isEmpty();
        mvc.perform(post("/api/v1/organization/acting-arrangements/" + id + "/cancel").with(csrf()))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    @WithMockUser(username = "lsd.reader")
    void a_reader_cannot_name_an_officer_in_charge() throws Exception {
        arrange("DFS-HEAD", "asg.dfs", LocalDate.now(), LocalDate.now().plusDays(2)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organization/acting-arrangements")).andExpect(status().isOk());
    }

    @Test
    void the_screen_names_an_officer_in_charge_and_explains_a_refusal() throws Exception {
        String[] u = unitWithHolder();
        String oic = DelegationTestPeople.newPerson(editing, "oic");
        LocalDate from = LocalDate.now().plusDays(100);
        mvc.perform(post("/organization/acting-arrangements").with(csrf()).param("positionCode", u[1])
                        .param("actingPerson", oic).param("validFrom", from.toString())
                        .param("validTo", from.plusDays(5).toString()))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(post("/organization/acting-arrangements").with(csrf()).param("positionCode", u[1])
                        .param("actingPerson", u[2]).param("validFrom", from.plusDays(10).toString())
                        .param("validTo", from.plusDays(12).toString()))
                .andExpect(flash().attribute("error", containsString("cannot act for themselves")));
        mvc.perform(get("/organization/acting-arrangements").param("position", u[1])
                        .sessionAttr("org.fieldsupport.platform.i18n.internal.PlatformLocaleResolver.locale", "fr"))
                .andExpect(content().string(containsString("Intérims")))
                .andExpect(content().string(containsString("Test oic")));
    }

    @Test
    void the_rules_of_an_acting_period() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        ActingRules.Period p = new ActingRules.Period(d, d.plusDays(9));
        assertThat(ActingRules.check(p, 1, 2L, java.util.List.of())).isEmpty();
        assertThat(ActingRules.check(p, 1, null, java.util.List.of())).isEmpty();
        assertThat(ActingRules.check(p, 2, 2L, java.util.List.of())).contains(ActingRules.Refusal.ACTING_FOR_ONESELF);
        assertThat(ActingRules.check(p, 1, 2L, java.util.List.of(new ActingRules.Period(d.plusDays(9), d.plusDays(20)))))
                .contains(ActingRules.Refusal.OVERLAPS);
        assertThat(ActingRules.check(p, 1, 2L, java.util.List.of(new ActingRules.Period(d.plusDays(10), d.plusDays(20)))))
                .isEmpty();
        assertThat(ActingRules.check(new ActingRules.Period(d, d.minusDays(1)), 1, 2L, java.util.List.of()))
                .contains(ActingRules.Refusal.END_BEFORE_START);
    }
}
