package org.fieldsupport.conduct.cases.internal;

import java.util.List;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.stereotype.Component;

/** Conduct and discipline screens sit in the department's area (the Conduct and Discipline Unit, OUSG). */
@Component
class ConductNavigation implements NavigationContributor, DashboardCardContributor {

    private final ConductAccess access;

    ConductNavigation(ConductAccess access) {
        this.access = access;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.cases", "/conduct/cases", ConductPermissions.CASE_READ, 60),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.discipline", "/conduct/discipline", ConductPermissions.CASE_READ, 61),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.reconciliation", "/conduct/reconciliation", ConductPermissions.RECONCILE, 62),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.statistics", "/conduct/statistics", null, 63),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.strategy", "/conduct/strategy", ConductPermissions.PREVENTION_READ, 64),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.policies", "/conduct/policies", ConductPermissions.PREVENTION_READ, 65),
                new NavigationItem(Areas.DEPARTMENT, "conduct.nav.readLog", "/conduct/read-log", ConductPermissions.READ_LOG_REVIEW, 66));
    }

    /**
     * The read log and the reconciliation list answer to need-to-know (conduct roles actually assigned), not to the
     * permission alone, which the department administrator holds by the platform's rule: the menu asks the same
     * question as the page, so the administrator is not offered what refuses them (decision record screens-s3).
     */
    @Override
    public boolean offers(NavigationItem item, String username) {
        return switch (item.path()) {
            case "/conduct/read-log" -> access.isHead(username);
            case "/conduct/reconciliation" -> access.isHeadquarters(username);
            default -> true;
        };
    }

    @Override
    public List<DashboardCard> dashboardCards() {
        return List.of(new DashboardCard("conduct-cases", "conduct.card.title", "/conduct/cases/card",
                ConductPermissions.CASE_READ, 70));
    }
}
