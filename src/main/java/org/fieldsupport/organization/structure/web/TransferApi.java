package org.fieldsupport.organization.structure.web;

import java.io.IOException;
import java.time.LocalDate;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.organization.structure.internal.StructureTransfer;
import org.fieldsupport.platform.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Structure file export (CSV, XLSX) and all-or-nothing import. */
@RestController
@RequestMapping("/api/v1/organization")
class TransferApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StructureTransfer transfer;
    private final OrganizationAccess access;

    TransferApi(StructureTransfer transfer, OrganizationAccess access) {
        this.transfer = transfer;
        this.access = access;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return download(transfer, format, asOf);
    }

    static ResponseEntity<byte[]> download(StructureTransfer transfer, String format, LocalDate asOf) {
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
            new org.fieldsupport.platform.api.FieldErrors()
                    .add("format", "OneOf", "platform.export.format", "csv, xlsx").throwIfAny();
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] body = xlsx ? transfer.xlsx(transfer.rows(d)) : transfer.csv(transfer.rows(d));
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("structure-" + d + (xlsx ? ".xlsx" : ".csv")).build().toString())
                .body(body);
    }

    record ImportReport(boolean applied, int rows, int created, int updated) { }

    /** Checks the whole file first; any problem → 400 with every bad row and column, nothing written. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@RequestPart("file") MultipartFile file,
                            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        access.require(OrganizationAccess.STRUCTURE_IMPORT, Scope.department());
        StructureTransfer.ParsedFile parsed = transfer.parse(file.getOriginalFilename(), file.getBytes());
        if (dryRun) {
            transfer.refuseIfProblems(transfer.check(parsed));
            return new ImportReport(false, parsed.rows().size(), 0, 0);
        }
        StructureTransfer.ImportResult result = transfer.importFile(parsed);
        return new ImportReport(true, result.rows(), result.created(), result.updated());
    }
}
