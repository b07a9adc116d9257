package org.fieldsupport.claims.shortfall.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fieldsupport.claims.shortfall.internal.ShortfallCaseService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logistics shortfall cases over REST (8.3.k): open one (or all of a mission's month from the shortfalls report),
 * consult partners, exchange messages with the contributing country, record and complete corrective actions, close.
 * A Member State's delegate reads its own state's cases and posts messages on them.
 */
@RestController
@RequestMapping(path = "/api/v1/claims/shortfall-cases", produces = MediaType.APPLICATION_JSON_VALUE)
class ShortfallCaseApiController {

    private final ShortfallCaseService cases;

    ShortfallCaseApiController(ShortfallCaseService cases) {
        this.cases = cases;
    }

    record OpenRequest(Long contingentId, String kind, String category, YearMonth month) { }

    record FromReportRequest(String missionCode, YearMonth month) { }

    record ConsultationRequest(String partner, LocalDate consultedOn, String summary) { }

    record MessageRequest(String body) { }

    record ActionRequest(String description, String responsible, LocalDate dueOn) { }

    record CompleteRequest(String note) { }

    record CaseJson(long id, String reference, long contingentId, String missionCode, String memberState, String kind,
                    String category, String foundMonth, String finding, String status) { }

    record DetailJson(CaseJson shortfallCase, List<ShortfallCaseService.Consultation> consultations,
                      List<ShortfallCaseService.Message> messages, List<ShortfallCaseService.Action> actions) { }

    @GetMapping
    List<CaseJson> list(@RequestParam(required = false) String status) {
        return cases.list(status).stream().map(ShortfallCaseApiController::json).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> open(@RequestBody OpenRequest request) {
        CaseJson c = json(cases.open(request.contingentId(), request.kind(), request.category(), request.month()));
        return ResponseEntity.created(URI.create("/api/v1/claims/shortfall-cases/" + c.id())).body(c);
    }

    @PostMapping(path = "/from-report", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<CaseJson> fromReport(@RequestBody FromReportRequest request) {
        return cases.openFromReport(request.missionCode(), request.month()).stream()
                .map(ShortfallCaseApiController::json).toList();
    }

    @GetMapping("/{id}")
    DetailJson detail(@PathVariable long id) {
        ShortfallCaseService.Detail d = cases.detail(id);
        return new DetailJson(json(d.shortfallCase()), d.consultations(), d.messages(), d.actions());
    }

    @PostMapping(path = "/{id}/consultations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ShortfallCaseService.Consultation> consult(@PathVariable long id,
                                                              @RequestBody ConsultationRequest request) {
        return ResponseEntity.status(201).body(cases.consult(id, request.partner(), request.consultedOn(),
                request.summary()));
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ShortfallCaseService.Message> message(@PathVariable long id, @RequestBody MessageRequest request) {
        return ResponseEntity.status(201).body(cases.message(id, request.body()));
    }

    @PostMapping(path = "/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ShortfallCaseService.Action> action(@PathVariable long id, @RequestBody ActionRequest request) {
        return ResponseEntity.status(201).body(cases.addAction(id, request.description(), request.responsible(),
                request.dueOn()));
    }

    @PostMapping("/{id}/actions/{action}/complete")
    ShortfallCaseService.Action complete(@PathVariable long id, @PathVariable long action,
                                         @RequestBody(required = false) CompleteRequest request) {
        return cases.completeAction(id, action, request == null ? null : request.note());
    }

    @PostMapping("/{id}/close")
    CaseJson close(@PathVariable long id) {
        return json(cases.close(id));
    }

    static CaseJson json(ShortfallCaseService.Case c) {
        return new CaseJson(c.id(), c.reference(), c.contingentId(), c.missionCode(), c.memberState(), c.kind(),
                c.category(), c.foundMonth().toString(), c.finding(), c.status());
    }
}
