package org.fieldsupport.platform.work.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /work}: what needs me (overdue first); the shell header's count and the dashboard card. */
@Controller
@RequestMapping("/work")
class WorkPageController {

    private final WorkItems items;
    private final Paging paging;
    private final MessageSource messages;

    WorkPageController(WorkItems items, Paging paging, MessageSource messages) {
        this.items = items;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "open") String state, @RequestParam(required = false) Integer page,
                Model model, Locale locale) {
        WorkItem.State s = "closed".equals(state) ? WorkItem.State.CLOSED : WorkItem.State.OPEN;
        int p = page == null || page < 0 ? 0 : page;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PageResponse<WorkItemView> result = items.assignedTo(user(), s, paging.read(p, 50, null, Map.of()))
                .map(w -> WorkItemView.of(w, messages, locale, today));
        model.addAttribute("result", result);
        model.addAttribute("state", s.name());
        return "platform/work/list";
    }

    /** The shell header's link with the open count (loaded by htmx). */
    @GetMapping("/count")
    String count(Model model) {
        model.addAttribute("count", items.openCount(user()));
        return "platform/work/fragments :: count";
    }

    @GetMapping("/card")
    String card(Model model, Locale locale) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PageResponse<WorkItem> open = items.assignedTo(user(), WorkItem.State.OPEN,
                paging.read(0, paging.maxPageSize(), null, Map.of()));   // overdue come first
        model.addAttribute("count", open.totalElements());
        model.addAttribute("top", open.content().stream().limit(5)
                .map(w -> WorkItemView.of(w, messages, locale, today)).toList());
        model.addAttribute("overdue", open.content().stream().filter(w -> w.overdue(today)).count());
        return "platform/work/fragments :: card";
    }

    private static String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
