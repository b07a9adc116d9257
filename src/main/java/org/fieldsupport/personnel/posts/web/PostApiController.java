package org.fieldsupport.personnel.posts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fieldsupport.personnel.posts.domain.Post;
import org.fieldsupport.personnel.posts.domain.PostRequest;
import org.fieldsupport.personnel.posts.domain.StaffingTableFile;
import org.fieldsupport.personnel.posts.domain.StructureTemplate;
import org.fieldsupport.personnel.posts.internal.PostService;
import org.fieldsupport.personnel.posts.internal.StructureTemplates;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
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

/** Staffing tables through the API: posts, import/export, requests and their decisions, standard structures. */
@RestController
@RequestMapping("/api/v1/personnel")
class PostApiController {

    private static final Map<String, String> SORT = Map.of("postNumber", "p.post_number", "grade", "p.grade_code",
            "unit", "p.unit_name", "mission", "p.mission_code");

    private final PostService posts;
    private final StructureTemplates templates;
    private final Paging paging;

    PostApiController(PostService posts, StructureTemplates templates, Paging paging) {
        this.posts = posts;
        this.templates = templates;
        this.paging = paging;
    }

    @GetMapping("/posts")
    PageResponse<Post> list(@RequestParam(required = false) String mission, @RequestParam(required = false) String category,
                            @RequestParam(required = false) String grade, @RequestParam(required = false) Boolean vacant,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                            @RequestParam(required = false) String sort) {
        return posts.list(mission, category, grade, vacant, paging.read(page, size, sort, SORT));
    }

    @GetMapping("/posts/{id}")
    Post get(@PathVariable long id) {
        return posts.get(id);
    }

    @GetMapping("/posts/export")
    ResponseEntity<byte[]> export(@RequestParam String mission, @RequestParam(defaultValue = "xlsx") String format) {
        List<Map<String, String>> rows = posts.export(mission);
        boolean csv = "csv".equalsIgnoreCase(format);
        byte[] body = csv ? TabularFile.csv(StaffingTableFile.COLUMNS, rows)
                : TabularFile.xlsx("Staffing table", StaffingTableFile.COLUMNS, rows);
        String name = "staffing-table-" + mission + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(csv ? new MediaType("text", "csv") : MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE))
                .body(body);
    }

    @PostMapping(path = "/posts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PostService.ImportResult importTable(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Required", "personnel.input.required");
        }
        return posts.importTable(file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/post-requests")
    List<PostRequest> requests(@RequestParam(required = false) String mission,
                               @RequestParam(required = false) String status) {
        return posts.requests(mission, status);
    }

    @GetMapping("/post-requests/{id}")
    PostRequest request(@PathVariable long id) {
        return posts.request(id);
    }

    record RequestBodyIn(@NotBlank String kind, @Size(max = 20) String missionCode, Long postId,
                         @Size(max = 200) String unitName, @Size(max = 200) String title, @Size(max = 10) String gradeCode,
                         String fundingSource, @Size(max = 20) String targetMission, @Size(max = 200) String targetUnit,
                         @Size(max = 8000) String jobDescription, @Size(max = 4000) String justification,
                         LocalDate effectiveOn) { }

    @PostMapping("/post-requests")
    @Idempotent
    ResponseEntity<PostRequest> submit(@Valid @RequestBody RequestBodyIn r) {
        PostRequest created = posts.submit(new PostService.NewRequest(r.kind(), r.missionCode(), r.postId(), r.unitName(),
                r.title(), r.gradeCode(), r.fundingSource(), r.targetMission(), r.targetUnit(), r.jobDescription(),
                r.justification(), r.effectiveOn()));
        return ResponseEntity.created(URI.create("/api/v1/personnel/post-requests/" + created.id())).body(created);
    }

    record Decision(@Size(max = 10) String classifiedGrade, @Size(max = 4000) String note) { }

    @PostMapping("/post-requests/{id}/approve")
    PostRequest approve(@PathVariable long id, @Valid @RequestBody(required = false) Decision d) {
        return posts.decide(id, true, d == null ? null : d.classifiedGrade(), d == null ? null : d.note());
    }

    @PostMapping("/post-requests/{id}/reject")
    PostRequest reject(@PathVariable long id, @Valid @RequestBody(required = false) Decision d) {
        return posts.decide(id, false, null, d == null ? null : d.note());
    }

    @GetMapping("/structure-templates")
    List<StructureTemplate> templates() {
        return templates.all();
    }

    record ApplyBody(@NotBlank String mission, @NotNull LocalDate validFrom) { }

    @PostMapping("/structure-templates/{code}/apply")
    @Idempotent
    StructureTemplates.Applied apply(@PathVariable String code, @Valid @RequestBody ApplyBody b) {
        return templates.apply(code, b.mission(), b.validFrom());
    }
}
