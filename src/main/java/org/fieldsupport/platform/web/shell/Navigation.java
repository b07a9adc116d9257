package org.fieldsupport.platform.web.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.web.DashboardCardContributor;
import org.fieldsupport.platform.web.DashboardCardContributor.DashboardCard;
import org.fieldsupport.platform.web.NavigationContributor;
import org.fieldsupport.platform.web.NavigationContributor.Areas;
import org.fieldsupport.platform.web.NavigationContributor.NavigationItem;
import org.fieldsupport.platform.web.shell.ShellView.NavigationArea;
import org.fieldsupport.platform.web.shell.ShellView.NavigationLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the navigation and the dashboard a user may see from the modules' contributors: items are
 * grouped by department area in the organisation chart's order, and an item with a permission is
 * shown only to users holding it in some scope. Without an {@link AccessPolicy} bean everything shows.
 */
@Component
class Navigation {

    /** The organisation chart's order; areas not listed here follow, alphabetically. */
    static final List<String> AREA_ORDER = List.of(Areas.DEPARTMENT, Areas.FIELD_BUDGET_FINANCE,
            Areas.FIELD_PERSONNEL, Areas.LOGISTICS, Areas.ICT, Areas.ADMINISTRATION);

    private final ObjectProvider<NavigationContributor> navigationContributors;
    private final ObjectProvider<DashboardCardContributor> cardContributors;
    private final ObjectProvider<AccessPolicy> accessPolicy;

    Navigation(ObjectProvider<NavigationContributor> navigationContributors,
               ObjectProvider<DashboardCardContributor> cardContributors,
               ObjectProvider<AccessPolicy> accessPolicy) {
        this.navigationContributors = navigationContributors;
        this.cardContributors = cardContributors;
        this.accessPolicy = accessPolicy;
    }

    List<NavigationArea> areasFor(String username, String currentPath) {
        Map<String, List<NavigationItem>> byArea = new LinkedHashMap<>();
        navigationContributors.orderedStream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> visible(username, item.permission()))
                .sorted(Comparator.comparingInt((NavigationItem item) -> areaRank(item.area()))
                        .thenComparing(NavigationItem::area)
                        .thenComparingInt(NavigationItem::order))
                .forEach(item -> byArea.computeIfAbsent(item.area(), key -> new ArrayList<>()).add(item));
        List<NavigationArea> areas = new ArrayList<>();
        byArea.forEach((area, items) -> areas.add(new NavigationArea(area, items.stream()
                .map(item -> new NavigationLink(item.labelKey(), item.path(), isCurrent(item.path(), currentPath)))
                .toList())));
        return areas;
    }

    List<DashboardCard> cardsFor(String username) {
        return cardContributors.orderedStream()
                .flatMap(contributor -> contributor.dashboardCards().stream())
                .filter(card -> visible(username, card.permission()))
                .sorted(Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::id))
                .toList();
    }

    private boolean visible(String username, String permission) {
        if (permission == null) {
            return true;
        }
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null || !policy.scopesOf(username, permission).isEmpty();
    }

    static int areaRank(String area) {
        int index = AREA_ORDER.indexOf(area);
        return index < 0 ? AREA_ORDER.size() : index;
    }

    private static boolean isCurrent(String path, String currentPath) {
        if (currentPath == null) {
            return false;
        }
        return path.equals(currentPath) || (!"/".equals(path) && currentPath.startsWith(path + "/"));
    }
}
