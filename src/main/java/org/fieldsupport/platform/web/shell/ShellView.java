package org.fieldsupport.platform.web.shell;

import java.util.List;

/**
 * What the layout needs, put into every HTML page's model as {@code shell} by {@link ShellModelInterceptor}.
 * {@code user} is null for anonymous visitors (login and error pages).
 *
 * <p>Issue 12.10: the whole menu is written only on the home page ({@code fullMenu}); every other page writes the
 * current area's entries and an "all menus" disclosure whose content htmx fetches on opening from
 * {@code /nav/menu?v=<menuVersion>} (a fragment cached by the browser, the version changing with the user's entries
 * and language), with a link to the menu page {@code /nav} for browsers without script.
 */
public record ShellView(UserView user, List<NavigationArea> navigation, ScopeChoice currentScope,
                        List<ScopeChoice> scopeOptions, String currentPath, boolean fullMenu, String menuVersion) {

    public ShellView(UserView user, List<NavigationArea> navigation, ScopeChoice currentScope,
                     List<ScopeChoice> scopeOptions, String currentPath) {
        this(user, navigation, currentScope, scopeOptions, currentPath, true, null);
    }

    /**
     * The areas the page writes: all of them on the home page; otherwise the area holding the current page, if any,
     * with its entries of the same section (first path segment: {@code /organization/...}) — the department area
     * alone is ≈ 50 entries for the administrator. "All menus" holds the rest.
     */
    public List<NavigationArea> shownAreas() {
        if (fullMenu) {
            return navigation;
        }
        return navigation.stream().filter(NavigationArea::current).map(area -> {
            String section = area.links().stream().filter(NavigationLink::current).map(l -> section(l.path()))
                    .findFirst().orElse("");
            return new NavigationArea(area.key(), area.links().stream()
                    .filter(l -> section(l.path()).equals(section)).toList());
        }).toList();
    }

    static String section(String path) {
        String bare = path.startsWith("/") ? path.substring(1) : path;
        int end = bare.indexOf('/');
        int query = bare.indexOf('?');
        if (end < 0 || (query >= 0 && query < end)) end = query;
        return end < 0 ? bare : bare.substring(0, end);
    }

    public record UserView(String username, String displayName) { }

    public record NavigationArea(String key, List<NavigationLink> links) {
        public String labelKey() {
            return "nav.area." + key;
        }

        /** Whether one of its entries is the page shown (or a page under it). */
        public boolean current() {
            return links.stream().anyMatch(NavigationLink::current);
        }
    }

    public record NavigationLink(String labelKey, String path, boolean current) { }

    /** {@code value} is {@code Scope.toString()}, what the scope form posts. */
    public record ScopeChoice(String value, String label, boolean selected) { }
}
