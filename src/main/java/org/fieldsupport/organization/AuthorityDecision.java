package org.fieldsupport.organization;

import java.util.List;

/**
 * The answer to an {@link AuthorityCheck}: {@link Allowed} with the delegation chain used (root
 * delegation first, the one held by the person last), or {@link Refused} with the reason.
 */
public sealed interface AuthorityDecision {

    boolean allowed();

    /** The delegation chain, root first; empty when refused. */
    List<DelegationLink> chain();

    /**
     * @param chain the delegations used, from the root (given by a position) down to the one the person holds
     */
    record Allowed(List<DelegationLink> chain) implements AuthorityDecision {
        public Allowed {
            chain = List.copyOf(chain);
        }

        @Override
        public boolean allowed() { return true; }
    }

    /**
     * @param reason     the reason code, e.g. {@code ABOVE_LIMIT}, {@code EXPIRED}, {@code NO_DELEGATION}
     * @param messageKey message key {@code org.delegation.refused.*} to show the reason in the user's language
     * @param args       the arguments of that message
     * @param message    the reason in English, for logs and callers without a locale
     */
    record Refused(String reason, String messageKey, List<Object> args, String message) implements AuthorityDecision {
        public Refused {
            args = List.copyOf(args);
        }

        @Override
        public boolean allowed() { return false; }

        @Override
        public List<DelegationLink> chain() { return List.of(); }
    }
}
