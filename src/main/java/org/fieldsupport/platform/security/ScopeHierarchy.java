package org.fieldsupport.platform.security;

/**
 * Answers whether a granted scope covers a requested one beyond plain equality (a unit covers its
 * subtree). The organisation module implements it; the platform only knows that the department
 * covers everything.
 */
public interface ScopeHierarchy {

    /** @return true when {@code granted} includes {@code requested}. */
    boolean covers(Scope granted, Scope requested);

    /**
     * Whether {@code granted} can cover scopes other than itself through this hierarchy (so a list may be narrowed
     * to the granted scope itself in SQL when no hierarchy says so). Default: yes, to be safe.
     */
    default boolean extendsBeyondItself(Scope granted) {
        return true;
    }
}
