package org.fieldsupport.platform.api;

/**
 * An expected refusal of a business rule, answered as 422 problem details. {@code messageKey} is a
 * message-bundle key; {@code args} fill its placeholders, so the reason reaches the user in their
 * language.
 *
 * <p>A refusal may name its own problem type: {@link #problemType()} is a slug (e.g. {@code late-request}); the
 * platform's API exception handling then answers with {@code type = https://fieldsupport.org/problems/<slug>}, the
 * title of {@link #titleKey()} (default {@code problem.business-rule.title}), {@code code} = the message key and
 * {@code reason} = the slug. Modules subclass this (their {@code RuleRefusal}) or use {@link #typed}; no module
 * needs an exception handler of its own for it.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String problemType;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args, true);
    }

    private BusinessRuleException(String problemType, String messageKey, Object[] args, boolean marker) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args;
        this.problemType = problemType;
    }

    /** A refusal with its own problem type {@code slug}. */
    public static BusinessRuleException typed(String slug, String messageKey, Object... args) {
        return new BusinessRuleException(slug, messageKey, args, true);
    }

    public String messageKey() { return messageKey; }

    public Object[] args() { return args.clone(); }

    /** The problem type's slug, or {@code null} for the generic {@code business-rule} type. */
    public String problemType() { return problemType; }

    /** The bundle key of the problem's title, or {@code null} for {@code problem.business-rule.title}. */
    public String titleKey() { return null; }
}
