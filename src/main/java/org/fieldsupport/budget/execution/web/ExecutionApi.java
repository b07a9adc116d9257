package org.fieldsupport.budget.execution.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.execution.internal.Execution;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Budget execution: allotments, availability, ERP expenditure imports, the monthly pattern, redeployments. */
@RestController("budgetExecutionApi")
@RequestMapping("/api/v1/budget")
class ExecutionApi {

    private final Execution execution;

    private final RecordVersions versions;
    static final VersionedRow.Kind ALLOTMENT = VersionedRow.of("bud_allotment", "version", null, null,
            "budget_id = ? AND UPPER(class_code) = UPPER(?)");

    ExecutionApi(Execution execution, RecordVersions versions) {
        this.versions = versions;
        this.execution = execution;
    }

    @GetMapping("/budgets/{id}/availability")
    Map<String, Object> availability(@PathVariable long id) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        var totals = new java.math.BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        execution.availabilityChecked(id).values().forEach(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", a.cls().name());
            m.put("group", a.cls().group().name());
            m.put("allotment", Money.text(a.allotment()));
            m.put("commitments", Money.text(a.commitments()));
            m.put("expenditure", Money.text(a.expenditure()));
            m.put("available", Money.text(a.available()));
            lines.add(m);
            totals[0] = totals[0].add(a.allotment());
            totals[1] = totals[1].add(a.commitments());
            totals[2] = totals[2].add(a.expenditure());
            totals[3] = totals[3].add(a.available());
        });
        out.put("lines", lines);
        out.put("total", Map.of("allotment", Money.text(totals[0]), "commitments", Money.text(totals[1]),
                "expenditure", Money.text(totals[2]), "available", Money.text(totals[3])));
        return out;
    }

    record AllotmentRequest(@JsonProperty("class") String cls, String amount) { }

    @PutMapping("/budgets/{id}/allotments")
    ResponseEntity<Map<String, Object>> allot(@PathVariable long id, @IfMatch Long version, @RequestBody AllotmentRequest r) {
        VersionedRow row = ALLOTMENT.row(id, String.valueOf(r.cls()));
        Execution.Availability a = versions.write(version, row, () -> execution.allot(id, r.cls(), r.amount()));
        return versions.ok(Map.of("class", a.cls().name(), "allotment", Money.text(a.allotment()), "available", Money.text(a.available())), row);
    }

    @GetMapping("/budgets/{id}/monthly-pattern")
    List<Map<String, String>> pattern(@PathVariable long id) {
        execution.availabilityChecked(id);
        List<Map<String, String>> out = new ArrayList<>();
        execution.monthlyPattern(id).forEach((m, a) -> out.add(Map.of("month", m.toString(), "expenditure", Money.text(a))));
        return out;
    }

    @PostMapping(value = "/budgets/{id}/expenditure-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importExtract(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw InvalidInputException.of("file", "NotEmpty", "budget.import.empty");
        }
        Execution.ImportResult r = execution.importExtract(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/budget/budgets/" + id + "/availability"))
                .body(Map.of("importId", r.importId(), "lines", r.lines(), "total", Money.text(r.total())));
    }

    @GetMapping("/budgets/expenditure-imports/template")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=erp-extract-template." + (xlsx ? "xlsx" : "csv"))
                .contentType(MediaType.parseMediaType(xlsx ? TabularFile.XLSX_CONTENT_TYPE : "text/csv"))
                .body(execution.template(xlsx));
    }

    record RedeploymentRequest(String fromClass, String toClass, String amount, String justification) { }

    @PostMapping("/budgets/{id}/redeployments")
    ResponseEntity<Map<String, Object>> request(@PathVariable long id, @RequestBody RedeploymentRequest r) {
        Execution.Redeployment d = execution.request(id, r.fromClass(), r.toClass(), r.amount(), r.justification());
        return ResponseEntity.created(URI.create("/api/v1/budget/redeployments/" + d.reference())).body(json(d));
    }

    @GetMapping("/budgets/{id}/redeployments")
    List<Map<String, Object>> redeployments(@PathVariable long id) {
        execution.availabilityChecked(id);
        return execution.redeployments(id).stream().map(ExecutionApi::json).toList();
    }

    /** Redeployments of the budgets the user may read, optionally by status (e.g. REQUESTED: awaiting approval). */
    @GetMapping("/redeployments")
    List<Map<String, Object>> allRedeployments(@RequestParam(required = false) String status) {
        return execution.visibleRedeployments(status).stream().map(ExecutionApi::json).toList();
    }

    @GetMapping("/redeployments/{reference}")
    Map<String, Object> redeployment(@PathVariable String reference) {
        return json(execution.redeployment(reference));
    }

    @PostMapping("/redeployments/{reference}/approve")
    Map<String, Object> approve(@PathVariable String reference) {
        return json(execution.approve(reference));
    }

    @PostMapping("/redeployments/{reference}/reject")
    Map<String, Object> reject(@PathVariable String reference) {
        return json(execution.reject(reference));
    }

    static Map<String, Object> json(Execution.Redeployment d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", d.reference());
        m.put("fromClass", d.fromClass().name());
        m.put("toClass", d.toClass().name());
        m.put("amount", Money.text(d.amount()));
        m.put("justification", d.justification());
        m.put("approvalLevel", d.approvalLevel());
        m.put("status", d.status());
        m.put("requestedBy", d.requestedBy());
        m.put("decidedBy", d.decidedBy());
        m.put("delegation", d.delegation());
        return m;
    }
}
