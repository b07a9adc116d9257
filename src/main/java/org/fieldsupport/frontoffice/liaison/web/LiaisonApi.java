package org.fieldsupport.frontoffice.liaison.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fieldsupport.frontoffice.liaison.internal.LiaisonRegister;
import org.fieldsupport.frontoffice.liaison.internal.LiaisonRegister.*;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Liaison over HTTP: partners, meetings and follow-ups, negotiations, queries, press requests. */
@RestController
@RequestMapping("/api/v1/frontoffice")
class LiaisonApi {

    private final LiaisonRegister register;

    LiaisonApi(LiaisonRegister register) {
        this.register = register;
    }

    @GetMapping("/partners")
    List<Partner> partners(@RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
        return register.partners(kind, q);
    }

    @PostMapping("/partners")
    ResponseEntity<Partner> createPartner(@RequestBody NewPartner body) {
        Partner p = register.createPartner(body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/partners/" + p.code())).body(p);
    }

    record PartnerFile(Partner partner, List<Meeting> meetings, List<Negotiation> negotiations, List<Query> queries) { }

    @GetMapping("/partners/{code}")
    PartnerFile partner(@PathVariable String code) {
        Partner p = register.partner(code);
        return new PartnerFile(p, register.meetings(p.code()), register.negotiations(p.code()),
                register.queries(false, null, p.code()));
    }

    @PostMapping("/partners/{code}/meetings")
    ResponseEntity<Meeting> meeting(@PathVariable String code, @RequestBody NewMeeting body) {
        Meeting m = register.recordMeeting(code, body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/partners/" + m.partnerCode())).body(m);
    }

    @GetMapping("/follow-ups")
    List<FollowUp> followUps() {
        return register.openFollowUps();
    }

    @PostMapping("/follow-ups/{id}/done")
    FollowUp done(@PathVariable long id) {
        return register.completeFollowUp(id);
    }

    @PostMapping("/partners/{code}/negotiations")
    ResponseEntity<Negotiation> negotiation(@PathVariable String code, @RequestBody NewNegotiation body) {
        Negotiation n = register.openNegotiation(code, body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/negotiations/" + n.id())).body(n);
    }

    @GetMapping("/negotiations")
    List<Negotiation> negotiations() {
        return register.negotiations(null);
    }

    @PostMapping("/negotiations/{id}")
    Negotiation update(@PathVariable long id, @RequestBody NegotiationUpdate body) {
        return register.updateNegotiation(id, body);
    }

    @GetMapping("/queries")
    List<Query> queries(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String kind) {
        return register.queries(open, kind, null);
    }

    @PostMapping("/queries")
    ResponseEntity<Query> createQuery(@RequestBody NewQuery body) {
        Query q = register.createQuery(body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/queries/" + q.id())).body(q);
    }

    @GetMapping("/queries/{id}")
    Query query(@PathVariable long id) {
        return register.query(id);
    }

    @PostMapping("/queries/{id}/answer")
    Query answer(@PathVariable long id, @RequestBody Map<String, String> body) {
        return register.answerQuery(id, body.get("answer"));
    }

    @GetMapping("/press")
    List<PressRequest> press() {
        return register.pressRequests();
    }

    @PostMapping("/press")
    ResponseEntity<PressRequest> createPress(@RequestBody NewPress body) {
        PressRequest p = register.createPress(body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/press/" + p.id())).body(p);
    }

    @PostMapping("/press/{id}/status")
    PressRequest movePress(@PathVariable long id, @RequestBody Map<String, String> body) {
        return register.movePress(id, body.get("status"), body.get("response"));
    }
}
