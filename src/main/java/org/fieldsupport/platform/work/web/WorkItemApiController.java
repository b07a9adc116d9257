package org.fieldsupport.platform.work.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/work-items?assignee=me&state=open}: the caller's work, overdue first, paged. */
@RestController
@RequestMapping("/api/v1/work-items")
class WorkItemApiController {

    private final WorkItems items;
    private final Paging paging;
    private final MessageSource messages;

    WorkItemApiController(WorkItems items, Paging paging, MessageSource messages) {
        this.items = items;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping
    PageResponse<WorkItemView> list(@RequestParam(defaultValue = "me") String assignee,
                                    @RequestParam(defaultValue = "open") String state,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size, Locale locale) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        WorkItem.State s = parseState(assignee, state);
        PageQuery query = paging.read(page, size, null, Map.of());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return items.assignedTo(user, s, query).map(w -> WorkItemView.of(w, messages, locale, today));
    }

    static WorkItem.State parseState(String assignee, String state) {
        FieldErrors errors = new FieldErrors();
        if (!"me".equals(assignee)) {
            errors.add("assignee", "OneOf", "platform.work.input.assignee");
        }
        WorkItem.State s = switch (state == null ? "" : state.toLowerCase(Locale.ROOT)) {
            case "open" -> WorkItem.State.OPEN;
            case "closed" -> WorkItem.State.CLOSED;
            default -> {
                errors.add("state", "OneOf", "platform.work.input.state");
                yield null;
            }
        };
        errors.throwIfAny();
        return s;
    }
}
