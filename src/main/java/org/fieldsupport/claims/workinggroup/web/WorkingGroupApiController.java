package org.fieldsupport.claims.workinggroup.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.claims.workinggroup.internal.WorkingGroupReport;
import org.fieldsupport.claims.workinggroup.internal.WorkingGroupService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The COE Working Group over REST (7.5.d): sessions and their status, proposals (Member States submit their own),
 * decisions, adoption of the session's COE Manual edition (which records the next rate-table edition), and the
 * report to the legislative body as PDF.
 */
@RestController
@RequestMapping(path = "/api/v1/claims/working-group", produces = MediaType.APPLICATION_JSON_VALUE)
class WorkingGroupApiController {

    private final WorkingGroupService workingGroup;
    private final WorkingGroupReport report;

    WorkingGroupApiController(WorkingGroupService workingGroup, WorkingGroupReport report) {
        this.workingGroup = workingGroup;
        this.report = report;
    }

    record SessionRequest(Integer year, LocalDate opensOn, LocalDate closesOn) { }

    record StatusRequest(String status) { }

    record DecisionRequest(String decision, String note) { }

    record AdoptRequest(LocalDate effectiveFrom) { }

    record ProposalJson(long id, String reference, String submitter, String kind, String subject, String title,
                        String rationale, String proposedAmount, String decision, String decisionNote,
                        String decidedBy) { }

    record ManualJson(String code, String status, String effectiveFrom, String rateEdition) { }

    record SessionJson(long id, String code, int year, String opensOn, String closesOn, String status,
                       List<ProposalJson> proposals, ManualJson manual) { }

    @GetMapping("/sessions")
    List<SessionJson> sessions() {
        return workingGroup.sessions().stream().map(s -> json(s, null, null)).toList();
    }

    @PostMapping(path = "/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionJson> create(@RequestBody SessionRequest request) {
        WorkingGroupService.Session s = workingGroup.createSession(request.year(), request.opensOn(), request.closesOn());
        return ResponseEntity.created(URI.create("/api/v1/claims/working-group/sessions/" + s.id()))
                .body(json(workingGroup.detail(s.id())));
    }

    @GetMapping("/sessions/{id}")
    SessionJson session(@PathVariable long id) {
        return json(workingGroup.detail(id));
    }

    @PostMapping(path = "/sessions/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionJson move(@PathVariable long id, @RequestBody StatusRequest request) {
        workingGroup.move(id, request.status());
        return json(workingGroup.detail(id));
    }

    @PostMapping(path = "/sessions/{id}/proposals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProposalJson> propose(@PathVariable long id, @RequestBody WorkingGroupService.NewProposal request) {
        ProposalJson p = json(workingGroup.submit(id, request));
        return ResponseEntity.created(URI.create("/api/v1/claims/working-group/sessions/" + id)).body(p);
    }

    @PostMapping(path = "/proposals/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProposalJson decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        return json(workingGroup.decide(id, request.decision(), request.note()));
    }

    @PostMapping(path = "/sessions/{id}/manual/adopt", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionJson adopt(@PathVariable long id, @RequestBody AdoptRequest request) {
        workingGroup.adoptManual(id, request.effectiveFrom());
        return json(workingGroup.detail(id));
    }

    @GetMapping(path = "/sessions/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> report(@PathVariable long id) {
        WorkingGroupReport.Rendered r = report.pdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"")
                .body(r.pdf());
    }

    static SessionJson json(WorkingGroupService.Detail d) {
        return json(d.session(), d.proposals(), d.manual());
    }

    static SessionJson json(WorkingGroupService.Session s, List<WorkingGroupService.Proposal> proposals,
                            WorkingGroupService.ManualEdition m) {
        return new SessionJson(s.id(), s.code(), s.year(), s.opensOn().toString(), s.closesOn().toString(),
                s.status().name(), proposals == null ? null : proposals.stream().map(WorkingGroupApiController::json).toList(),
                m == null ? null : new ManualJson(m.code(), m.status(),
                        m.effectiveFrom() == null ? null : m.effectiveFrom().toString(), m.rateEdition()));
    }

    static ProposalJson json(WorkingGroupService.Proposal p) {
        BigDecimal amount = p.proposedAmount();
        return new ProposalJson(p.id(), p.reference(), p.submitter(), p.kind().name(), p.subject(), p.title(),
                p.rationale(), amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                p.decision() == null ? null : p.decision().name(), p.decisionNote(), p.decidedBy());
    }
}
