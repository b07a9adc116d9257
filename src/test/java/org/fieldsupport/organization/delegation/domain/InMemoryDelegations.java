package org.fieldsupport.organization.delegation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A register in memory for the policy tests, with helpers to grant and sub-delegate. */
final class InMemoryDelegations implements DelegationSource {

    static final GradeRanks RANKS = grade -> {
        List<String> order = List.of("G-5", "P-2", "P-3", "P-4", "P-5", "D-1", "D-2", "ASG", "USG");
        int i = order.indexOf(grade);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
    };

    private final Map<Long, Delegation> byId = new LinkedHashMap<>();
    private long next = 1;

    Delegation store(Delegation d) {
        Delegation stored = d.id() == null ? d.withId(next++) : d;
        byId.put(stored.id(), stored);
        return stored;
    }

    Delegation grant(DelegationTerms terms) {
        Decision<Delegation> decision = Delegation.grant(terms);
        return store(((Decision.Allowed<Delegation>) decision).value());
    }

    Decision<Delegation> subDelegate(Delegation parent, DelegationTerms terms) {
        Decision<Delegation> decision = Delegation.subDelegate(parent, terms, RANKS);
        if (decision instanceof Decision.Allowed<Delegation> a) {
            return Decision.allowed(store(a.value()));
        }
        return decision;
    }

    Delegation acknowledge(Delegation d, LocalDate on) {
        return store(((Decision.Allowed<Delegation>) d.acknowledge(on, "someone")).value());
    }

    Delegation replace(Decision<Delegation> changed) {
        return store(((Decision.Allowed<Delegation>) changed).value());
    }

    @Override
    public List<Delegation> heldBy(Collection<Party> holders, String authority) {
        return byId.values().stream()
                .filter(d -> d.authority().equals(authority) && holders.contains(d.delegatee())).toList();
    }

    @Override
    public Optional<Delegation> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    static DelegationTerms terms(String authority, Party from, Party to, String amount, String currency,
                                 String grade, MissionScope scope, LocalDate validFrom, LocalDate validTo,
                                 boolean maySub) {
        return new DelegationTerms(authority, from, to,
                new Limits(amount == null ? null : new BigDecimal(amount), currency, grade), scope,
                new Validity(validFrom, validTo), maySub);
    }

    static Set<Party> person(String username) {
        return Set.of(Party.person(username));
    }
}
