package org.fieldsupport.platform.web;

import java.util.List;

/**
 * A module adds cards to the home page's dashboard frame. The frame loads each card's body with
 * htmx from {@code fragmentPath} (a Thymeleaf fragment the module serves), so a slow card never
 * holds up the page. Cards are shown only to users holding {@code permission} in some scope.
 */
public interface DashboardCardContributor {

    List<DashboardCard> dashboardCards();

    /**
     * Whether {@code card} (one of this contributor's) is shown to {@code username}, beyond its permission and scope
     * type: for a card whose fragment checks a narrower rule (as {@link NavigationContributor#offers}). Called only for
     * cards the user may otherwise see; the default shows them all.
     */
    default boolean offers(DashboardCard card, String username) {
        return true;
    }

    /**
     * {@code permission} follows {@link NavigationContributor.NavigationItem}: null = staff, "*" = everyone;
     * {@code scopeType}, when not null, shows the card only to users holding the permission in a scope of that type
     * (a Member State's own figures go to its users, not to every department-wide role).
     */
    record DashboardCard(String id, String titleKey, String fragmentPath, String permission, int order,
                         org.fieldsupport.platform.security.Scope.ScopeType scopeType) {

        public DashboardCard(String id, String titleKey, String fragmentPath, String permission, int order) {
            this(id, titleKey, fragmentPath, permission, order, null);
        }
    }
}
