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

    /** How many items of the work inbox the home page lists; the rest is one click away on /work. */
    static final int HOME_ITEMS = 8;
    /** Deadlines shown: overdue or due within this many days. */
    static final int DEADLINE_DAYS = 30;

    private final Navigation navigation;
    private final ScopeChoices scopeChoices;
    private final org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.work.WorkItems> workItems;
    private final org.fieldsupport.platform.api.Paging paging;
    private final org.springframework.context.MessageSource messages;

    ShellController(Navigation navigation, ScopeChoices scopeChoices,
                    org.springframework.beans.factory.ObjectProvider<org.fieldsupport.platform.work.WorkItems> workItems,
                    org.fieldsupport.platform.api.Paging paging, org.springframework.context.MessageSource messages) {
        this.navigation = navigation;
        this.scopeChoices = scopeChoices;
        this.workItems = workItems;
        this.paging = paging;
        this.messages = messages;
    }

    /** One line of the home page's inbox: the next action (a link to the record) and its deadline. */
    record HomeItem(String title, String reference, String link, java.time.LocalDate dueOn, boolean overdue) { }

    /**
     * Each role's home (issue 12.3): what waits for me (the platform's work inbox, overdue first, each item a link to
     * the record where the next action is), my deadlines, then my figures (the modules' cards the role may see, e.g. a
     * Member State's amounts owed). Nothing here names a module: it is all contributors and permissions.
     */
    @GetMapping("/")
    String home(Model model, Locale locale) {
        String user = CurrentUser.username().orElse(null);
        model.addAttribute("cards", user == null ? java.util.List.of() : navigation.cardsFor(user).stream()
                .filter(card -> !"work".equals(card.id())).toList());
        java.util.List<HomeItem> items = java.util.List.of();
        long open = 0;
        var inbox = workItems.getIfAvailable();
        if (user != null && inbox != null) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            var page = inbox.assignedTo(user, org.fieldsupport.platform.work.WorkItem.State.OPEN,
                    paging.read(0, paging.maxPageSize(), null, java.util.Map.of()));
            open = page.totalElements();
            items = page.content().stream().map(w -> new HomeItem(
                    messages.getMessage(w.titleKey(), w.titleArgs().toArray(), w.titleKey(), locale),
                    w.reference(), w.link(), w.dueOn(), w.overdue(today))).toList();
            java.time.LocalDate horizon = today.plusDays(DEADLINE_DAYS);
            model.addAttribute("deadlines", items.stream()
                    .filter(i -> i.dueOn() != null && !i.dueOn().isAfter(horizon))
                    .sorted(java.util.Comparator.comparing(HomeItem::dueOn)).limit(5).toList());
        } else {
            model.addAttribute("deadlines", java.util.List.of());
        }
        model.addAttribute("items", items.stream().limit(HOME_ITEMS).toList());
        model.addAttribute("openCount", open);
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
