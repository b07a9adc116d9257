package org.fieldsupport.organization.structure.internal;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.PermissionContributor;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The organisation module's permissions and the one place its screens and API check them. Reading the
 * structure is open to every signed-in user; changes need the edit permissions in a scope that covers the
 * unit or mission changed. Decided by the platform's {@link AccessPolicy}; should none exist, the roles
 * of the authentication decide (ORGANIZATION_OFFICER, ADMINISTRATOR).
 */
@Component
public class OrganizationAccess implements PermissionContributor {

    public static final String STRUCTURE_READ = "organization.structure.read";
    public static final String STRUCTURE_EDIT = "organization.structure.edit";
    public static final String STRUCTURE_IMPORT = "organization.structure.import";
    public static final String MISSIONS_EDIT = "organization.missions.edit";
    public static final String ATTRIBUTIONS_EDIT = "organization.attributions.edit";
    public static final String ROLE_OFFICER = "ORGANIZATION_OFFICER";
    public static final String ROLE_VIEWER = "ORGANIZATION_VIEWER";

    private final ObjectProvider<AccessPolicy> accessPolicy;

    public OrganizationAccess(ObjectProvider<AccessPolicy> accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public String module() {
        return "organization";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(STRUCTURE_READ, "org.permission.structure.read"),
                new PermissionDefinition(STRUCTURE_EDIT, "org.permission.structure.edit"),
                new PermissionDefinition(STRUCTURE_IMPORT, "org.permission.structure.import"),
                new PermissionDefinition(MISSIONS_EDIT, "org.permission.missions.edit"),
                new PermissionDefinition(ATTRIBUTIONS_EDIT, "org.permission.attributions.edit"));
    }

    @Override
    public List<RoleDefinition> roles() {
        return List.of(
                new RoleDefinition(ROLE_OFFICER, "org.role.officer",
                        Set.of(STRUCTURE_READ, STRUCTURE_EDIT, STRUCTURE_IMPORT, MISSIONS_EDIT, ATTRIBUTIONS_EDIT)),
                new RoleDefinition(ROLE_VIEWER, "org.role.viewer", Set.of(STRUCTURE_READ)));
    }

    public boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean may(String permission, Scope scope) {
        if (STRUCTURE_READ.equals(permission)) return signedIn();
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy != null) return policy.mayCurrentUser(permission, scope);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_" + ROLE_OFFICER) || a.equals("ROLE_ADMINISTRATOR") || a.equals(permission));
    }

    /** Whether the user may use the permission somewhere (to show edit links and menu items). */
    public boolean mayAnywhere(String permission) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || STRUCTURE_READ.equals(permission)) return may(permission, Scope.department());
        return org.fieldsupport.platform.security.CurrentUser.username()
                .map(u -> !policy.scopesOf(u, permission).isEmpty()).orElse(false);
    }

    public void require(String permission, Scope scope) {
        if (!may(permission, scope)) throw new AccessDeniedException(permission + " required in " + scope);
    }

    /**
     * A change of a unit's parent moves the unit (and everything under it) from one scope to another: the editor
     * needs the structure-edit permission in the scope of both the old and the new parent (department for none).
     */
    public void requireMayChangeParent(String oldParent, String newParent) {
        String from = oldParent == null || oldParent.isBlank() ? null : oldParent.strip();
        String to = newParent == null || newParent.isBlank() ? null : newParent.strip();
        if (java.util.Objects.equals(from, to)) return;
        require(STRUCTURE_EDIT, from == null ? Scope.department() : Scope.unit(from));
        require(STRUCTURE_EDIT, to == null ? Scope.department() : Scope.unit(to));
    }

    /**
     * Staff names, e-mails and index numbers (persons, positions with their incumbents) are for the Secretariat's
     * staff only: a Member State portal user gets a 403 (issue 9 item 9).
     */
    public void requireStaff() {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        boolean staff = policy == null ? signedIn() : policy.currentUserIsStaff();
        if (!staff) throw new AccessDeniedException("staff information is for the Secretariat's staff");
    }
}
