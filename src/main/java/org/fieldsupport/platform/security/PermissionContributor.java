package org.fieldsupport.platform.security;

import java.util.List;
import java.util.Set;

/**
 * How a module declares its permissions and the roles that bundle them. Each module registers one
 * bean; the platform loads them into the permission catalogue at start-up, and the admin pages
 * offer the roles for assignment. Names are dotted: {@code <module>.<thing>.<verb>}.
 * Labels are message keys resolved in the user's language.
 */
public interface PermissionContributor {

    String module();

    List<PermissionDefinition> permissions();

    List<RoleDefinition> roles();

    record PermissionDefinition(String name, String labelKey) { }

    record RoleDefinition(String name, String labelKey, Set<String> permissions) { }
}
