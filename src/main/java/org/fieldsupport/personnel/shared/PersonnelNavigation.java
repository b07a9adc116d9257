package org.fieldsupport.personnel.shared;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Personnel screens sit in the Field Personnel Division's area. */
@Component
class PersonnelNavigation implements NavigationContributor {

    private final org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.security.AccessPolicy> policy;

    PersonnelNavigation(org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.security.AccessPolicy> policy) {
        this.policy = policy;
    }

    /**
     * Personnel's pages answer a permission held department-wide or for a mission ({@link PersonnelAccess#missions}):
     * held for a unit only, the menu's "some scope" would offer a page that refuses (issue 12.4).
     */
    @Override
    public boolean offers(NavigationItem item, String username) {
        var access = policy.getIfAvailable();
        return item.permission() == null || access == null || access.scopesOf(username, item.permission()).stream()
                .anyMatch(s -> s.type() == org.fieldsupport.platform.security.Scope.ScopeType.DEPARTMENT
                        || s.type() == org.fieldsupport.platform.security.Scope.ScopeType.MISSION);
    }

    @Override
    public List<NavigationItem> navigationItems() {
        String area = Areas.FIELD_PERSONNEL;
        return List.of(
                new NavigationItem(area, "personnel.nav.posts", "/personnel/posts", PersonnelPermissions.POSTS_READ, 10),
                new NavigationItem(area, "personnel.nav.requests", "/personnel/post-requests", PersonnelPermissions.POSTS_READ, 20),
                new NavigationItem(area, "personnel.nav.structures", "/personnel/structures", PersonnelPermissions.POSTS_MANAGE, 25),
                new NavigationItem(area, "personnel.nav.staff", "/personnel/staff", PersonnelPermissions.STAFF_READ, 30),
                new NavigationItem(area, "personnel.nav.reminders", "/personnel/reminders", PersonnelPermissions.STAFF_READ, 35),
                new NavigationItem(area, "personnel.nav.rr", "/personnel/rr", PersonnelPermissions.STAFF_READ, 40),
                new NavigationItem(area, "personnel.nav.indicators", "/personnel/indicators", PersonnelPermissions.HRDATA_READ, 50),
                new NavigationItem(area, "personnel.nav.qa", "/personnel/self-assessments", PersonnelPermissions.QA_MANAGE, 60),
                // every signed-in user: guidance is published to mission staff; "my record" for staff members
                new NavigationItem(area, "personnel.nav.guidance", "/personnel/guidance", null, 70),
                new NavigationItem(area, "personnel.nav.me", "/personnel/me", null, 80));
    }
}
