package org.fieldsupport.organization.delegation.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.fieldsupport.organization.delegation.DelegationTestPeople;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.internal.DelegationRegister;
import org.fieldsupport.organization.delegation.internal.NewDelegation;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register's screens: list, detail, forms, check, alerts and the per-mission report, in both languages. */
@IntegrationTest
class DelegationScreensTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");

    @Autowired MockMvc mvc;
    @Autowired DelegationRegister register;
    @Autowired StructureEditing people;
    @Autowired org.fieldsupport.platform.security.UserDirectory directory;

    /** ?lang=fr is saved as the user's preferred language: give the shared demo user English back. */
    @org.junit.jupiter.api.AfterEach
    void back_to_english() {
        directory.savePreferredLanguage("admin", "en");
    }

    private Delegation acceptedChiefDelegation() {
        LocalDate today = register.today();
        return register.acknowledge(register.create(new NewDelegation("CLAIM_CERTIFICATION", "POSITION", "DFS-HEAD",
                "POSITION", "DFS-MCMS-HEAD", new BigDecimal("3000000"), "USD", null, false, Set.of("MINUSCA", "UNMISS"),
                today.minusDays(5), today.plusDays(200), true, null)).id());
    }

    @Test
    void the_register_lists_delegations_with_filters_in_english_and_french() throws Exception {
        mvc.perform(get("/organization/delegations").param("authority", "CLAIM_CERTIFICATION").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Delegations of authority"),
                        containsString("Claim certification"), containsString("<label for=\"f-holder\""))));
        mvc.perform(get("/organization/delegations").param("lang", "fr").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Délégations de pouvoir")));
    }

    @Test
    void the_detail_shows_the_chain_and_the_use_log() throws Exception {
        Delegation root = acceptedChiefDelegation();
        mvc.perform(get("/organization/delegations/{id}", root.id()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Delegation chain"), containsString("Use log"),
                        containsString("id=\"revoke\""), containsString("id=\"sub-delegate\""))));
    }

    @Test
    void a_sub_delegation_wider_than_its_parent_is_refused_on_the_field_concerned() throws Exception {
        Delegation root = acceptedChiefDelegation();
        String officer = DelegationTestPeople.newPerson(people, "screen");
        mvc.perform(get("/organization/delegations/new").param("parentId", root.id().toString()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sub-delegate")));

        mvc.perform(post("/organization/delegations").with(ADMIN).with(csrf())
                        .param("parentId", root.id().toString()).param("authority", "CLAIM_CERTIFICATION")
                        .param("delegateeKind", "PERSON").param("delegatee", officer)
                        .param("limitAmount", "3500000").param("limitCurrency", "USD")
                        .param("missions", "MINUSCA").param("_allMissions", "on").param("validFrom", register.today().toString())
                        .param("validTo", register.today().plusDays(100).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"limitAmount-error\""),
                        containsString("exceeds the limit of the parent delegation"))));

        mvc.perform(post("/organization/delegations").with(ADMIN).with(csrf())
                        .param("parentId", root.id().toString()).param("authority", "CLAIM_CERTIFICATION")
                        .param("delegateeKind", "PERSON").param("delegatee", officer)
                        .param("limitAmount", "1000000").param("limitCurrency", "USD")
                        .param("missions", "MINUSCA").param("_allMissions", "on").param("validFrom", register.today().toString())
                        .param("validTo", register.today().plusDays(100).toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organization/delegations/*"));
    }

    @Test
    void a_form_without_a_delegatee_shows_field_errors() throws Exception {
        mvc.perform(post("/organization/delegations").with(ADMIN).with(csrf())
                        .param("authority", "PROCUREMENT").param("delegatorKind", "POSITION").param("delegator", "DFS-HEAD")
                        .param("delegateeKind", "POSITION").param("delegatee", "")
                        .param("limitAmount", "10").param("limitCurrency", "USD").param("allMissions", "true")
                        .param("validFrom", register.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delegatee-error\"")));
    }

    @Test
    void revoking_from_the_detail_page_needs_a_reason_and_then_refuses_checks() throws Exception {
        Delegation root = acceptedChiefDelegation();
        mvc.perform(post("/organization/delegations/{id}/revoke", root.id()).with(ADMIN).with(csrf()).param("reason", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organization/delegations/{id}", root.id()).with(ADMIN))
                .andExpect(content().string(containsString("Active")));
        mvc.perform(post("/organization/delegations/{id}/revoke", root.id()).with(ADMIN).with(csrf())
                        .param("reason", "reassigned"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organization/delegations/{id}", root.id()).with(ADMIN))
                .andExpect(content().string(allOf(containsString("Revoked"), containsString("reassigned"))));
    }

    @Test
    void the_check_form_shows_the_decision_and_the_chain() throws Exception {
        mvc.perform(get("/organization/delegations/check").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(post("/organization/delegations/check").with(ADMIN).with(csrf())
                        .param("person", "claims.certifier").param("authority", "CLAIM_CERTIFICATION")
                        .param("mission", "MINUSCA").param("amount", "500000").param("currency", "USD")
                        .param("date", register.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Allowed"), containsString("delegation-chain"))));
        mvc.perform(post("/organization/delegations/check").with(ADMIN).with(csrf()).param("lang", "fr")
                        .param("person", "claims.certifier").param("authority", "CLAIM_CERTIFICATION")
                        .param("mission", "MINUSCA").param("amount", "1500000").param("currency", "USD")
                        .param("date", register.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Refusé"), containsString("ABOVE_LIMIT"),
                        containsString("dépasse le plafond"))));
    }

    @Test
    void expiring_delegations_are_listed_and_counted_on_the_dashboard_card() throws Exception {
        mvc.perform(get("/organization/delegations/expiring").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Budget redeployment")));
        mvc.perform(get("/organization/delegations/card").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("within 30 days"), not(containsString("<html")))));
    }

    @Test
    void the_per_mission_report_shows_who_holds_what_and_exports_csv() throws Exception {
        mvc.perform(get("/organization/delegations/by-mission").param("mission", "MINUSCA").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("claims.certifier"), containsString("DFS-MCMS-HEAD"))));
        mvc.perform(get("/organization/delegations/by-mission.csv").param("mission", "MINUSCA").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(allOf(containsString("delegation_id"), containsString("claims.certifier"))));
    }

    @Test
    void a_user_without_the_permission_cannot_record_delegations() throws Exception {
        mvc.perform(get("/organization/delegations/new").with(user("clerk")))
                .andExpect(status().isForbidden());
    }
}
