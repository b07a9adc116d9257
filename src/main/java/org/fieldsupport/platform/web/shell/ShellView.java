package org.fieldsupport.platform.web.shell;

import java.util.List;

/**
 * What the layout needs, put into every HTML page's model as {@code shell} by {@link ShellModelInterceptor}.
 * {@code user} is null for anonymous visitors (login and error pages).
 */
public record ShellView(UserView user, List<NavigationArea> navigation, ScopeChoice currentScope,
                        List<ScopeChoice> scopeOptions, String currentPath) {

    public record UserView(String username, String displayName) { }

    public record NavigationArea(String key, List<NavigationLink> links) {
        public String labelKey() {
            return "nav.area." + key;
        }
    }

    public record NavigationLink(String labelKey, String path, boolean current) { }

    /** {@code value} is {@code Scope.toString()}, what the scope form posts. */
    public record ScopeChoice(String value, String label, boolean selected) { }
}
