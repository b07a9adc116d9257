package org.fieldsupport.claims.portal.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.claims.portal.internal.PortalQuestions;
import org.fieldsupport.frontoffice.LiaisonInbox;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Member State's questions to the department over REST: listed with their answers, and asked (they land in the
 * front office's liaison inbox, answered there). Another State's questions: 403 problem; an empty or too long
 * question, or a mission where the State has no contingent: 400 naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1/claims/portal/{iso3}/questions", produces = MediaType.APPLICATION_JSON_VALUE)
class PortalQuestionApi {

    private final PortalQuestions questions;

    PortalQuestionApi(PortalQuestions questions) {
        this.questions = questions;
    }

    record QuestionBody(String subject, String missionCode) { }

    @GetMapping
    List<LiaisonInbox.MemberStateQuestion> list(@PathVariable String iso3) {
        return questions.questions(iso3);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LiaisonInbox.MemberStateQuestion> ask(@PathVariable String iso3,
                                                         @RequestBody(required = false) QuestionBody body) {
        LiaisonInbox.MemberStateQuestion q = questions.ask(iso3, body == null ? null : body.subject(),
                body == null ? null : body.missionCode());
        return ResponseEntity.created(URI.create("/api/v1/claims/portal/" + q.memberState() + "/questions")).body(q);
    }
}
