package org.fieldsupport.platform.security.internal;

import java.util.List;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The identity and access screens in the shell's navigation (area "admin"). */
@Component
class SecurityNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.ADMINISTRATION, "security.nav.users", "/admin/users",
                        PlatformPermissions.USERS_MANAGE, 10),
                new NavigationItem(Areas.ADMINISTRATION, "security.nav.roleAssignments", "/admin/role-assignments",
                        PlatformPermissions.ROLES_ASSIGN, 20),
                new NavigationItem(Areas.ADMINISTRATION, "security.nav.profile", "/account/profile", EVERY_USER, 80),
                new NavigationItem(Areas.ADMINISTRATION, "security.nav.tokens", "/account/tokens", EVERY_USER, 90));
    }
}
