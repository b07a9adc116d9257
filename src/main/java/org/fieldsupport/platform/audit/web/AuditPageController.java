package org.fieldsupport.platform.audit.web;

import java.time.LocalDate;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.audit.internal.AuditAccess;
import org.fieldsupport.platform.audit.internal.AuditRecords;
import org.fieldsupport.platform.audit.internal.AuditView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit viewer: records filtered by entity, user and dates, newest first, changes shown field by field. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 25;

    private final AuditAccess access;
    private final AuditRecords records;
    private final AuditView view;
    private final Paging paging;
    private final AuditLabels labels;

    AuditPageController(AuditAccess access, AuditRecords records, AuditView view, Paging paging, AuditLabels labels) {
        this.labels = labels;
        this.access = access;
        this.records = records;
        this.view = view;
        this.paging = paging;
    }

    @GetMapping("/audit")
    String records(@RequestParam(required = false) String entityType,
                   @RequestParam(required = false) String entityId,
                   @RequestParam(required = false) String user,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "0") int page, Model model, java.util.Locale locale) {
        access.requireRead();
        AuditRecords.Filter filter = new AuditRecords.Filter(entityType, entityId, user, from, to);
        PageResponse<AuditView.RecordRow> result = records.search(filter,
                paging.read(Math.max(page, 0), PAGE_SIZE, null, AuditRecords.SORT_COLUMNS)).map(view::row);
        // labels and values in the reader's words (issue 12.7); the request id column only when some record has one
        model.addAttribute("rows", result.content().stream().map(r -> labels.row(r, locale)).toList());
        model.addAttribute("requestIds", result.content().stream().anyMatch(r -> r.record().requestId() != null
                && !r.record().requestId().isBlank()));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        return "platform/audit/records";
    }
}
