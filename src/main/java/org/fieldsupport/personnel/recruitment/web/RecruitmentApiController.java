package org.fieldsupport.personnel.recruitment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.recruitment.domain.BlindCandidate;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.AssessmentService;
import org.fieldsupport.personnel.recruitment.internal.DashboardService;
import org.fieldsupport.personnel.recruitment.internal.OpeningService;
import org.fieldsupport.personnel.roster.internal.RosterService;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.api.TabularFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Job openings, blind assessment, memo, review and selection through the API. */
@RestController
@RequestMapping("/api/v1/personnel/recruitment")
class RecruitmentApiController {

    private final OpeningService openings;
    private final ApplicationService applications;
    private final AssessmentService assessment;
    private final DashboardService dashboards;
    private final Paging paging;
    private final ZoneId platformZone;
    private final org.fieldsupport.personnel.recruitment.internal.BlindListPdf blindListPdf;

    RecruitmentApiController(OpeningService openings, ApplicationService applications, AssessmentService assessment,
                             DashboardService dashboards, Paging paging, @Value("${fsp.time-zone:UTC}") String zone,
                             org.fieldsupport.personnel.recruitment.internal.BlindListPdf blindListPdf) {
        this.blindListPdf = blindListPdf;
        this.openings = openings;
        this.applications = applications;
        this.assessment = assessment;
        this.dashboards = dashboards;
        this.paging = paging;
        this.platformZone = ZoneId.of(zone);
    }

    @GetMapping("/openings")
    List<OpeningService.Opening> list(@RequestParam(required = false) String mission,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String status) {
        return openings.list(mission, type, status);
    }

    record QuestionBody(String textEn, String textFr, Boolean requiredAnswer) { }

    record OpeningBody(String type, Long postId, String jobFamily, String gradeCode, String functionalTitle,
                       String titleFr, String rosterType, String summaryEn, String summaryFr, LocalDate deadlineDate,
                       Long campaignId, List<QuestionBody> questions, List<String> assessors) { }

    /** Creates the opening, posted now, or as a draft with {@code ?draft=true} (posted later by {@code /post}). */
    @PostMapping("/openings")
    ResponseEntity<OpeningService.Opening> create(@RequestBody OpeningBody b,
                                                  @RequestParam(defaultValue = "false") boolean draft) {
        OpeningService.Opening o = openings.create(new OpeningService.NewOpening(b.type(), b.postId(), b.jobFamily(),
                b.gradeCode(), b.functionalTitle(), b.titleFr(), b.rosterType(), b.summaryEn(), b.summaryFr(),
                b.deadlineDate(), b.campaignId(), b.questions() == null ? null : b.questions().stream()
                .map(q -> q == null ? null : new OpeningService.NewQuestion(q.textEn(), q.textFr(), q.requiredAnswer()))
                .toList(), b.assessors()), draft);
        return ResponseEntity.created(URI.create("/api/v1/personnel/recruitment/openings/" + o.id())).body(o);
    }

    /** Posts a draft opening (workflow kit: DRAFT → POSTED). */
    @PostMapping("/openings/{id}/post")
    OpeningService.Opening post(@PathVariable long id) {
        return openings.post(id, null);
    }

    record CancelBody(String reason) { }

    /** Cancels an unfinished opening with a reason (workflow kit: → CANCELLED). */
    @PostMapping("/openings/{id}/cancel")
    OpeningService.Opening cancel(@PathVariable long id, @RequestBody(required = false) CancelBody b) {
        return openings.cancel(id, b == null ? null : b.reason(), null);
    }

    /** The opening's moves (who, when, note, the delegation used for a selection), oldest first. */
    @GetMapping("/openings/{id}/history")
    List<org.fieldsupport.platform.workflow.Workflows.TransitionRecord> history(@PathVariable long id) {
        return openings.history(id);
    }

    /** The opening with its questions; the closing time in New York, in UTC and in the reader's zone ({@code tz}). */
    record OpeningDetail(OpeningService.Opening opening, List<OpeningService.Question> questions,
                         String closesAtNewYork, String closesAtReader, String readerZone) { }

    @GetMapping("/openings/{id}")
    OpeningDetail get(@PathVariable long id, @RequestParam(required = false) String tz) {
        OpeningService.Opening o = openings.get(id);
        ZonedDateTime reader = PostingWindow.inZone(o.closesAt(), tz, platformZone);
        return new OpeningDetail(o, openings.questions(id),
                o.closesAt().atZone(PostingWindow.NEW_YORK).toOffsetDateTime().toString(),
                reader.toOffsetDateTime().toString(), reader.getZone().getId());
    }

    record AssessorBody(String username) { }

    @PostMapping("/openings/{id}/assessors")
    List<String> addAssessor(@PathVariable long id, @RequestBody AssessorBody b) {
        return openings.addAssessor(id, b.username());
    }

    static ApplicationService.Filter filter(String status, String gender, BigDecimal minExperience, String language,
                                            String education, Boolean onRoster, Boolean screeningPassed, String ref) {
        return new ApplicationService.Filter(status, gender, minExperience, language, education, onRoster,
                screeningPassed, ref);
    }

