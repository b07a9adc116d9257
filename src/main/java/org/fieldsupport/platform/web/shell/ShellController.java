package org.fieldsupport.platform.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.CurrentScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page with its dashboard frame, and the shell's scope switch. */
@Controller
class ShellController {

    private final Navigation navigation;
    private final ScopeChoices scopeChoices;

    ShellController(Navigation navigation, ScopeChoices scopeChoices) {
        this.navigation = navigation;
        this.scopeChoices = scopeChoices;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cards", CurrentUser.username().map(navigation::cardsFor).orElse(java.util.List.of()));
        return "platform/home";
    }

    @PostMapping("/scope")
    String changeScope(@RequestParam("scope") String value,
                       @RequestHeader(name = "Referer", required = false) String referer,
                       HttpServletRequest request, Locale locale) {
        String username = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Scope scope;
        try {
            scope = Scope.parse(value);
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("unknown scope");
        }
        if (!scopeChoices.isOffered(username, locale, scope)) {
            throw new AccessDeniedException("scope not offered to " + username);
        }
        CurrentScope.remember(request, scope);
        return "redirect:" + sameSitePath(referer, request);
    }

    /** Back to the page the form was on, but never to another site. */
    static String sameSitePath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            String path = uri.getRawPath();
            String contextPath = request.getContextPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
                path = path.substring(contextPath.length());
            }
            return (path.isEmpty() ? "/" : path) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
