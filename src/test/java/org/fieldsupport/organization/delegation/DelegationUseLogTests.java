package org.fieldsupport.organization.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.internal.DelegationQueries;
import org.fieldsupport.organization.delegation.internal.DelegationRegister;
import org.fieldsupport.organization.delegation.internal.NewDelegation;
import org.fieldsupport.organization.structure.internal.StructureEditing;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every use of the register's check API is logged against the delegations involved. */
@IntegrationTest
class DelegationUseLogTests {

    @Autowired DelegationsOfAuthority delegations;
    @Autowired DelegationRegister register;
    @Autowired DelegationQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired StructureEditing people;

    @Test
    void a_use_is_logged_against_the_chain_and_a_refusal_against_the_delegation_examined() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String officer = DelegationTestPeople.newPerson(people, "certifier");
        LocalDate today = register.today();
        Delegation root = register.acknowledge(register.create(new NewDelegation("CLAIM_CERTIFICATION", "POSITION",
                "DFS-HEAD", "POSITION", "DFS-MCMS-HEAD", new BigDecimal("5000000"), "USD", null, true, Set.of(),
                today.minusDays(1), today.plusDays(100), true, null)).id());
        Delegation sub = register.acknowledge(register.create(new NewDelegation("CLAIM_CERTIFICATION", null, null,
                "PERSON", officer, new BigDecimal("1000000"), "USD", null, false, Set.of("MINUSCA"),
                today.minusDays(1), today.plusDays(50), false, root.id())).id());

        AuthorityDecision allowed = delegations.checkAndRecordUse(AuthorityCheck.forAmount(officer,
                "CLAIM_CERTIFICATION", "MINUSCA", new BigDecimal("12345.67"), "USD", null), "claim certification",
                "VR-" + suffix);
        AuthorityDecision refused = delegations.checkAndRecordUse(AuthorityCheck.forAmount(officer,
                "CLAIM_CERTIFICATION", "MINUSCA", new BigDecimal("2000000"), "USD", null), "claim certification",
                "VR-" + suffix + "-2");

        assertThat(allowed.allowed()).isTrue();
        assertThat(allowed.chain()).extracting(l -> l.id()).containsExactly(root.id(), sub.id());
        assertThat(refused).isInstanceOfSatisfying(AuthorityDecision.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo("ABOVE_LIMIT");
            assertThat(r.message()).contains("above the limit");
        });
        var subUses = queries.usesOf(sub.id(), 10);
        assertThat(subUses).hasSize(2);
        assertThat(subUses).anySatisfy(u -> {
            assertThat(u.allowed()).isTrue();
            assertThat(u.amount()).isEqualByComparingTo("12345.67");
            assertThat(u.reference()).isEqualTo("VR-" + suffix);
        });
        assertThat(subUses).anySatisfy(u -> {
            assertThat(u.allowed()).isFalse();
            assertThat(u.reason()).isEqualTo("ABOVE_LIMIT");
        });
        assertThat(queries.usesOf(root.id(), 10)).hasSize(1);
        // every change of the register is in the audit trail: creation and acknowledgement of each delegation
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'organization.delegation'"
                        + " AND entity_id = ?").param(String.valueOf(sub.id())).query(Long.class).single())
                .isEqualTo(2L);
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_use_recorded_inside_a_caller_transaction_that_audited_a_change_completes_and_survives_its_rollback() {
        String nobody = "caller." + UUID.randomUUID().toString().substring(0, 8);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            // the caller changes (and audits) something first, holding the audit chain ...
            register.create(new NewDelegation("PROPERTY_WRITE_OFF", "POSITION", "DFS-HEAD", "POSITION",
                    "DFS-SUPS-HEAD", new BigDecimal("1000"), "USD", null, true, Set.of(), register.today(), null,
                    false, null));
            // ... then asks for authority, and finally rolls back
            delegations.checkAndRecordUse(AuthorityCheck.forAmount(nobody, "PROPERTY_WRITE_OFF", null,
                    BigDecimal.ONE, "USD", null), "write-off", "WO-1");
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE person = ?").param(nobody)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void a_check_by_someone_without_delegation_is_logged_too() {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forAmount(nobody, "PROCUREMENT", "UNMISS",
                BigDecimal.TEN, "USD", null), "purchase order", "PO-1");

        assertThat(d).isInstanceOf(AuthorityDecision.Refused.class);
        assertThat(((AuthorityDecision.Refused) d).reason()).isEqualTo("NO_DELEGATION");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_delegation_use WHERE person = ? AND allowed = FALSE")
                .param(nobody).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void the_chief_of_the_claims_section_holds_the_demo_delegation_through_the_position() {
        // the demo incumbent of DFS-MCMS-HEAD, given by username and by index number
        AuthorityDecision byUsername = delegations.check(AuthorityCheck.forAmount("chief.mcms", "CLAIM_CERTIFICATION",
                "UNIFIL", new BigDecimal("4000000"), "USD", null));
        AuthorityDecision byIndex = delegations.check(AuthorityCheck.forAmount("8100852", "CLAIM_CERTIFICATION",
                "UNIFIL", new BigDecimal("4000000"), "USD", null));
        assertThat(byUsername.allowed()).isTrue();
        assertThat(byUsername.chain().get(0).delegatee()).isEqualTo("DFS-MCMS-HEAD");
        assertThat(byIndex.allowed()).isTrue();
    }

    @Test
    void the_demo_certifier_may_certify_for_minusca_within_one_million_dollars() {
        AuthorityDecision d = delegations.check(AuthorityCheck.forAmount("claims.certifier", "CLAIM_CERTIFICATION",
                "MINUSCA", new BigDecimal("900000"), "USD", null));
        assertThat(d.allowed()).isTrue();
        assertThat(delegations.check(AuthorityCheck.forAmount("claims.certifier", "CLAIM_CERTIFICATION",
                "MONUSCO", new BigDecimal("900000"), "USD", null)).allowed()).isFalse();
    }
}
