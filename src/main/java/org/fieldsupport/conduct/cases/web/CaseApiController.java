package org.fieldsupport.conduct.cases.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.conduct.cases.internal.CaseReadLog;
import org.fieldsupport.conduct.cases.internal.CaseService;
import org.fieldsupport.conduct.discipline.internal.DisciplineService;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.http.HttpHeaders;
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
 * The misconduct case register over REST (CONDUCT-2026-v1). Outside need-to-know every {@code /cases/{id}...} path
 * answers 404 and lists, exports and counts leave the case out. Every read is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/conduct", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    private static final Map<String, String> SORTS = Map.of("receivedOn", "c.received_on", "reference", "c.reference",
            "status", "c.status", "mission", "c.mission_code");

    private final CaseService cases;
    private final DisciplineService discipline;
    private final CaseReadLog readLog;
    private final Paging paging;

    CaseApiController(CaseService cases, DisciplineService discipline, CaseReadLog readLog, Paging paging) {
        this.cases = cases;
        this.discipline = discipline;
        this.readLog = readLog;
        this.paging = paging;
    }

    record AssessmentRequest(Boolean breach, String note) { }

    record ResponseRequest(LocalDate respondedOn) { }

    record GrantRequest(String username) { }

    record NoteRequest(String note) { }

    record MergeRequest(Long into) { }

    record ReviewRequest(String recommendation, String decision, String note) { }

    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseService.CaseView> receive(@RequestBody(required = false) CaseService.NewCase request) {
        CaseService.CaseView view = cases.receive(request);
        return ResponseEntity.created(URI.create("/api/v1/conduct/cases/" + view.id())).body(view);
    }

    @GetMapping("/cases")
    PageResponse<CaseService.CaseRow> list(@RequestParam(required = false) String mission,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String kind,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size,
                                           @RequestParam(required = false) String sort) {
        PageQuery query = paging.read(page, size, sort, SORTS);
        return cases.list(new CaseService.Filter(mission, status, kind, year), query);
    }

    /** The visible cases as CSV (no victims, no summary): each exported case is a logged read. */
    @GetMapping(path = "/cases/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String mission,
                                  @RequestParam(required = false) Integer year) {
        List<Map<String, String>> rows = new ArrayList<>();
        int pageNo = 0;
        while (true) {
            PageResponse<CaseService.CaseRow> page = cases.list(new CaseService.Filter(mission, null, null, year),
                    new PageQuery(pageNo, paging.maxPageSize(), null, null, true), CaseReadLog.Kind.EXPORT);
            for (CaseService.CaseRow r : page.content()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("reference", r.reference());
                row.put("mission", r.missionCode());
                row.put("kind", r.kind());
                row.put("received_on", r.receivedOn().toString());
                row.put("channel", r.channel());
                row.put("status", r.status());
                row.put("allegations", String.valueOf(r.allegations()));
                row.put("reconciled", String.valueOf(r.reconciled()));
                rows.add(row);
            }
            if (++pageNo >= page.totalPages()) {
                break;
            }
        }
        byte[] csv = TabularFile.csv(List.of("reference", "mission", "kind", "received_on", "channel", "status",
                "allegations", "reconciled"), rows);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"conduct-cases.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv);
    }

    @GetMapping("/cases/{id}")
    CaseService.CaseView read(@PathVariable long id) {
        return cases.read(id);
    }

    @PostMapping("/cases/{id}/subjects")
    CaseService.CaseView subject(@PathVariable long id, @RequestBody(required = false) CaseService.NewSubject request) {
        return cases.addSubject(id, request);
    }

    @PostMapping("/cases/{id}/victims")
    CaseService.CaseView victim(@PathVariable long id, @RequestBody(required = false) CaseService.NewVictim request) {
        return cases.addVictim(id, request);
    }

    @PostMapping("/cases/{id}/assessment")
    CaseService.CaseView assess(@PathVariable long id, @RequestBody(required = false) AssessmentRequest request) {
        return cases.assess(id, request == null ? null : request.breach(), request == null ? null : request.note());
    }

    @PostMapping("/cases/{id}/referrals")
    CaseService.CaseView refer(@PathVariable long id, @RequestBody(required = false) CaseService.NewReferral request) {
        return cases.refer(id, request);
    }

    @PostMapping("/cases/{id}/referral-response")
    CaseService.CaseView answered(@PathVariable long id, @RequestBody(required = false) ResponseRequest request) {
        return cases.recordResponse(id, request == null ? null : request.respondedOn());
    }

    @PostMapping("/cases/{id}/investigation")
    CaseService.CaseView investigation(@PathVariable long id,
                                       @RequestBody(required = false) CaseService.InvestigationDates request) {
        return cases.investigation(id, request);
    }

    @PostMapping("/cases/{id}/outcome")
    CaseService.CaseView outcome(@PathVariable long id, @RequestBody(required = false) CaseService.OutcomeRecord request) {
        return cases.outcome(id, request);
    }

    @PostMapping("/cases/{id}/grants")
    CaseService.CaseView grant(@PathVariable long id, @RequestBody(required = false) GrantRequest request) {
        return cases.grant(id, request == null ? null : request.username());
    }

    @PostMapping("/cases/{id}/reconcile")
    CaseService.CaseView reconcile(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return cases.reconcile(id, request == null ? null : request.note());
    }

    @PostMapping("/cases/{id}/merge")
    CaseService.CaseView merge(@PathVariable long id, @RequestBody(required = false) MergeRequest request) {
        return cases.merge(id, request == null ? null : request.into());
    }

    @PostMapping("/cases/{id}/reviews")
    CaseService.CaseView review(@PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
        return discipline.submit(id, request == null ? null : request.recommendation(), request == null ? null : request.note());
    }

    @PostMapping("/cases/{id}/review-decision")
    CaseService.CaseView decide(@PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
        return discipline.decide(id, request == null ? null : request.decision(), request == null ? null : request.note());
    }

    @GetMapping("/reviews")
    List<DisciplineService.ReviewRow> reviews(@RequestParam(defaultValue = "false") boolean open) {
        return discipline.list(open);
    }

    @GetMapping("/referrals/overdue")
    List<CaseService.OverdueReferral> overdue() {
        return cases.overdueReferrals();
    }

    @GetMapping("/read-log")
    PageResponse<CaseReadLog.Entry> readLog(@RequestParam(required = false) String reference,
                                            @RequestParam(required = false) String username,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        return readLog.review(reference, username, paging.read(page, size, null, Map.of()));
    }

    @GetMapping("/taxonomy")
    List<CaseService.MisconductType> taxonomy(@RequestParam(required = false) LocalDate on) {
        return cases.taxonomy(on == null ? CaseService.today() : on);
    }
}
