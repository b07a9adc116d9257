package org.fieldsupport.platform.audit.web;

import java.time.LocalDate;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.audit.internal.AuditAccess;
import org.fieldsupport.platform.audit.internal.AuditRecords;
import org.fieldsupport.platform.audit.internal.AuditVerifier;
import org.fieldsupport.platform.audit.internal.AuditView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API: verification of the hash chain, and the records, filtered and paged. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditAccess access;
    private final AuditVerifier verifier;
    private final AuditRecords records;
    private final AuditView view;
    private final Paging paging;

    AuditApiController(AuditAccess access, AuditVerifier verifier, AuditRecords records, AuditView view,
                       Paging paging) {
        this.access = access;
        this.verifier = verifier;
        this.records = records;
        this.view = view;
        this.paging = paging;
    }

    /** Walks the whole chain; {@code firstBrokenRecord} names the first record that does not hold. */
    @GetMapping("/verify")
    AuditVerifier.Verification verify() {
        access.requireRead();
        return verifier.verify();
    }

    @GetMapping("/records")
    PageResponse<AuditView.RecordJson> records(
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        access.requireRead();
        return records.search(new AuditRecords.Filter(entityType, entityId, user, from, to),
                        paging.read(page, size, sort, AuditRecords.SORT_COLUMNS))
                .map(view::json);
    }
}
