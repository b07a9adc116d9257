package org.fieldsupport.platform.notice.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.web.NavigationContributor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /notices}: my notices (newest first), mark read, and how I want them mailed. */
@Controller
@RequestMapping("/notices")
class NoticePageController implements NavigationContributor {

    private final Notices notices;
    private final Paging paging;
    private final MessageSource messages;

    NoticePageController(Notices notices, Paging paging, MessageSource messages) {
        this.notices = notices;
        this.paging = paging;
        this.messages = messages;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(Areas.DEPARTMENT, "platform.notice.nav", "/notices", EVERY_USER, 2));
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model, Locale locale) {
        String user = NoticeApiController.user();
        int p = page == null || page < 0 ? 0 : page;
        model.addAttribute("result", notices.of(user, false, paging.read(p, 50, null, Map.of()))
                .map(n -> NoticeApiController.json(n, messages, locale)));
        model.addAttribute("unread", notices.unreadCount(user));
        model.addAttribute("preference", notices.preference(user));
        return "platform/notice/list";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        notices.markRead(NoticeApiController.user(), id);
        return "redirect:/notices";
    }

    @PostMapping("/read-all")
    String readAll() {
        notices.markAllRead(NoticeApiController.user());
        return "redirect:/notices";
    }

    @PostMapping("/preference")
    String preference(@RequestParam(defaultValue = "false") boolean digest,
                      @RequestParam(defaultValue = "false") boolean email) {
        notices.setPreference(NoticeApiController.user(), new Notices.Preference(digest, email));
        return "redirect:/notices";
    }
}
