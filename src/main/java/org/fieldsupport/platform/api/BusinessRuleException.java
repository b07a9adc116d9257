package org.fieldsupport.platform.api;

/**
 * An expected refusal of a business rule, answered as 422 problem details. {@code messageKey} is a
 * message-bundle key; {@code args} fill its placeholders, so the reason reaches the user in their
 * language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.clone(); }
}
