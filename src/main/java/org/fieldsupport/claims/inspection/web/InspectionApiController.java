package org.fieldsupport.claims.inspection.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.fieldsupport.claims.contingent.internal.CoeOverview;
import org.fieldsupport.claims.inspection.internal.InspectionService;
import org.fieldsupport.claims.inspection.internal.InspectionStore;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inspections of a contingent over REST (record a DRAFT, edit it, sign or discard it; attachments up and down) and
 * its monthly strength returns (GET the months, GET/PUT one month as {@code yyyy-MM}).
 */
@RestController
@RequestMapping(path = "/api/v1/claims/contingents/{contingentId}")
class InspectionApiController {

    private final InspectionService inspections;
    private final CoeOverview overview;

    private final org.fieldsupport.platform.api.Problems problems;
    private final RecordVersions versions;
    static final VersionedRow.Kind INSPECTION = VersionedRow.standard("claims_verification", "id = ? AND contingent_id = ?");
    /** its version is kept in platform_record_version (V35_1, concurrent edits). */
    static final VersionedRow.Kind STRENGTH_RETURN = VersionedRow.of("claims_strength_return", null, null, null,
            "contingent_id = ? AND return_month = ?");

    InspectionApiController(InspectionService inspections, CoeOverview overview,
                            org.fieldsupport.platform.api.Problems problems, RecordVersions versions) {
        this.versions = versions;
        this.inspections = inspections;
        this.overview = overview;
        this.problems = problems;
    }

    record FindingJson(String line, Integer mouQuantity, Integer found, int serviceable, int surplus) { }

    record RatingJson(String category, String rating) { }

    record CommanderJson(String name, String rank, String signedOn) { }

    record AttachmentJson(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                          String uploadedAt, String href) { }

    record InspectionJson(long id, long contingentId, String type, String inspectedOn, String status, String inspector,
                          String inspectorSignedAt, CommanderJson commander, String remarks, long version,
                          String createdBy, String createdAt, List<FindingJson> equipment, List<RatingJson> ratings,
                          List<AttachmentJson> attachments) { }

    record StrengthReturnRequest(BigDecimal averageStrength) { }

    /** {@code warnings}: on a write, e.g. a return above the MOU's authorised strength (code and message). */
    record StrengthReturnJson(long contingentId, String month, String averageStrength, String recordedBy,
                              String recordedAt, Integer authorisedStrength, List<WarningJson> warnings) { }

    record WarningJson(String code, String message) { }

    record MonthJson(String month, String averageStrength, boolean missing, boolean certified) { }

    @GetMapping(path = "/inspections", produces = MediaType.APPLICATION_JSON_VALUE)
    List<InspectionJson> list(@PathVariable long contingentId) {
        return inspections.list(contingentId).stream()
                .map(i -> json(inspections.inspection(contingentId, i.id()),
                        inspections.mouLines(contingentId, i.inspectedOn()))).toList();
    }

    @PostMapping(path = "/inspections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InspectionJson> record(@PathVariable long contingentId,
                                          @RequestBody InspectionService.InspectionInput request) {
        InspectionStore.Inspection saved = inspections.record(contingentId, request);
        return ResponseEntity.created(URI.create("/api/v1/claims/contingents/" + contingentId + "/inspections/"
                + saved.id())).body(json(saved, inspections.mouLines(contingentId, saved.inspectedOn())));
    }

    @GetMapping(path = "/inspections/{inspectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InspectionJson> inspection(@PathVariable long contingentId, @PathVariable long inspectionId) {
        InspectionStore.Inspection i = inspections.inspection(contingentId, inspectionId);
        return versions.ok(json(i, inspections.mouLines(contingentId, i.inspectedOn())),
                INSPECTION.row(inspectionId, contingentId));
    }

    @PutMapping(path = "/inspections/{inspectionId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InspectionJson> update(@PathVariable long contingentId, @PathVariable long inspectionId,
                          @IfMatch Long version, @RequestBody InspectionService.InspectionInput request) {
        InspectionStore.Inspection i = versions.write(version, INSPECTION.row(inspectionId, contingentId),
                () -> inspections.update(contingentId, inspectionId, request));
        return versions.ok(json(i, inspections.mouLines(contingentId, i.inspectedOn())),
                INSPECTION.row(inspectionId, contingentId));
    }

