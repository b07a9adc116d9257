package org.fieldsupport.claims.deathdisability.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.deathdisability.domain.DndClaim;
import org.fieldsupport.claims.deathdisability.internal.DndClaimService;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
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
 * Death-and-disability claims over REST: intake, list (filtered, paged), detail with history, and the
 * workflow actions. Money as strings with two decimals (USD).
 */
@RestController
@RequestMapping(path = "/api/v1/claims/death-disability", produces = MediaType.APPLICATION_JSON_VALUE)
class DndClaimApiController {

    private static final Map<String, String> SORTS = Map.of("receivedOn", "received_on", "incidentDate",
            "incident_date", "reference", "reference", "status", "status", "memberState", "member_state");

    private final DndClaimService claims;
    private final Paging paging;

    DndClaimApiController(DndClaimService claims, Paging paging) {
        this.claims = claims;
        this.paging = paging;
    }

    record NoteRequest(String note) { }

    /** The payment of the certified amount (USD), the day it was made (default today) and its reference. */
    record PaymentRequest(BigDecimal amount, LocalDate paidOn, String reference) { }

    record RejectRequest(String reason) { }

    record ChangeJson(String status, String by, String at, String note) { }

    record ClaimJson(long id, String reference, String memberState, String missionCode, String memberName,
                     String memberNumber, String incidentDate, String kind, Integer impairmentPercent,
                     String boardOfInquiryReference, String status, String rejectReason, String amount,
                     String currency, String receivedOn, String closedOn, long daysOpen, int targetDays,
                     boolean overdue, long version, List<ChangeJson> history) { }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Idempotent
    ResponseEntity<ClaimJson> receive(@RequestBody DndClaimService.NewClaim request) {
        ClaimJson claim = json(claims.receive(request));
        return ResponseEntity.created(URI.create("/api/v1/claims/death-disability/" + claim.id())).body(claim);
    }

    @GetMapping
    PageResponse<ClaimJson> list(@RequestParam(required = false) String memberState,
                                 @RequestParam(required = false) String mission,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort) {
        DndClaim.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DndClaim.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                new FieldErrors().add("status", "OneOf", "claims.dnd.input.status").throwIfAny();
            }
        }
        PageQuery query = paging.read(page, size, sort, SORTS);
        return claims.list(memberState, mission, wanted, query).map(DndClaimApiController::json);
    }

    @GetMapping("/{id}")
    ClaimJson claim(@PathVariable long id) {
        return json(claims.claim(id));
    }

    @PostMapping("/{id}/request-information")
    ClaimJson requestInformation(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return json(claims.requestInformation(id, request == null ? null : request.note()));
    }

    @PostMapping("/{id}/resume")
    ClaimJson resume(@PathVariable long id, @RequestBody(required = false) NoteRequest request) {
        return json(claims.resume(id, request == null ? null : request.note()));
    }

    @PostMapping("/{id}/certify")
    @Idempotent
    ClaimJson certify(@PathVariable long id) {
        return json(claims.certify(id));
    }

    @PostMapping("/{id}/pay")
    @Idempotent
    ClaimJson pay(@PathVariable long id, @RequestBody PaymentRequest request) {
        return json(claims.pay(id, request.amount(), request.paidOn(), request.reference()));
    }

    @PostMapping("/{id}/reject")
    ClaimJson reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
        return json(claims.reject(id, request == null ? null : request.reason()));
    }

    static ClaimJson json(DndClaim c) {
        LocalDate today = DndClaimService.today();
        return new ClaimJson(c.id(), c.reference(), c.memberState(), c.missionCode(), c.memberName(),
                c.memberNumber(), c.incidentDate().toString(), c.kind().name(), c.impairmentPercent(),
                c.boardOfInquiryReference(), c.status().name(), c.rejectReason(),
                c.amount() == null ? null : c.amount().setScale(2).toPlainString(), "USD",
                c.receivedOn().toString(), c.closedOn() == null ? null : c.closedOn().toString(), c.daysOpen(today),
                DndClaim.TARGET_DAYS, c.overdue(today), c.version(),
                c.history().stream().map(h -> new ChangeJson(h.status().name(), h.by(), h.at().toString(), h.note()))
                        .toList());
    }
}
