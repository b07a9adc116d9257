package org.fieldsupport.platform.web.shell;

import java.util.List;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The platform's own screens in the navigation. */
@Component
class PlatformNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "nav.home", "/", EVERY_USER, 0),
                new NavigationItem(Areas.DEPARTMENT, "nav.reference", "/reference", null, 900));
    }
}
