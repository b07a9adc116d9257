package org.fieldsupport.frontoffice.office.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fieldsupport.organization.OrganizationStructure;
import org.fieldsupport.organization.UnitSummary;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The front office's permission names and the question "in which units may the signed-in user do that?":
 * {@link UnitReach#all()} when the user holds the permission department-wide, else the units of the unit
 * scopes they hold it in (each with its subtree).
 */
@Component
public class FrontOfficeAccess {

    public static final String CORRESPONDENCE_READ = "frontoffice.correspondence.read";
    public static final String CORRESPONDENCE_CONFIDENTIAL = "frontoffice.correspondence.confidential";
    public static final String CORRESPONDENCE_REGISTER = "frontoffice.correspondence.register";
    public static final String CORRESPONDENCE_DRAFT = "frontoffice.correspondence.draft";
    public static final String CORRESPONDENCE_CHECK = "frontoffice.correspondence.check";
    public static final String CORRESPONDENCE_SIGN = "frontoffice.correspondence.sign";
    public static final String TASKS_READ = "frontoffice.tasks.read";
    public static final String TASKS_ASSIGN = "frontoffice.tasks.assign";
    public static final String TASKS_CONTRIBUTE = "frontoffice.tasks.contribute";
    public static final String BRIEFINGS_READ = "frontoffice.briefings.read";
    public static final String BRIEFINGS_MANAGE = "frontoffice.briefings.manage";
    public static final String LIAISON_READ = "frontoffice.liaison.read";
    public static final String LIAISON_MANAGE = "frontoffice.liaison.manage";

    private final AccessPolicy policy;
    private final OrganizationStructure structure;

    FrontOfficeAccess(AccessPolicy policy, OrganizationStructure structure) {
        this.policy = policy;
        this.structure = structure;
    }

    /** Units where a permission reaches: all of them, or a set of unit codes (possibly empty). */
    public record UnitReach(boolean all, Set<String> units) {
        public boolean covers(String unitCode) {
            return all || (unitCode != null && units.contains(unitCode));
        }
        public boolean none() { return !all && units.isEmpty(); }
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public UnitReach reach(String permission) {
        String user = CurrentUser.username().orElse(null);
        if (user == null) {
            return new UnitReach(false, Set.of());
        }
        Set<String> units = new LinkedHashSet<>();
        for (Scope scope : policy.scopesOf(user, permission)) {
            if (scope.type() == Scope.ScopeType.DEPARTMENT) {
                return new UnitReach(true, Set.of());
            }
            if (scope.type() == Scope.ScopeType.UNIT) {
                structure.subtree(scope.key(), LocalDate.now()).stream().map(UnitSummary::code).forEach(units::add);
                units.add(scope.key());
            }
        }
        return new UnitReach(false, Set.copyOf(units));
    }

    /**
     * Whether {@code username} may open the front office's pages that need {@code permission}: held department-wide
     * or for a unit (what {@link #reach} counts; a mission scope reaches no unit's records). The menu and the
     * dashboard ask this, so nobody is offered a page that refuses them.
     */
    public boolean mayOpen(String username, String permission) {
        return policy.scopesOf(username, permission).stream()
                .anyMatch(s -> s.type() == Scope.ScopeType.DEPARTMENT || s.type() == Scope.ScopeType.UNIT);
    }

    public boolean mayAnywhere(String permission) {
        return !reach(permission).none();
    }

    public boolean mayDepartmentWide(String permission) {
        return policy.mayCurrentUser(permission, Scope.department());
    }

    public void requireDepartmentWide(String permission) {
        if (!mayDepartmentWide(permission)) {
            throw new AccessDeniedException(permission + " at DEPARTMENT scope required");
        }
    }

    public void requireAnywhere(String permission) {
        if (!mayAnywhere(permission)) {
            throw new AccessDeniedException(permission + " required");
        }
    }

    public void requireFor(String permission, String unitCode) {
        if (!reach(permission).covers(unitCode)) {
            throw new AccessDeniedException(permission + " for unit " + unitCode + " required");
        }
    }
}
