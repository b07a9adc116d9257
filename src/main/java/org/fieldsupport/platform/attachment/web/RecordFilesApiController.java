package org.fieldsupport.platform.attachment.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.fieldsupport.platform.attachment.Attachment;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.attachment.Attachments;
import org.fieldsupport.platform.attachment.Comment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attachments and comments of any record whose module declared {@link AttachableRecords}. */
@RestController
@RequestMapping("/api/v1/records/{recordType}/{recordId}")
class RecordFilesApiController {

    record AttachmentJson(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                          Instant uploadedAt, String href) { }

    record CommentJson(long id, String author, Instant at, String text) { }

    record NewComment(String text) { }

    private final RecordFilesAccess access;
    private final Attachments attachments;

    RecordFilesApiController(RecordFilesAccess access, Attachments attachments) {
        this.access = access;
        this.attachments = attachments;
    }

    @GetMapping("/attachments")
    List<AttachmentJson> list(@PathVariable String recordType, @PathVariable String recordId) {
        access.read(recordType, recordId);
        return attachments.list(recordType, recordId).stream().map(RecordFilesApiController::json).toList();
    }

    @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentJson> attach(@PathVariable String recordType, @PathVariable String recordId,
                                          @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        AttachableRecords records = access.write(recordType, recordId);
        Attachment a = attachments.attach(recordType, recordId, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getContentType(), file == null ? null : file.getBytes(), records.policy());
        AttachmentJson body = json(a);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, body.href()).body(body);
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String recordType, @PathVariable String recordId,
                                    @PathVariable long attachmentId) {
        access.read(recordType, recordId);
        return file(attachments.download(recordType, recordId, attachmentId));
    }

    @GetMapping("/comments")
    List<CommentJson> comments(@PathVariable String recordType, @PathVariable String recordId) {
        access.read(recordType, recordId);
        return attachments.comments(recordType, recordId).stream().map(RecordFilesApiController::json).toList();
    }

    @PostMapping("/comments")
    ResponseEntity<CommentJson> comment(@PathVariable String recordType, @PathVariable String recordId,
                                        @RequestBody NewComment body) {
        access.write(recordType, recordId);
        Comment c = attachments.comment(recordType, recordId, body == null ? null : body.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(json(c));
    }

    /** The file as a download: its stored type, never sniffed, never shown inline. */
    static ResponseEntity<byte[]> file(Attachments.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }

    static AttachmentJson json(Attachment a) {
        return new AttachmentJson(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedBy(),
                a.uploadedAt(), "/api/v1/records/" + a.recordType() + "/" + a.recordId() + "/attachments/" + a.id());
    }

    static CommentJson json(Comment c) {
        return new CommentJson(c.id(), c.author(), c.at(), c.text());
    }
}
