package org.fieldsupport.platform.workflow;

import java.util.List;

/**
 * The delegation-of-authority check as the workflow kit asks it. The platform cannot depend on the
 * organisation module (which depends on the platform), so the organisation implements this interface with its
 * register ({@code DelegationsOfAuthority}); the kit finds the bean. Without one, a transition that declares an
 * authority requirement is refused (never silently allowed).
 */
public interface AuthorityGate {

    /** Answers without leaving a trace (screens: which buttons to show, and why not). */
    Verdict check(String username, String authorityType, AuthorityRequirement.Subject subject);

    /** Answers and logs the use (or the refusal) against the delegations involved, for {@code purpose}/{@code reference}. */
    Verdict checkAndRecordUse(String username, String authorityType, AuthorityRequirement.Subject subject,
                              String purpose, String reference);

    /**
     * @param delegationId the delegation the person holds and used (the last of the chain); null when refused
     * @param chain        the chain used, root first, e.g. {@code "12>15"}; null when refused
     * @param messageKey   the refusal reason's message key (e.g. {@code org.delegation.refused.ABOVE_LIMIT})
     */
    record Verdict(boolean allowed, Long delegationId, String chain, String messageKey, List<Object> args) {

        public Verdict {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Verdict allowed(Long delegationId, String chain) {
            return new Verdict(true, delegationId, chain, null, List.of());
        }

        public static Verdict refused(String messageKey, List<Object> args) {
            return new Verdict(false, null, null, messageKey, args);
        }
    }
}
