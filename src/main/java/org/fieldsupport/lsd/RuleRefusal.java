package org.fieldsupport.lsd;

import org.fieldsupport.platform.api.BusinessRuleException;

/** A refusal of a rule with its own problem type (e.g. {@code late-request}), answered 422. */
public class RuleRefusal extends BusinessRuleException {

    private final String type;

    public RuleRefusal(String type, String messageKey, Object... args) {
        super(messageKey, args);
        this.type = type;
    }

    public String type() { return type; }

    @Override
    public String problemType() { return type; }
}
