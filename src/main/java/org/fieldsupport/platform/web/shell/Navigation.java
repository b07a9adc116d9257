package org.fieldsupport.platform.web.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.StaffOnlyPaths;
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
@Component("offeredLinks")
class Navigation implements org.fieldsupport.platform.web.OfferedLinks {

    /** The organisation chart's order; areas not listed here follow, alphabetically. */
    static final List<String> AREA_ORDER = List.of(Areas.MEMBER_STATE, Areas.DEPARTMENT, Areas.FIELD_BUDGET_FINANCE,
            Areas.FIELD_PERSONNEL, Areas.LOGISTICS, Areas.ICT, Areas.ADMINISTRATION);

    private final ObjectProvider<NavigationContributor> navigationContributors;
    private final ObjectProvider<DashboardCardContributor> cardContributors;
    private final ObjectProvider<AccessPolicy> accessPolicy;
    private final ObjectProvider<StaffOnlyPaths> staffOnlyPaths;
    private final org.springframework.util.AntPathMatcher ant = new org.springframework.util.AntPathMatcher();

    Navigation(ObjectProvider<NavigationContributor> navigationContributors,
               ObjectProvider<DashboardCardContributor> cardContributors,
               ObjectProvider<AccessPolicy> accessPolicy, ObjectProvider<StaffOnlyPaths> staffOnlyPaths) {
        this.navigationContributors = navigationContributors;
        this.cardContributors = cardContributors;
        this.accessPolicy = accessPolicy;
        this.staffOnlyPaths = staffOnlyPaths;
    }

    /**
     * Whether the security configuration would refuse {@code path} to this user: a module's {@link StaffOnlyPaths}
     * pattern and a user who is not staff (no role held today outside a Member State scope). Nobody is offered a link
     * or a card that answers 403.
     */
    boolean refusedAsStaffOnly(String username, String path) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || path == null) {
            return false;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        boolean staffOnly = staffOnlyPaths.orderedStream().flatMap(c -> c.staffOnlyPaths().stream())
                .anyMatch(pattern -> ant.match(pattern, bare))
                && staffOnlyPaths.orderedStream().flatMap(c -> c.openToAnySignedInUser().stream())
                .noneMatch(pattern -> ant.match(pattern, bare));
        return staffOnly && policy.assignedScopes(username).stream()
                .allMatch(s -> s.type() == Scope.ScopeType.MEMBER_STATE);
    }

    List<NavigationArea> areasFor(String username, String currentPath) {
        Map<String, List<NavigationItem>> byArea = new LinkedHashMap<>();
        boolean portalUser = isPortalUser(username);
        navigationContributors.orderedStream()
                .flatMap(contributor -> contributor.navigationItems().stream()
                        .filter(item -> visible(username, item.permission(), item.scope()))
                        .filter(item -> !refusedAsStaffOnly(username, item.path()))
                        .filter(item -> contributor.offers(item, username)))
                .map(item -> portalUser && heldInMemberState(username, item.permission())
                        ? new NavigationItem(Areas.MEMBER_STATE, item.labelKey(), item.path(), item.permission(),
                                item.order(), item.scope())
                        : item)
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

    /**
     * Whether {@code path} is offered to the signed-in user by the menu's rules: a menu entry is when some contributor
     * offers it to them; a path that is no menu entry is not known here (its page decides).
     */
    @Override
    public boolean opens(String path) {
        String username = org.fieldsupport.platform.security.CurrentUser.username().orElse(null);
        return username == null || path == null || opensFor(username, path);
    }

    boolean opensFor(String username, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        boolean known = false;
        for (NavigationContributor contributor : navigationContributors.orderedStream().toList()) {
            for (NavigationItem item : contributor.navigationItems()) {
                if (!item.path().equals(bare)) {
                    continue;
                }
                known = true;
                if (visible(username, item.permission(), item.scope()) && !refusedAsStaffOnly(username, item.path())
                        && contributor.offers(item, username)) {
                    return true;
                }
            }
        }
        return !known;
    }

    List<DashboardCard> cardsFor(String username) {
        return cardContributors.orderedStream()
                .flatMap(contributor -> contributor.dashboardCards().stream()
                        .filter(card -> visible(username, card.permission(), null))
                        .filter(card -> !refusedAsStaffOnly(username, card.fragmentPath()))
                        .filter(card -> card.scopeType() == null || heldIn(username, card.permission(), card.scopeType()))
                        .filter(card -> contributor.offers(card, username)))
                .sorted(Comparator.comparingInt(DashboardCard::order).thenComparing(DashboardCard::id))
                .toList();
    }

    /**
     * {@code null}: every member of the staff (not a Member State portal user); {@code "*"}: everyone signed in;
     * otherwise the permission held in some scope, or in {@code scope} when given.
     */
    boolean visible(String username, String permission, Scope scope) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null || NavigationContributor.EVERY_USER.equals(permission)) {
            return true;
        }
        if (permission == null) {
            return !isPortalUser(username);
        }
        return scope == null ? !policy.scopesOf(username, permission).isEmpty() : policy.may(username, permission, scope);
    }

    /** A user whose every role today is held for a Member State: the portal's users. */
    boolean isPortalUser(String username) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        if (policy == null) {
            return false;
        }
        Set<Scope> scopes = policy.assignedScopes(username);
        return !scopes.isEmpty() && scopes.stream().allMatch(s -> s.type() == Scope.ScopeType.MEMBER_STATE);
    }

    private boolean heldIn(String username, String permission, Scope.ScopeType type) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null || (permission != null
                && policy.scopesOf(username, permission).stream().anyMatch(s -> s.type() == type));
    }

    private boolean heldInMemberState(String username, String permission) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy != null && permission != null && !NavigationContributor.EVERY_USER.equals(permission)
                && policy.scopesOf(username, permission).stream().anyMatch(s -> s.type() == Scope.ScopeType.MEMBER_STATE);
    }

    /** Changes when the application restarts (a deployment may change the entries' words). */
    private static final String STARTED = Long.toString(System.currentTimeMillis(), 36);

    /**
     * The version of a user's whole menu in a language (issue 12.10): the {@code v} of {@code /nav/menu?v=...} and its
     * ETag. It changes with the entries offered, the language and each start of the application, so the browser may
     * keep the fragment it fetched under that URL.
     */
    static String menuVersion(String username, java.util.Locale locale, List<NavigationArea> areas) {
        StringBuilder all = new StringBuilder(STARTED).append('\n').append(username).append('\n').append(locale);
        for (NavigationArea area : areas) {
            all.append('\n').append(area.key());
            for (NavigationLink link : area.links()) {
                all.append('\t').append(link.labelKey()).append(' ').append(link.path());
            }
        }
        return org.springframework.util.DigestUtils.md5DigestAsHex(all.toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
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
