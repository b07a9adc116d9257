package org.fieldsupport.budget.shared.domain;

import org.fieldsupport.platform.api.BusinessRuleException;

/**
 * A refusal by a rule of the budget module, answered as a 422 problem detail whose {@code type} names the
 * refusal ({@code https://fieldsupport.org/problems/<type>}); the reason comes from {@code messageKey} in the
 * user's language.
 */
public class RuleRefusal extends BusinessRuleException {

    private final String type;

    public RuleRefusal(String type, String messageKey, Object... args) {
        super(messageKey, args);
        this.type = type;
    }

    /** The problem type's slug, e.g. {@code ceiling-exceeded}. */
    public String type() { return type; }

    @Override
    public String problemType() { return type; }

    @Override
    public String titleKey() { return "budget.problem." + type + ".title"; }
}
