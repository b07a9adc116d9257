package org.fieldsupport.organization.delegation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.fieldsupport.organization.delegation.domain.InMemoryDelegations.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Properties of the policy over generated delegations and checks (QuickTheories). */
class DelegationPolicyProperties {

    static final String CC = "CLAIM_CERTIFICATION";
    static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    static final List<String> MISSIONS = List.of("MINUSCA", "UNMISS", "MONUSCO", "UNIFIL");
    static final Party USG = Party.position("DFS-HEAD");
    static final Party CHIEF = Party.position("DFS-MCMS-HEAD");
    static final Party OFFICER = Party.person("officer");

    record Scenario(long parentLimit, long childLimit, Set<String> parentMissions, Set<String> childMissions,
                    int parentFrom, int parentDays, int childFrom, int childDays, boolean parentAcknowledged,
                    boolean childAcknowledged, int parentState) { }

    record Check(String mission, long amount, String currency, int day) { }

    static Gen<Set<String>> missions() {
        return SourceDSL.lists().of(Generate.pick(MISSIONS)).ofSizeBetween(1, 4)
                .map(list -> (Set<String>) new LinkedHashSet<>(list));
    }

    static Gen<Scenario> scenarios() {
        record Limits(long parent, long child, Set<String> parentMissions, Set<String> childMissions) { }
        record Days(int parentFrom, int parentDays, int childFrom, int childDays) { }
        Gen<Boolean> mostlyTrue = Generate.pick(List.of(true, true, true, false));
        Gen<Limits> limits = Generate.longRange(0, 2_000_000).zip(Generate.longRange(0, 2_000_000), missions(),
                missions(), Limits::new);
        Gen<Days> days = Generate.range(0, 100).zip(Generate.range(0, 400), Generate.range(0, 200),
                Generate.range(0, 400), Days::new);
        return limits.zip(days, mostlyTrue, mostlyTrue, Generate.range(0, 4), (m, d, pa, ca, st) -> new Scenario(
                m.parent(), m.child(), m.parentMissions(), m.childMissions(), d.parentFrom(), d.parentDays(),
                d.childFrom(), d.childDays(), pa, ca, st));
    }

    static Gen<Check> checks() {
        return Generate.pick(List.of("MINUSCA", "UNMISS", "MONUSCO", "UNIFIL", "UNDOF"))
                .zip(Generate.longRange(0, 2_500_000), Generate.pick(List.of("USD", "USD", "USD", "EUR")),
                        Generate.range(-10, 500), Check::new);
    }

    private AuthorityQuery query(Check c, long amount) {
        return new AuthorityQuery(CC, c.mission(), BigDecimal.valueOf(amount), c.currency(), null,
                BASE.plusDays(c.day()));
    }

    /** The register of a scenario; the child may be refused at creation (then absent). */
    private record Built(InMemoryDelegations register, Delegation parent, Delegation child) { }

    private Built build(Scenario s) {
        InMemoryDelegations register = new InMemoryDelegations();
        Delegation parent = register.grant(terms(CC, USG, CHIEF, String.valueOf(s.parentLimit()), "USD", null,
                MissionScope.of(s.parentMissions()), BASE.plusDays(s.parentFrom()),
                BASE.plusDays(s.parentFrom() + s.parentDays()), true));
        if (s.parentAcknowledged()) {
            parent = register.acknowledge(parent, BASE.plusDays(s.parentFrom()));
        }
        Decision<Delegation> sub = register.subDelegate(parent, terms(CC, CHIEF, OFFICER,
                String.valueOf(s.childLimit()), "USD", null, MissionScope.of(s.childMissions()),
                BASE.plusDays(s.childFrom()), BASE.plusDays(s.childFrom() + s.childDays()), false));
        Delegation child = null;
        if (sub instanceof Decision.Allowed<Delegation> a) {
            child = s.childAcknowledged() ? register.acknowledge(a.value(), BASE.plusDays(s.childFrom())) : a.value();
        }
        switch (s.parentState()) {
            case 1 -> parent = register.replace(parent.suspend("x", BASE));
            case 2 -> parent = register.replace(parent.revoke("x", BASE));
            default -> { }
        }
        return new Built(register, parent, child);
    }

    @Test
    void raising_the_amount_never_turns_a_refusal_into_an_allowance() {
        qt().withExamples(300).forAll(scenarios(), checks(), Generate.range(0, 1_000_000))
                .checkAssert(this::raisingTheAmountNeverTurnsARefusalIntoAnAllowance);
    }

    private void raisingTheAmountNeverTurnsARefusalIntoAnAllowance(Scenario s, Check c, int raise) {
        Built b = build(s);
        DelegationPolicy policy = new DelegationPolicy(InMemoryDelegations.RANKS);
        for (Set<Party> holders : List.of(Set.of(OFFICER), Set.of(CHIEF), Set.of(OFFICER, CHIEF))) {
            boolean before = policy.decide(query(c, c.amount()), holders, b.register()).isAllowed();
            boolean after = policy.decide(query(c, c.amount() + raise), holders, b.register()).isAllowed();
            if (!before) {
                assertThat(after).as("refused at %s, allowed at %s", c.amount(), c.amount() + raise).isFalse();
            }
        }
    }

    @Test
    void a_sub_delegation_never_allows_what_its_parent_refuses() {
        qt().withExamples(300).forAll(scenarios(), checks()).checkAssert(this::aSubDelegationNeverAllowsWhatItsParentRefuses);
    }

    private void aSubDelegationNeverAllowsWhatItsParentRefuses(Scenario s, Check c) {
        Built b = build(s);
        if (b.child() == null) {
            return;
        }
        DelegationPolicy policy = new DelegationPolicy(InMemoryDelegations.RANKS);
        AuthorityQuery q = query(c, c.amount());
        if (!policy.decideFor(b.parent(), q, b.register()).isAllowed()) {
            assertThat(policy.decide(q, Set.of(OFFICER), b.register()).isAllowed()).isFalse();
        }
    }

    @Test
    void an_accepted_sub_delegation_is_never_wider_than_its_parent() {
        qt().withExamples(300).forAll(scenarios()).checkAssert(this::anAcceptedSubDelegationIsNeverWiderThanItsParent);
    }

    private void anAcceptedSubDelegationIsNeverWiderThanItsParent(Scenario s) {
        Built b = build(s);
        if (b.child() == null) {
            return;
        }
        assertThat(b.child().limits().amount()).isLessThanOrEqualTo(b.parent().limits().amount());
        assertThat(b.parent().missionScope().includes(b.child().missionScope())).isTrue();
        assertThat(b.parent().validity().includes(b.child().validity())).isTrue();
    }

    @Test
    void an_allowance_always_comes_with_a_chain_from_a_position_down_to_a_holder() {
        qt().withExamples(200).forAll(scenarios(), checks())
                .checkAssert(this::anAllowanceAlwaysComesWithAChainFromAPositionDownToAHolder);
    }

    private void anAllowanceAlwaysComesWithAChainFromAPositionDownToAHolder(Scenario s, Check c) {
        Built b = build(s);
        var decision = new DelegationPolicy(InMemoryDelegations.RANKS).decide(query(c, c.amount()), Set.of(OFFICER),
                b.register());
        if (decision instanceof Decision.Allowed<List<Delegation>> allowed) {
            List<Delegation> chain = allowed.value();
            assertThat(chain.get(0).delegator().isPosition()).isTrue();
            assertThat(chain.get(chain.size() - 1).delegatee()).isEqualTo(OFFICER);
            for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i).parentId()).isEqualTo(chain.get(i - 1).id());
            }
        }
    }
}
