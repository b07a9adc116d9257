package org.fieldsupport.personnel.recruitment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.outreach.internal.CareerService;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.ApplicantAccounts;
import org.fieldsupport.personnel.recruitment.internal.ApplicationService;
import org.fieldsupport.personnel.recruitment.internal.OpeningService;
import org.fieldsupport.personnel.roster.internal.RosterService;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.attachment.Attachment;
import org.fieldsupport.platform.attachment.AttachmentPolicy;
import org.fieldsupport.platform.attachment.Attachments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The careers site's API: open job openings, registration and confirmation (public, throttled), then — signed in
 * as an applicant — applying, one's own applications and documents (checked by content) and roster memberships.
 */
@RestController
@RequestMapping("/api/v1/careers")
class CareersApiController {

    static final String DOCUMENT = "personnel.recruitment.application";
    static final long MAX_DOCUMENT = 5L * 1024 * 1024;

    private final OpeningService openings;
    private final ApplicationService applications;
    private final ApplicantAccounts accounts;
    private final RosterService rosters;
    private final CareerService careers;
    private final Attachments attachments;
    private final Problems problems;
    private final ZoneId platformZone;

    CareersApiController(OpeningService openings, ApplicationService applications, ApplicantAccounts accounts,
                         RosterService rosters, CareerService careers, Attachments attachments, Problems problems,
                         @Value("${fsp.time-zone:UTC}") String zone) {
        this.openings = openings;
        this.applications = applications;
        this.accounts = accounts;
        this.rosters = rosters;
        this.careers = careers;
        this.attachments = attachments;
        this.problems = problems;
        this.platformZone = ZoneId.of(zone);
    }

    /** What the public sees of an opening: no internal state, memo, review or counts. */
    record PublicOpening(long id, String reference, String type, String missionCode, String gradeCode, String title,
                         String summary, String jobFamily, LocalDate deadlineDate, Instant closesAt,
                         String closesAtNewYork, String closesAtReader,
                         List<PublicQuestion> questions) { }

    record PublicQuestion(long id, int position, String text) { }

    PublicOpening publicOpening(OpeningService.Opening o, String tz, Locale locale, boolean withQuestions) {
        return new PublicOpening(o.id(), o.reference(), o.type(), o.missionCode(), o.gradeCode(), o.title(locale),
                o.summary(locale), o.jobFamily(), o.deadlineDate(), o.closesAt(),
                o.closesAt().atZone(PostingWindow.NEW_YORK).toOffsetDateTime().toString(),
                PostingWindow.inZone(o.closesAt(), tz, platformZone).toOffsetDateTime().toString(),
                withQuestions ? openings.questions(o.id()).stream()
                        .map(q -> new PublicQuestion(q.id(), q.position(), q.text(locale))).toList() : List.of());
    }

    @GetMapping("/openings")
    List<PublicOpening> openings(@RequestParam(required = false) String tz, Locale locale) {
        return openings.posted().stream().map(o -> publicOpening(o, tz, locale, false)).toList();
    }

    @GetMapping("/openings/{id}")
    PublicOpening opening(@PathVariable long id, @RequestParam(required = false) String tz, Locale locale) {
        OpeningService.Opening o = openings.find(id);
        if (!o.open()) {
            throw new NotFoundException("recruitment.opening", id);
        }
        return publicOpening(o, tz, locale, true);
    }

    record RegisterBody(String email, String fullName, String language) { }

    @PostMapping("/register")
    ResponseEntity<ApplicantAccounts.Registration> register(@RequestBody RegisterBody b, HttpServletRequest request) {
        return ResponseEntity.accepted().body(accounts.register(b.email(), b.fullName(), b.language(),
                request.getRemoteAddr()));
    }

    record ConfirmBody(String token, String password) { }

    @PostMapping("/confirm")
    ApplicantAccounts.Registration confirm(@RequestBody ConfirmBody b, HttpServletRequest request) {
        return accounts.confirm(b.token(), b.password(), request.getRemoteAddr());
    }

    @GetMapping("/field-pages")
    List<CareerService.Page> fieldPages() {
        return careers.pages();
    }

    @GetMapping("/field-pages/{slug}")
    CareerService.Page fieldPage(@PathVariable String slug) {
        return careers.page(slug);
    }

    record ApplicationBody(Long openingId, String gender, String nationality, LocalDate dateOfBirth, String address,
                           String unStatus, List<ApplicationService.Experience> experience,
                           List<ApplicationService.Education> education, List<ApplicationService.Language> languages,
                           Map<Long, Boolean> answers, String campaign, String source) { }

    @PostMapping("/applications")
    ResponseEntity<ApplicationService.OwnApplication> apply(@RequestBody ApplicationBody b) {
        if (b.openingId() == null) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("openingId", "Required", "recruitment.input.required");
        }
        ApplicationService.OwnApplication a = applications.apply(b.openingId(), new ApplicationService.NewApplication(
                b.gender(), b.nationality(), b.dateOfBirth(), b.address(), b.unStatus(), b.experience(), b.education(),
                b.languages(), b.answers(), b.campaign(), b.source()));
        return ResponseEntity.created(URI.create("/api/v1/careers/my/applications/" + a.id())).body(a);
    }

    @GetMapping("/my/applications")
    List<ApplicationService.OwnApplication> mine() {
        return applications.mine();
    }

    @GetMapping("/my/applications/{id}")
    ApplicationService.OwnApplication own(@PathVariable long id) {
        return applications.own(id);
    }

    /** A CV or diploma for one's own application: PDF, JPEG or PNG decided from the bytes, 5 MB at most. */
    @PostMapping("/my/applications/{id}/documents")
    ResponseEntity<Attachment> upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        applications.own(id);
        if (file == null || file.isEmpty()) {
            new org.fieldsupport.platform.api.FieldErrors().add("file", "NotNull", "security.validation.required").throwIfAny();
        }
        Attachment a = attachments.attach(DOCUMENT, String.valueOf(id), file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), AttachmentPolicy.documents(MAX_DOCUMENT));
        return ResponseEntity.status(HttpStatus.CREATED).body(a);
    }

    @GetMapping("/my/applications/{id}/documents")
    List<Attachment> documents(@PathVariable long id) {
        applications.own(id);
        return attachments.list(DOCUMENT, String.valueOf(id));
    }

    @GetMapping("/my/roster")
    List<RosterService.Member> roster() {
        return rosters.mine();
    }

    record AvailabilityBody(String availability) { }

    @PostMapping("/my/roster/{memberId}/availability")
    RosterService.Member availability(@PathVariable long memberId, @RequestBody AvailabilityBody b) {
        return rosters.setAvailability(memberId, b.availability());
    }

    @ExceptionHandler(ApplicantAccounts.TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(HttpServletRequest request) {
        ProblemDetail p = problems.create(HttpStatus.TOO_MANY_REQUESTS, URI.create("/problems/too-many-requests"),
                problems.message("recruitment.problem.tooMany.title"), problems.message("recruitment.problem.tooMany.detail",
                        ApplicantAccounts.PER_EMAIL_PER_HOUR), request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600")
                .contentType(Problems.PROBLEM_JSON).body(p);
    }
}
