package org.fieldsupport.personnel.shared;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Personnel screens sit in the Field Personnel Division's area. */
@Component
class PersonnelNavigation implements NavigationContributor {

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