    @GetMapping("/openings/{id}/applications")
    PageResponse<BlindCandidate> applications(@PathVariable long id, @RequestParam(required = false) String status,
                                              @RequestParam(required = false) String gender,
                                              @RequestParam(required = false) BigDecimal minExperience,
                                              @RequestParam(required = false) String language,
                                              @RequestParam(required = false) String education,
                                              @RequestParam(required = false) Boolean onRoster,
                                              @RequestParam(required = false) Boolean screeningPassed,
                                              @RequestParam(required = false) String candidateRef,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) String sort) {
        return applications.page(id, filter(status, gender, minExperience, language, education, onRoster,
                screeningPassed, candidateRef), paging.read(page, size, sort, ApplicationService.SORT));
    }

    static final List<String> EXPORT_COLUMNS = List.of("candidate_ref", "gender", "total_experience", "education",
            "languages", "on_roster", "un_status", "screening_passed", "status", "test_score", "interview_score",
            "submitted_at");

    /** The blind list as CSV, XLSX or PDF: the same columns as the screen, never a name or nationality. */
    @GetMapping("/openings/{id}/applications/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String status, java.util.Locale locale) {
        if ("pdf".equalsIgnoreCase(format)) {
            var pdf = blindListPdf.render(id, filter(status, null, null, null, null, null, null, null), locale);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.filename() + "\"")
                    .contentType(MediaType.APPLICATION_PDF).body(pdf.body());
        }
        List<Map<String, String>> rows = applications.export(id, filter(status, null, null, null, null, null, null, null))
                .stream().map(RecruitmentApiController::exportRow).toList();
        OpeningService.Opening o = openings.get(id);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        byte[] body = xlsx ? TabularFile.xlsx("applications", EXPORT_COLUMNS, rows) : TabularFile.csv(EXPORT_COLUMNS, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + o.reference() + "-applications."
                        + (xlsx ? "xlsx" : "csv") + "\"")
                .contentType(xlsx ? MediaType.parseMediaType(TabularFile.XLSX_CONTENT_TYPE)
                        : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    static Map<String, String> exportRow(BlindCandidate c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("candidate_ref", c.candidateRef());
        r.put("gender", c.gender());
        r.put("total_experience", c.totalExperience().toPlainString());
        r.put("education", c.educationLevel());
        r.put("languages", String.join(" ", c.languages().stream().map(l -> l.language() + ":" + l.level()).toList()));
        r.put("on_roster", String.valueOf(c.onRoster()));
        r.put("un_status", c.unStatus());
        r.put("screening_passed", String.valueOf(c.screeningPassed()));
        r.put("status", c.status());
        r.put("test_score", c.testScore() == null ? "" : c.testScore().toPlainString());
        r.put("interview_score", c.interviewScore() == null ? "" : c.interviewScore().toPlainString());
        r.put("submitted_at", String.valueOf(c.submittedAt()));
        return r;
    }

    @GetMapping("/applications/{id}")
    BlindCandidate application(@PathVariable long id, Locale locale) {
        return applications.get(id, locale);
    }

    @GetMapping("/applications/{id}/profile")
    ApplicationService.Profile profile(@PathVariable long id) {
        return applications.profile(id);
    }

    @GetMapping("/applications/{id}/scores")
    List<AssessmentService.ScoreLine> scores(@PathVariable long id) {
        return assessment.scores(id);
    }

    record ScoresBody(List<AssessmentService.Score> scores) { }

    @PostMapping("/applications/{id}/scores")
    List<AssessmentService.ScoreLine> score(@PathVariable long id, @RequestBody ScoresBody b) {
        return assessment.score(id, b.scores());
    }

    record ReasonBody(String reason) { }

    @PostMapping("/applications/{id}/unblind")
    ApplicationService.Identity unblind(@PathVariable long id, @RequestBody ReasonBody b) {
        return applications.unblind(id, b.reason());
    }

    @GetMapping("/openings/{id}/unblindings")
    List<ApplicationService.Unblinding> unblindings(@PathVariable long id) {
        return applications.unblindings(id);
    }

    record MemoBody(String text, List<String> recommended) { }

    @PostMapping("/openings/{id}/memo")
    OpeningService.Opening memo(@PathVariable long id, @RequestBody MemoBody b) {
        return assessment.memo(id, b.text(), b.recommended());
    }

    record ReviewBody(String decision, String note) { }

    @PostMapping("/openings/{id}/review")
    OpeningService.Opening review(@PathVariable long id, @RequestBody ReviewBody b) {
        return assessment.review(id, b.decision(), b.note());
    }

    record SelectionBody(String candidateRef) { }

    @PostMapping("/openings/{id}/selection")
    OpeningService.Opening select(@PathVariable long id, @RequestBody SelectionBody b) {
        return assessment.select(id, b.candidateRef());
    }

    @GetMapping("/openings/{id}/roster-matches")
    List<RosterService.Member> rosterMatches(@PathVariable long id, @RequestParam(required = false) BigDecimal minExperience,
                                             @RequestParam(required = false) String language) {
        return assessment.rosterMatches(id, minExperience, language);
    }

    record RosterSelectionBody(Long rosterMemberId) { }

    @PostMapping("/openings/{id}/roster-selection")
    OpeningService.Opening selectFromRoster(@PathVariable long id, @RequestBody RosterSelectionBody b) {
        return assessment.selectFromRoster(id, b.rosterMemberId());
    }

    @GetMapping("/dashboard")
    DashboardService.Dashboard dashboard(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) String mission) {
        return dashboards.dashboard(year == null ? LocalDate.now().getYear() : year, mission);
    }
}
