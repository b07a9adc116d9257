package org.fieldsupport.conduct.statistics.web;

import org.fieldsupport.conduct.statistics.internal.AllegationNotices;
import org.fieldsupport.platform.api.Unversioned;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's subscription to "new allegation" notices (counts only, need-to-know applied to them):
 * {@code GET|PUT|DELETE /api/v1/conduct/subscription}. PUT subscribes (403 for a user who sees no conduct case),
 * DELETE unsubscribes; both idempotent.
 */
@RestController
@RequestMapping(path = "/api/v1/conduct/subscription", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionApiController {

    private final AllegationNotices notices;

    SubscriptionApiController(AllegationNotices notices) {
        this.notices = notices;
    }

    @GetMapping
    AllegationNotices.Subscription mine() {
        return notices.mine();
    }

    @PutMapping
    @Unversioned("the caller's own on/off switch: nobody else edits it")
    AllegationNotices.Subscription subscribe() {
        return notices.subscribe();
    }

    @DeleteMapping
    AllegationNotices.Subscription unsubscribe() {
        return notices.unsubscribe();
    }
}
