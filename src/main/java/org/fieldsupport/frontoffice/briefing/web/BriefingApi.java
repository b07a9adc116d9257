package org.fieldsupport.frontoffice.briefing.web;

import java.net.URI;
import java.util.List;
import org.fieldsupport.frontoffice.briefing.internal.BriefingDesk;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Briefing notes over HTTP: request, contribute sections, assemble (PDF, EN or FR), download a version. */
@RestController
@RequestMapping("/api/v1/frontoffice/briefings")
class BriefingApi {

    private final BriefingDesk desk;

    BriefingApi(BriefingDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    List<BriefingDesk.Summary> list() {
        return desk.list();
    }

    @PostMapping
    ResponseEntity<BriefingDesk.Detail> request(@RequestBody BriefingDesk.NewBriefing body) {
        var detail = desk.request(body);
        return ResponseEntity.created(URI.create("/api/v1/frontoffice/briefings/" + detail.summary().id())).body(detail);
    }

    @GetMapping("/{id}")
    BriefingDesk.Detail get(@PathVariable long id) {
        return desk.get(id);
    }

    record Text(String text) { }

    record Language(String language) { }

    @PostMapping("/{id}/sections/{sectionId}")
    BriefingDesk.Detail contribute(@PathVariable long id, @PathVariable long sectionId, @RequestBody Text body) {
        return desk.contribute(id, sectionId, body.text());
    }

    @PostMapping("/{id}/assemble")
    BriefingDesk.Detail assemble(@PathVariable long id, @RequestBody(required = false) Language body) {
        return desk.assemble(id, body == null ? null : body.language());
    }

    @GetMapping("/{id}/versions/{version}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int version) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"briefing-" + id + "-v" + version + ".pdf\"")
                .body(desk.pdf(id, version));
    }

    @GetMapping("/{id}/versions/{version}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int version) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"briefing-" + id + "-v" + version + ".docx\"")
                .body(desk.docx(id, version));
    }
}
