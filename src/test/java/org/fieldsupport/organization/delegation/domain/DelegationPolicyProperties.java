package org.fieldsupport.organization.delegation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldsupport.organization.delegation.domain.InMemoryDelegations.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the policy over generated delegations and checks. */
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

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Set<String>> missions = Arbitraries.of(MISSIONS).set().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(
                Combinators.combine(Arbitraries.longs().between(0, 2_000_000), Arbitraries.longs().between(0, 2_000_000),
                        missions, missions).as((a, b, c, d) -> new Object[] {a, b, c, d}),
                Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 400))
                        .as((a, b, c, d) -> new int[] {a, b, c, d}),
                Arbitraries.of(true, true, true, false), Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 4))
                .as((m, d, pa, ca, st) -> new Scenario((Long) m[0], (Long) m[1], (Set<String>) m[2], (Set<String>) m[3],
                        d[0], d[1], d[2], d[3], pa, ca, st));
    }

    @Provide
    Arbitrary<Check> checks() {
        return Combinators.combine(Arbitraries.of("MINUSCA", "UNMISS", "MONUSCO", "UNIFIL", "UNDOF"),
                Arbitraries.longs().between(0, 2_500_000), Arbitraries.of("USD", "USD", "USD", "EUR"),
                Arbitraries.integers().between(-10, 500)).as(Check::new);
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

    @Property(tries = 300)
    void raising_the_amount_never_turns_a_refusal_into_an_allowance(@ForAll("scenarios") Scenario s,
                                                                    @ForAll("checks") Check c,
                                                                    @ForAll @IntRange(min = 0, max = 1_000_000) int raise) {
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

    @Property(tries = 300)
    void a_sub_delegation_never_allows_what_its_parent_refuses(@ForAll("scenarios") Scenario s,
                                                              @ForAll("checks") Check c) {
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

    @Property(tries = 300)
    void an_accepted_sub_delegation_is_never_wider_than_its_parent(@ForAll("scenarios") Scenario s) {
        Built b = build(s);
        if (b.child() == null) {
            return;
        }
        assertThat(b.child().limits().amount()).isLessThanOrEqualTo(b.parent().limits().amount());
        assertThat(b.parent().missionScope().includes(b.child().missionScope())).isTrue();
        assertThat(b.parent().validity().includes(b.child().validity())).isTrue();
    }

    @Property(tries = 200)
    void an_allowance_always_comes_with_a_chain_from_a_position_down_to_a_holder(@ForAll("scenarios") Scenario s,
                                                                                @ForAll("checks") Check c) {
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
