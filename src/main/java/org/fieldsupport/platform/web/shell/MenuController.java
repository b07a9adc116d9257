package org.fieldsupport.platform.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.web.shell.ShellView.NavigationArea;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The whole menu, off the pages that do not need it (issue 12.10): every page but the home writes only the current
 * area's entries; {@code /nav/menu} is the rest, the fragment htmx fetches when the user opens "All menus", and
 * {@code /nav} the same as a page (the link for browsers without script). The fragment is private to the user and
 * cached by the browser under its versioned URL ({@link Navigation#menuVersion}); an outdated version is answered
 * with the current menu and not cached.
 */
@Controller
class MenuController {

    /** How long a browser keeps the user's menu under one version (the version changes with entries and language). */
    static final long MAX_AGE_HOURS = 12;

    private final Navigation navigation;

    MenuController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/nav")
    String page(Model model) {
        model.addAttribute("menu", areas());
        return "platform/nav";
    }

    @GetMapping("/nav/menu")
    String fragment(@RequestParam(name = "v", required = false) String version, Locale locale, Model model,
                    WebRequest request, HttpServletResponse response) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        List<NavigationArea> areas = navigation.areasFor(user, null);
        String current = Navigation.menuVersion(user, locale, areas);
        if (current.equals(version)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL,
                    CacheControl.maxAge(MAX_AGE_HOURS, TimeUnit.HOURS).cachePrivate().getHeaderValue());
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
        }
        if (request.checkNotModified("\"" + current + "\"")) {
            return null;
        }
        model.addAttribute("menu", areas);
        return "platform/nav :: menu";
    }

    private List<NavigationArea> areas() {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return navigation.areasFor(user, null);
    }
}
