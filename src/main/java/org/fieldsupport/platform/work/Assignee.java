package org.fieldsupport.platform.work;

import java.util.Objects;
import org.fieldsupport.platform.security.Scope;

/**
 * Who must act on a work item: one user ({@link #user}); everyone holding a role within a scope
 * ({@link #role}, e.g. the COE reviewers of MINUSCA: {@code role("CLAIMS_REVIEWER", Scope.mission("MINUSCA"))},
 * seen by holders of the role in a scope that covers it); or a unit ({@link #unit}: everyone holding a role
 * assigned in that unit's scope).
 */
public record Assignee(Kind kind, String name, Scope scope) {

    public enum Kind { USER, ROLE, UNIT }

    public Assignee {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an assignee needs a name");
        }
        if (kind == Kind.ROLE) {
            Objects.requireNonNull(scope, "a role assignee needs a scope");
        } else {
            scope = kind == Kind.UNIT ? Scope.unit(name) : null;
        }
    }

    public static Assignee user(String username) { return new Assignee(Kind.USER, username, null); }

    public static Assignee role(String role, Scope scope) { return new Assignee(Kind.ROLE, role, scope); }

    public static Assignee unit(String unitCode) { return new Assignee(Kind.UNIT, unitCode, null); }
}
