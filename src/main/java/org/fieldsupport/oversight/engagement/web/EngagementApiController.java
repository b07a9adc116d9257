package org.fieldsupport.oversight.engagement.web;

import java.util.List;
import org.fieldsupport.oversight.engagement.internal.EngagementService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Audit engagements with the oversight bodies. */
@RestController
@RequestMapping(path = "/api/v1/oversight/engagements", produces = MediaType.APPLICATION_JSON_VALUE)
class EngagementApiController {

    private final EngagementService engagements;

    EngagementApiController(EngagementService engagements) {
        this.engagements = engagements;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EngagementService.Engagement create(@RequestBody(required = false) EngagementService.NewEngagement e) {
        return engagements.create(e);
    }

    @GetMapping
    List<EngagementService.Engagement> list() {
        return engagements.list();
    }

    @GetMapping("/{id}")
    EngagementService.Engagement one(@PathVariable long id) {
        return engagements.find(id);
    }

    @PostMapping(path = "/{id}/advance", consumes = MediaType.APPLICATION_JSON_VALUE)
    EngagementService.Engagement advance(@PathVariable long id, @RequestBody(required = false) EngagementService.Advance a) {
        return engagements.advance(id, a);
    }
}