    /**
     * Discards a DRAFT with its findings, ratings and attachments (204); a signed inspection is refused (422).
     * {@code version}, when given, must be the draft's current version (409 otherwise).
     */
    @DeleteMapping("/inspections/{inspectionId}")
    ResponseEntity<Void> discard(@PathVariable long contingentId, @PathVariable long inspectionId,
                                 @RequestParam(name = "version", required = false) Long version) {
        inspections.discard(contingentId, inspectionId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/inspections/{inspectionId}/signature", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    InspectionJson sign(@PathVariable long contingentId, @PathVariable long inspectionId,
                        @RequestBody InspectionService.SignatureInput request) {
        InspectionStore.Inspection i = inspections.sign(contingentId, inspectionId, request);
        return json(i, inspections.mouLines(contingentId, i.inspectedOn()));
    }

    @PostMapping(path = "/inspections/{inspectionId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AttachmentJson> attach(@PathVariable long contingentId, @PathVariable long inspectionId,
                                          @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        InspectionStore.AttachmentInfo saved = inspections.attach(contingentId, inspectionId,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
                file == null ? null : file.getBytes());
        AttachmentJson body = attachment(contingentId, saved);
        return ResponseEntity.created(URI.create(body.href())).body(body);
    }

    @GetMapping("/inspections/{inspectionId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long contingentId, @PathVariable long inspectionId,
                                    @PathVariable long attachmentId) {
        return download(inspections.download(contingentId, inspectionId, attachmentId));
    }

    /** The stored bytes as a download: never rendered inline, never sniffed. */
    static ResponseEntity<byte[]> download(InspectionService.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.info().contentType()))
                .contentLength(d.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.content());
    }

    @GetMapping(path = "/strength-returns", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MonthJson> strengthReturns(@PathVariable long contingentId) {
        return overview.strengthReturns(contingentId).stream()
                .map(m -> new MonthJson(m.month().toString(),
                        m.averageStrength() == null ? null : m.averageStrength().toPlainString(), m.gap(), m.certified()))
                .toList();
    }

    @GetMapping(path = "/strength-returns/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StrengthReturnJson> strengthReturn(@PathVariable long contingentId, @PathVariable String month) {
        FieldErrors errors = new FieldErrors();
        YearMonth m = CoeOverview.parseMonth(month, errors);
        errors.throwIfAny();
        return overview.strengthReturn(contingentId, m)
                .map(r -> versions.ok(json(contingentId, r), STRENGTH_RETURN.row(contingentId, m.atDay(1))))
                .orElseThrow(() -> new NotFoundException("strength return", contingentId + "/" + month));
    }

    @PutMapping(path = "/strength-returns/{month}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StrengthReturnJson> putStrengthReturn(@PathVariable long contingentId, @PathVariable String month,
                                                         @IfMatch Long version,
                                                         @RequestBody StrengthReturnRequest request) {
        YearMonth m = CoeOverview.parseMonth(month, new FieldErrors());
        // an unreadable month: the service answers 400 with the field named, nothing to lock
        java.util.function.Supplier<CoeOverview.Saved> put = () -> overview.putStrengthReturn(contingentId, month,
                request == null ? null : request.averageStrength());
        CoeOverview.Saved saved = m == null ? put.get()
                : versions.write(version, STRENGTH_RETURN.row(contingentId, m.atDay(1)), put);
        StrengthReturnJson body = json(contingentId, saved.row());
        List<WarningJson> warnings = saved.aboveAuthorised()
                ? List.of(new WarningJson("claims.strengthReturn.warning.aboveAuthorised",
                        problems.message("claims.strengthReturn.warning.aboveAuthorised",
                                saved.row().averageStrength().toPlainString(), saved.authorisedStrength())))
                : List.of();
        body = new StrengthReturnJson(body.contingentId(), body.month(), body.averageStrength(), body.recordedBy(),
                body.recordedAt(), saved.authorisedStrength(), warnings);
        ResponseEntity<StrengthReturnJson> ok = versions.ok(body, STRENGTH_RETURN.row(contingentId, m.atDay(1)));
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/claims/contingents/" + contingentId + "/strength-returns/"
                        + body.month())).headers(ok.getHeaders()).body(body)
                : ok;
    }

    private static StrengthReturnJson json(long contingentId, InspectionStore.StrengthReturnRow r) {
        return new StrengthReturnJson(contingentId, r.month().toString(), r.averageStrength().toPlainString(),
                r.recordedBy(), r.recordedAt() == null ? null : r.recordedAt().toString(), null, List.of());
    }

    private static AttachmentJson attachment(long contingentId, InspectionStore.AttachmentInfo a) {
        return new AttachmentJson(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedBy(),
                a.uploadedAt().toString(), "/api/v1/claims/contingents/" + contingentId + "/inspections/"
                + a.inspectionId() + "/attachments/" + a.id());
    }

    private static InspectionJson json(InspectionStore.Inspection i, List<InspectionStore.MouLine> lines) {
        return new InspectionJson(i.id(), i.contingentId(), i.type().name(), i.inspectedOn().toString(),
                i.status().name(), i.inspector(), i.inspectorSignedAt() == null ? null : i.inspectorSignedAt().toString(),
                i.commander() == null ? null : new CommanderJson(i.commander(), i.commanderRank(),
                        i.commanderSignedOn() == null ? null : i.commanderSignedOn().toString()),
                i.remarks(), i.version(), i.createdBy(), i.createdAt().toString(),
                i.equipment().stream().map(f -> {
                    Integer q = lines.stream().filter(l -> l.line().equals(f.line())).map(InspectionStore.MouLine::mouQuantity)
                            .findFirst().orElse(null);
                    int counted = f.found() == null ? f.serviceable() : f.found();
                    return new FindingJson(f.line(), q, f.found(), f.serviceable(),
                            q == null ? 0 : Math.max(0, counted - q));
                }).toList(),
                i.ratings().entrySet().stream().map(e -> new RatingJson(e.getKey(), e.getValue().name())).toList(),
                i.attachments().stream().map(a -> attachment(i.contingentId(), a)).toList());
    }
}
