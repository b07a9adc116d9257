package org.fieldsupport.platform.notice.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.notice.Notice;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notices: {@code GET /api/v1/notices?unread=true}, mark read, the mail preference. */
@RestController
@RequestMapping("/api/v1/notices")
class NoticeApiController {

    record NoticeJson(long id, String kind, String title, String link, LocalDate dueOn, Instant createdAt,
                      boolean unread) { }

    record PreferenceJson(Boolean digest, Boolean email) { }

    private final Notices notices;
    private final Paging paging;
    private final MessageSource messages;

    NoticeApiController(Notices notices, Paging paging, MessageSource messages) {
        this.notices = notices;
        this.paging = paging;
        this.messages = messages;
    }

    @GetMapping
    PageResponse<NoticeJson> list(@RequestParam(defaultValue = "false") boolean unread,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size, Locale locale) {
        return notices.of(user(), unread, paging.read(page, size, null, Map.of()))
                .map(n -> json(n, messages, locale));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notices.markRead(user(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/preference")
    Notices.Preference preference() {
        return notices.preference(user());
    }

    @PutMapping("/preference")
    @org.fieldsupport.platform.api.Unversioned("the caller's own notice preference: only its owner edits it")
    Notices.Preference setPreference(@RequestBody PreferenceJson body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || body.digest() == null) {
            errors.add("digest", "Required", "platform.notice.input.required");
        }
        if (body == null || body.email() == null) {
            errors.add("email", "Required", "platform.notice.input.required");
        }
        errors.throwIfAny();
        Notices.Preference p = new Notices.Preference(body.digest(), body.email());
        notices.setPreference(user(), p);
        return p;
    }

    static NoticeJson json(Notice n, MessageSource messages, Locale locale) {
        return new NoticeJson(n.id(), n.kind().name(),
                messages.getMessage("platform.notice.kind." + n.kind(), null, locale) + ": "
                        + messages.getMessage(n.titleKey(), n.titleArgs().toArray(), n.titleKey(), locale),
                n.link(), n.dueOn(), n.createdAt(), n.unread());
    }

    static String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
