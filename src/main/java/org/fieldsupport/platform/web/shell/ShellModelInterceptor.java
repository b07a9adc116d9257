package org.fieldsupport.platform.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.platform.web.CurrentScope;
import org.fieldsupport.platform.web.shell.ShellView.ScopeChoice;
import org.fieldsupport.platform.web.shell.ShellView.UserView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts the {@code shell} model attribute (user, navigation, scope) into every HTML page rendered by
 * a view, including the error page. Redirects, JSON responses and htmx fragments are left alone.
 */
@Component
class ShellModelInterceptor implements HandlerInterceptor {

    static final String MODEL_ATTRIBUTE = "shell";

    private final Navigation navigation;
    private final ScopeChoices scopeChoices;
    private final ObjectProvider<UserDirectory> userDirectory;

    ShellModelInterceptor(Navigation navigation, ScopeChoices scopeChoices, ObjectProvider<UserDirectory> userDirectory) {
        this.navigation = navigation;
        this.scopeChoices = scopeChoices;
        this.userDirectory = userDirectory;
    }

    /** A signed-in user who has not chosen a scope starts in their own (issue 12.4): their unit, mission or state. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(CurrentScope.SESSION_ATTRIBUTE_NAME) == null) {
            CurrentUser.username().ifPresent(name -> {
                CurrentScope.remember(request, scopeChoices.homeScope(name));
            });
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getModelMap().containsAttribute(MODEL_ATTRIBUTE)
                || request.getHeader("HX-Request") != null) {
            return;
        }
        String viewName = modelAndView.getViewName();
        if (viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"))) {
            return;
        }
        modelAndView.addObject(MODEL_ATTRIBUTE, build(request));
    }

    ShellView build(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> username = CurrentUser.username();
        if (username.isEmpty()) {
            return new ShellView(null, List.of(), null, List.of(), path);
        }
        String name = username.get();
        Locale locale = RequestContextUtils.getLocale(request);
        Scope scope = CurrentScope.of(request);
        List<ScopeChoice> choices = scopeChoices.choicesFor(name, locale, scope);
        ScopeChoice current = choices.stream().filter(ScopeChoice::selected).findFirst()
                .orElse(choices.size() == 1 ? choices.get(0) : new ScopeChoice(scope.toString(), scope.toString(), true));
        List<ShellView.NavigationArea> areas = navigation.areasFor(name, path);
        return new ShellView(new UserView(name, displayName(name)), areas, current, choices, path,
                "/".equals(path), Navigation.menuVersion(name, locale, areas));
    }

    private String displayName(String username) {
        UserDirectory directory = userDirectory.getIfAvailable();
        if (directory == null) {
            return username;
        }
        try {
            return directory.find(username)
                    .map(UserDirectory.UserProfile::displayName)
                    .filter(displayName -> !displayName.isBlank())
                    .orElse(username);
        } catch (RuntimeException e) {
            return username; // the shell must render even when the directory cannot answer
        }
    }
}
