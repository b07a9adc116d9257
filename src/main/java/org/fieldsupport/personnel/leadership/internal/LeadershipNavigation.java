package org.fieldsupport.personnel.leadership.internal;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Senior leadership screens, in the Field Personnel Division's area. */
@Component
class LeadershipNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        String area = Areas.FIELD_PERSONNEL;
        return List.of(
                new NavigationItem(area, "leadership.nav.forecast", "/personnel/leadership/forecast", LeadershipPermissions.READ, 90),
                new NavigationItem(area, "leadership.nav.calls", "/personnel/leadership/calls", LeadershipPermissions.READ, 91),
                new NavigationItem(area, "leadership.nav.talent", "/personnel/leadership/talent", LeadershipPermissions.MANAGE, 92),
                new NavigationItem(area, "leadership.nav.outreach", "/personnel/leadership/outreach", LeadershipPermissions.MANAGE, 93),
                new NavigationItem(area, "leadership.nav.nominations", "/personnel/leadership/nominations", LeadershipPermissions.NOMINATE, 94));
    }
}
