package org.fieldsupport.personnel.hrdata.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.personnel.hrdata.domain.HrIndicators;
import org.fieldsupport.personnel.hrdata.internal.GuidanceService;
import org.fieldsupport.personnel.hrdata.internal.IndicatorService;
import org.fieldsupport.personnel.hrdata.internal.PersonnelFiles;
import org.fieldsupport.personnel.hrdata.internal.SelfAssessmentService;
import org.fieldsupport.platform.api.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** HR data through the API: indicators and their export, self-assessments, personnel files, guidance. */
@RestController
@RequestMapping("/api/v1/personnel")
class HrDataApiController {

    private final IndicatorService indicators;
    private final SelfAssessmentService assessments;
    private final PersonnelFiles files;
    private final GuidanceService guidance;

    HrDataApiController(IndicatorService indicators, SelfAssessmentService assessments, PersonnelFiles files,
                        GuidanceService guidance) {
        this.indicators = indicators;
        this.assessments = assessments;
        this.files = files;
        this.guidance = guidance;
    }

    @GetMapping("/indicators")
    HrIndicators.Snapshot indicators(@RequestParam(required = false) String mission) {
        return indicators.compute(mission);
    }

    @GetMapping("/indicators/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String mission,
                                  @RequestParam(defaultValue = "xlsx") String format) {
        List<Map<String, String>> rows = indicators.rows(indicators.compute(mission));
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? TabularFile.csv(IndicatorService.EXPORT_COLUMNS, rows)
                : TabularFile.xlsx("HR indicators", IndicatorService.EXPORT_COLUMNS, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hr-indicators" + (csv ? ".csv\"" : ".xlsx\""))
                .contentType(csv ? new MediaType("text", "csv") : MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE))
                .body(body);
    }

    @PostMapping("/indicators/publish")
    ResponseEntity<Map<String, Object>> publish(@RequestParam(required = false) String mission) {
        long id = indicators.publish(mission);
        return ResponseEntity.created(URI.create("/api/v1/personnel/guidance?kind=FIGURES")).body(Map.of("id", id));
    }

    @GetMapping("/self-assessments")
    List<SelfAssessmentService.Summary> assessments(@RequestParam(required = false) String mission) {
        return assessments.list(mission);
    }

    @GetMapping("/self-assessments/{id}")
    SelfAssessmentService.Assessment assessment(@PathVariable long id) {
        return assessments.get(id);
    }

    record OpenBody(String missionCode, String period) { }

    @PostMapping("/self-assessments")
    ResponseEntity<SelfAssessmentService.Assessment> open(@RequestBody OpenBody b) {
        SelfAssessmentService.Assessment a = assessments.open(b.missionCode(), b.period());
        return ResponseEntity.created(URI.create("/api/v1/personnel/self-assessments/" + a.id())).body(a);
    }

    record AnswerBody(Boolean compliant, String finding, String actionPlan, LocalDate dueOn, Boolean done) { }

    @PostMapping("/self-assessments/{id}/items/{item}")
    SelfAssessmentService.Assessment answer(@PathVariable long id, @PathVariable String item, @RequestBody AnswerBody b) {
        return assessments.answer(id, item, b.compliant(), b.finding(), b.actionPlan(), b.dueOn(),
                Boolean.TRUE.equals(b.done()));
    }

    @PostMapping("/self-assessments/{id}/close")
    SelfAssessmentService.Assessment close(@PathVariable long id) {
        return assessments.close(id);
    }

    @GetMapping("/staff/{id}/file")
    Map<String, Object> file(@PathVariable long id) {
        return Map.of("documents", files.documents(id), "reads", files.reads(id));
    }

    @PostMapping(path = "/staff/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PersonnelFiles.Document> upload(@PathVariable long id, @RequestParam(required = false) String title,
                                                   @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidInputException.of("file", "Required", "personnel.input.required");
        }
        PersonnelFiles.Document d = files.upload(id, title, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/personnel/staff/" + id + "/file/" + d.id())).body(d);
    }

    @GetMapping("/staff/{id}/file/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        PersonnelFiles.Content c = files.read(id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + c.fileName().replace("\"", "") + "\"")
                .body(c.bytes());
    }

    @GetMapping("/guidance")
    List<GuidanceService.Guidance> guidance(@RequestParam(required = false) String kind,
                                            @RequestParam(required = false) String mission) {
        return guidance.list(kind, mission);
    }

    record GuidanceBody(String kind, String missionCode, String titleEn, String titleFr, String bodyEn, String bodyFr) { }

    @PostMapping("/guidance")
    ResponseEntity<GuidanceService.Guidance> publishGuidance(@RequestBody GuidanceBody b) {
        GuidanceService.Guidance g = guidance.publish(new GuidanceService.NewGuidance(b.kind(), b.missionCode(),
                b.titleEn(), b.titleFr(), b.bodyEn(), b.bodyFr()));
        return ResponseEntity.created(URI.create("/api/v1/personnel/guidance/" + g.id())).body(g);
    }
}
