package org.fieldsupport.frontoffice.correspondence.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceItem;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.fieldsupport.frontoffice.correspondence.internal.NewCorrespondence;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The correspondence register over HTTP (ROUTING-v1; classification-based access on every read). */
@RestController
@RequestMapping("/api/v1/frontoffice/correspondence")
class CorrespondenceApi {

    private static final Map<String, String> SORT = Map.of("receivedOn", "c.received_on", "dueDate", "c.due_date",
            "reference", "c.reference", "status", "c.status");

    private final CorrespondenceRegister register;
    private final FrontOfficeAccess access;
    private final Paging paging;

    CorrespondenceApi(CorrespondenceRegister register, FrontOfficeAccess access, Paging paging) {
        this.register = register;
        this.access = access;
        this.paging = paging;
    }

    /** ROUTING-v1's request: {@code from} is the sender as written. */
    record Registration(String kind, String subject, String from, String partnerCode, LocalDate receivedOn,
                        LocalDate dueDate, String classification, String attributionId, String missionCode,
                        List<String> addressees) { }

    @PostMapping
    ResponseEntity<CorrespondenceItem> register(@RequestBody Registration r) {
        CorrespondenceItem item = register.register(new NewCorrespondence(r.kind(), r.subject(), r.from(),
                r.partnerCode(), r.receivedOn(), r.dueDate(), r.classification(), r.attributionId(), r.missionCode(),
                r.addressees()));
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/correspondence/" + item.id())).body(item);
    }

    /**
     * The register's list. {@code totalElements} is exact up to 10,000 items past the page's start; beyond that the
     * count stops there and {@code totalElements} reads that bound (a 500,000-item register is not counted on every
     * page: docs/performance/frontoffice.md).
     */
    @GetMapping
    PageResponse<CorrespondenceItem> list(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String unit,
                                          @RequestParam(required = false) String classification,
                                          @RequestParam(defaultValue = "false") boolean overdue,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) String sort) {
        access.requireAnywhere(FrontOfficeAccess.CORRESPONDENCE_READ);
        PageQuery query = paging.read(page, size, sort, SORT);
        var result = register.list(new CorrespondenceRegister.Filter(q, status, unit, classification, overdue),
                query.offset(), query.size(), query.orderBy());
        return PageResponse.of(result.items(), query, result.total());
    }

    @GetMapping("/overdue")
    PageResponse<CorrespondenceItem> overdue(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return list(null, null, null, null, true, page, size, "dueDate,asc");
    }

    @GetMapping("/{id}")
    CorrespondenceItem get(@PathVariable long id) {
        return register.get(id);
    }

    record UnitChoice(String unitCode) { }

    record ReplyText(String text) { }

    @PostMapping("/{id}/confirm-routing")
    CorrespondenceItem confirm(@PathVariable long id, @RequestBody(required = false) UnitChoice choice) {
        return register.confirmRouting(id, choice == null ? null : choice.unitCode());
    }

    @PostMapping("/{id}/reply")
    CorrespondenceItem reply(@PathVariable long id, @RequestBody ReplyText body) {
        return register.draftReply(id, body == null ? null : body.text());
    }

    @PostMapping("/{id}/check")
    CorrespondenceItem check(@PathVariable long id) {
        return register.check(id);
    }

    @PostMapping("/{id}/return")
    CorrespondenceItem returnToUnit(@PathVariable long id) {
        return register.returnToUnit(id);
    }

    @PostMapping("/{id}/sign")
    CorrespondenceItem sign(@PathVariable long id) {
        return register.sign(id);
    }

    @PostMapping("/{id}/close")
    CorrespondenceItem close(@PathVariable long id) {
        return register.close(id);
    }

    @PostMapping(path = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CorrespondenceItem attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws java.io.IOException {
        register.attachFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return register.get(id);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        var f = register.file(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + f.name() + "\"")
                .contentType(MediaType.parseMediaType(f.type())).body(f.content());
    }
}
