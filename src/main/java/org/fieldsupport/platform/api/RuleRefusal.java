package org.fieldsupport.platform.api;

/**
 * A refusal by a module's rule with its own problem type, answered 422 by the platform's API exception handling with
 * {@code type = https://fieldsupport.org/problems/<type>}, {@code reason = <type>}, {@code code} = the message key and
 * the reason in the reader's language. The title is the generic business-rule title, or the module's own
 * ({@code <module>.problem.<type>.title}) when made with {@link #of(String, String, String, Object...)}.
 *
 * <pre>{@code
 * throw new RuleRefusal("stage-gate", "ictinfra.gate.benefit");                 // generic title
 * throw RuleRefusal.of("procurement", "ceiling-exceeded", "procurement.x", a);   // procurement.problem.ceiling-exceeded.title
 * }</pre>
 * One class for every module (before session 4 ict, procurement, budget and lsd each kept a copy of it).
 */
public class RuleRefusal extends BusinessRuleException {

    private final String type;
    private final String titleKey;

    public RuleRefusal(String type, String messageKey, Object... args) {
        this(type, null, messageKey, args);
    }

    private RuleRefusal(String type, String titleKey, String messageKey, Object[] args) {
        super(messageKey, args);
        this.type = type;
        this.titleKey = titleKey;
    }

    /** A refusal titled by the module's own key {@code <module>.problem.<type>.title}. */
    public static RuleRefusal of(String module, String type, String messageKey, Object... args) {
        return new RuleRefusal(type, module + ".problem." + type + ".title", messageKey, args);
    }

    /** The problem type's slug, e.g. {@code ceiling-exceeded}. */
    public String type() { return type; }

    @Override
    public String problemType() { return type; }

    @Override
    public String titleKey() { return titleKey; }
}
