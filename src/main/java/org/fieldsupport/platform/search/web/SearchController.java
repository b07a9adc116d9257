package org.fieldsupport.platform.search.web;

import java.util.Map;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The shell's search page {@code /search?q=}. */
@Controller
class SearchController {

    private final SearchIndex index;
    private final Paging paging;

    private final org.springframework.context.MessageSource messages;

    SearchController(SearchIndex index, Paging paging, org.springframework.context.MessageSource messages) {
        this.index = index;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping("/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model,
                java.util.Locale locale) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            try {
                var result = index.search(user(), q, paging.read(page == null || page < 0 ? 0 : page, 20, null,
                        Map.of()));
                model.addAttribute("result", result);
                model.addAttribute("countCapped", SearchIndex.countCapped(result));
            } catch (InvalidInputException e) {
                var error = e.errors().get(0);
                model.addAttribute("problem", messages.getMessage(error.messageKey(), error.args(), locale));
            }
        }
        return "platform/search/results";
    }

    private static String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
