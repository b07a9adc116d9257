package org.fieldsupport.claims.rules.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule sets the system knows, by id. A new edition is added here beside the old ones, never instead of them. */
public final class RuleSets {

    private final Map<String, RuleSet> byId = new LinkedHashMap<>();

    private RuleSets(Collection<? extends RuleSet> ruleSets) {
        for (RuleSet ruleSet : ruleSets) {
            if (byId.putIfAbsent(ruleSet.id(), ruleSet) != null) {
                throw new IllegalArgumentException("two rule sets with id " + ruleSet.id());
            }
        }
    }

    public static RuleSets of(Collection<? extends RuleSet> ruleSets) {
        return new RuleSets(ruleSets);
    }

    /** The editions shipped with the system. */
    public static RuleSets builtIn() {
        return new RuleSets(List.of(new CoeRuleSet2026v1()));
    }

    public Optional<RuleSet> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** @throws IllegalArgumentException for an unknown id */
    public RuleSet get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule set " + id));
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The newest edition (the last registered): the default for new calculations. */
    public RuleSet current() {
        return byId.values().stream().reduce((a, b) -> b).orElseThrow();
    }
}
