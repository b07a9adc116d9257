package org.fieldsupport.platform.audit.web;

import java.util.List;
import org.fieldsupport.platform.audit.internal.AuditAccess;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** The audit viewer in the administration area, for holders of platform.audit.read. */
@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.ADMINISTRATION, "nav.audit", "/audit", AuditAccess.AUDIT_READ, 50));
    }
}
