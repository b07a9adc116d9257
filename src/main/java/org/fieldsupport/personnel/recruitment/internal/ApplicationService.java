package org.fieldsupport.personnel.recruitment.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.personnel.recruitment.domain.BlindCandidate;
import org.fieldsupport.personnel.recruitment.domain.ExperienceRule;
import org.fieldsupport.personnel.recruitment.domain.OpeningType;
import org.fieldsupport.personnel.recruitment.domain.PanelRules;
import org.fieldsupport.personnel.recruitment.domain.PostingWindow;
import org.fieldsupport.personnel.recruitment.internal.OpeningService.Opening;
import org.fieldsupport.personnel.recruitment.internal.OpeningService.Question;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: submitted by a confirmed applicant with a personal history profile while the posting is open; read
 * by the recruitment staff ONLY as {@link BlindCandidate} (lists, details, exports); identity only through the
 * recruiter's un-blinding, with a reason, recorded and audited; an applicant reads only their own applications.
 */
@Service
public class ApplicationService {

    public static final Set<String> EDUCATION = Set.of("SECONDARY", "BACHELOR", "MASTER", "DOCTORATE");
    static final List<String> EDUCATION_ORDER = List.of("SECONDARY", "BACHELOR", "MASTER", "DOCTORATE");
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "es", "ru", "zh", "pt");
    public static final Set<String> LANGUAGE_LEVELS = Set.of("FLUENT", "KNOWLEDGE");
    public static final Set<String> UN_STATUS = Set.of("NONE", "STAFF", "FORMER_STAFF");
    public static final Set<String> SOURCES = Set.of("MEMBER_STATE", "REGIONAL_ORGANIZATION", "PEACEKEEPING_PARTNER",
            "PROFESSIONAL_NETWORK", "UN_ENTITY", "CAREERS_PORTAL");
    public static final Set<String> GENDERS = Set.of("F", "M", "X");
    private static final String REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final RecruitmentAccess access;
    private final OpeningService openings;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;

    ApplicationService(JdbcClient jdbc, RecruitmentAccess access, OpeningService openings, ReferenceData reference,
                       ApplicationEventPublisher events, RecruitmentClock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.openings = openings;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- submission (the applicant)

    public record Experience(String employer, String jobTitle, LocalDate from, LocalDate to) { }

    public record Education(String level, String field, String institution, Integer yearCompleted) { }

    public record Language(String language, String level) { }

    public record NewApplication(String gender, String nationality, LocalDate dateOfBirth, String address,
                                 String unStatus, List<Experience> experience, List<Education> education,
                                 List<Language> languages, Map<Long, Boolean> answers, String campaign,
                                 String source) { }

    /** Applies as the signed-in applicant. */
    @Transactional
    public OwnApplication apply(long openingId, NewApplication in) {
        String user = access.require(RecruitmentPermissions.APPLY, null);
        long applicantId = jdbc.sql("SELECT id FROM rec_applicant WHERE username = ? AND status = 'CONFIRMED'")
                .param(user).query(Long.class).optional()
                .orElseThrow(() -> new BusinessRuleException("recruitment.refused.noApplicantAccount"));
        long id = submit(openingId, applicantId, in, clock.now(), false);
        return own(id);
    }

    /** Records an application; {@code demo}: the posting window is not checked (demo data of closed openings). */
    @Transactional
    public long submit(long openingId, long applicantId, NewApplication in, Instant at, boolean demo) {
        Opening o = openings.find(openingId);
        List<Question> questions = openings.questions(openingId);
        FieldErrors errors = new FieldErrors();
        if (in.gender() == null || !GENDERS.contains(in.gender())) {
            errors.add("gender", "OneOf", "recruitment.input.gender");
        }
        if (in.nationality() == null || reference.country(in.nationality().strip()).map(c -> !c.unMemberState())
                .orElse(true)) {
            errors.add("nationality", "MemberState", "recruitment.input.nationality");
        }
        if (in.dateOfBirth() == null || in.dateOfBirth().isAfter(clock.today().minusYears(18))) {
            errors.add("dateOfBirth", "Adult", "recruitment.input.dateOfBirth");
        }
        String unStatus = in.unStatus() == null ? "NONE" : in.unStatus().strip();
        if (!UN_STATUS.contains(unStatus)) {
            errors.add("unStatus", "OneOf", "recruitment.input.unStatus");
        }
        List<Experience> exp = in.experience() == null ? List.of() : in.experience();
        for (int i = 0; i < exp.size(); i++) {
            Experience e = exp.get(i);
            String f = "experience[" + i + "]";
            if (e == null || OpeningService.blankToNull(e.employer()) == null) {
                errors.add(f + ".employer", "Required", "recruitment.input.required");
            }
            if (e == null || OpeningService.blankToNull(e.jobTitle()) == null) {
                errors.add(f + ".jobTitle", "Required", "recruitment.input.required");
            }
            if (e == null || e.from() == null) {
                errors.add(f + ".from", "Required", "recruitment.input.required");
            } else if (e.to() != null && e.to().isBefore(e.from())) {
                errors.add(f + ".to", "AfterStart", "recruitment.input.dateOrder");
            } else if (e.from().isAfter(clock.today())) {
                errors.add(f + ".from", "Past", "recruitment.input.past");
            }
        }
        List<Education> edu = in.education() == null ? List.of() : in.education();
        if (edu.isEmpty()) {
            errors.add("education", "Required", "recruitment.input.required");
        }
        for (int i = 0; i < edu.size(); i++) {
            Education e = edu.get(i);
            String f = "education[" + i + "]";
            if (e == null || e.level() == null || !EDUCATION.contains(e.level())) {
                errors.add(f + ".level", "OneOf", "recruitment.input.education");
            }
            if (e == null || OpeningService.blankToNull(e.field()) == null) {
                errors.add(f + ".field", "Required", "recruitment.input.required");
            }
            if (e == null || OpeningService.blankToNull(e.institution()) == null) {
                errors.add(f + ".institution", "Required", "recruitment.input.required");
            }
            if (e == null || e.yearCompleted() == null || e.yearCompleted() < 1950
                    || e.yearCompleted() > clock.today().getYear()) {
                errors.add(f + ".yearCompleted", "Range", "recruitment.input.year");
            }
        }
        List<Language> langs = in.languages() == null ? List.of() : in.languages();
        if (langs.isEmpty()) {
            errors.add("languages", "Required", "recruitment.input.required");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < langs.size(); i++) {
            Language l = langs.get(i);
            if (l != null && l.language() != null && !seen.add(l.language())) {
                errors.add("languages[" + i + "].language", "Unique", "recruitment.input.languageTwice");
            }
            if (l == null || l.language() == null || !LANGUAGES.contains(l.language())) {
                errors.add("languages[" + i + "].language", "OneOf", "recruitment.input.language");
            }
            if (l == null || l.level() == null || !LANGUAGE_LEVELS.contains(l.level())) {
                errors.add("languages[" + i + "].level", "OneOf", "recruitment.input.languageLevel");
            }
        }
        Map<Long, Boolean> answers = in.answers() == null ? Map.of() : in.answers();
        for (Question q : questions) {
            if (answers.get(q.id()) == null) {
                errors.add("answers[" + q.id() + "]", "Required", "recruitment.input.answer", q.position());
            }
        }
        Long campaignId = null;
        if (OpeningService.blankToNull(in.campaign()) != null) {
            campaignId = jdbc.sql("SELECT id FROM rec_campaign WHERE reference = ?").param(in.campaign().strip())
                    .query(Long.class).optional().orElse(null);
            if (campaignId == null) {
                errors.add("campaign", "Exists", "recruitment.input.campaignRef", in.campaign());
            }
        } else if (o.campaignId() != null) {
            campaignId = o.campaignId();
        }
        String source = OpeningService.blankToNull(in.source()) == null ? "CAREERS_PORTAL" : in.source().strip();
        if (!SOURCES.contains(source)) {
            errors.add("source", "OneOf", "recruitment.input.source");
        }
        errors.throwIfAny();
        if (!demo && (!"POSTED".equals(o.status()) || !PostingWindow.isOpen(o.closesAt(), at))) {
            throw new BusinessRuleException("recruitment.refused.closed", o.reference());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM rec_application WHERE opening_id = ? AND applicant_id = ?")
                .params(openingId, applicantId).query(Long.class).single() > 0) {
            throw new BusinessRuleException("recruitment.refused.duplicate", o.reference());
        }
        boolean onRoster = rosteredFor(applicantId, o.jobFamily(), o.gradeCode());
        if (OpeningType.valueOf(o.type()).rosterOnly() && !onRoster) {
            throw new BusinessRuleException("recruitment.refused.notRostered", o.jobCode());
        }
        LocalDate asOf = at.atZone(PostingWindow.NEW_YORK).toLocalDate();
        BigDecimal years = ExperienceRule.years(exp.stream().map(e -> new ExperienceRule.Period(e.from(), e.to()))
                .toList(), asOf);
        String highest = edu.stream().map(Education::level).max(java.util.Comparator.comparingInt(EDUCATION_ORDER::indexOf))
                .orElseThrow();
        String languageSummary = String.join(";", langs.stream().map(l -> l.language() + ":" + l.level()).toList());
        boolean passed = questions.stream().allMatch(q -> q.requiredAnswer() == null
                || q.requiredAnswer().equals(answers.get(q.id())));
        jdbc.sql("""
                UPDATE rec_applicant SET gender = ?, nationality = ?, date_of_birth = ?, address = ? WHERE id = ?""")
                .params(in.gender(), reference.country(in.nationality().strip()).orElseThrow().alpha3(),
                        in.dateOfBirth(), OpeningService.blankToNull(in.address()), applicantId).update();
        String ref = candidateRef();
        jdbc.sql("""
                INSERT INTO rec_application (opening_id, applicant_id, candidate_ref, gender, total_experience,
                    education_level, languages, on_roster, un_status, screening_passed, status, campaign_id, source,
                    member_state, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(openingId, applicantId, ref, in.gender(), years, highest, languageSummary, onRoster, unStatus,
                        passed, passed ? "SUBMITTED" : "SCREENED_OUT", campaignId, source,
                        reference.country(in.nationality().strip()).orElseThrow().alpha3(), Timestamp.from(at))
                .update();
        long id = jdbc.sql("SELECT id FROM rec_application WHERE candidate_ref = ?").param(ref).query(Long.class).single();
        for (Experience e : exp) {
            jdbc.sql("INSERT INTO rec_experience (application_id, employer, job_title, from_date, to_date) VALUES (?, ?, ?, ?, ?)")
                    .params(id, e.employer().strip(), e.jobTitle().strip(), e.from(), e.to()).update();
        }
        for (Education e : edu) {
            jdbc.sql("INSERT INTO rec_education (application_id, level, field, institution, year_completed) VALUES (?, ?, ?, ?, ?)")
                    .params(id, e.level(), e.field().strip(), e.institution().strip(), e.yearCompleted()).update();
        }
        for (Language l : langs) {
            jdbc.sql("INSERT INTO rec_language (application_id, language, level) VALUES (?, ?, ?)")
                    .params(id, l.language(), l.level()).update();
        }
        for (Question q : questions) {
            jdbc.sql("INSERT INTO rec_answer (application_id, question_id, answer) VALUES (?, ?, ?)")
                    .params(id, q.id(), answers.get(q.id())).update();
        }
        // the audit trail carries the blind reference only (assessors may be shown audit views)
        events.publishEvent(DataChanged.created("personnel.recruitment.application", id,
                Map.of("candidateRef", ref, "opening", o.reference(), "screeningPassed", passed)));
        return id;
    }

    boolean rosteredFor(long applicantId, String family, String grade) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM rec_roster_member m JOIN rec_roster r ON r.id = m.roster_id
                WHERE m.applicant_id = ? AND r.job_family = ? AND r.grade_code = ? AND m.availability = 'AVAILABLE'""")
                .params(applicantId, family, grade).query(Long.class).single() > 0;
    }

    static String candidateRef() {
        StringBuilder b = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            b.append(REF_ALPHABET.charAt(RANDOM.nextInt(REF_ALPHABET.length())));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- the blind views

    public static final Map<String, String> SORT = Map.of("submittedAt", "a.submitted_at", "totalExperience",
            "a.total_experience", "testScore", "a.test_score", "interviewScore", "a.interview_score", "candidateRef",
            "a.candidate_ref");

    /** Filters of the blind list; every one optional. */
    public record Filter(String status, String gender, BigDecimal minExperience, String language,
                         String education, Boolean onRoster, Boolean screeningPassed, String candidateRef) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);
    }

    static final String BLIND_COLUMNS = "a.id, a.candidate_ref, a.opening_id, a.gender, a.total_experience, "
            + "a.education_level, a.languages, a.on_roster, a.un_status, a.screening_passed, a.status, a.test_score, "
            + "a.interview_score, a.submitted_at";

    static BlindCandidate blind(ResultSet rs, List<BlindCandidate.Answer> answers) throws SQLException {
        List<BlindCandidate.Language> langs = new ArrayList<>();
        for (String part : rs.getString("languages").split(";")) {
            String[] kv = part.split(":", 2);
            if (kv.length == 2) {
                langs.add(new BlindCandidate.Language(kv[0], kv[1]));
            }
        }
        return new BlindCandidate(rs.getLong("id"), rs.getString("candidate_ref"), rs.getLong("opening_id"),
                rs.getString("gender"), rs.getBigDecimal("total_experience"), rs.getString("education_level"), langs,
                rs.getBoolean("on_roster"), rs.getString("un_status"), rs.getBoolean("screening_passed"),
                rs.getString("status"), rs.getBigDecimal("test_score"), rs.getBigDecimal("interview_score"),
                OpeningService.instant(rs, "submitted_at"), answers);
    }

    /** One page of an opening's applications, filtered, blind (readers of the opening). */
    @Transactional(readOnly = true)
    public PageResponse<BlindCandidate> page(long openingId, Filter f, PageQuery page) {
        Opening o = openings.get(openingId);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(o.id(), f, params);
        List<BlindCandidate> rows = jdbc.sql("SELECT " + BLIND_COLUMNS + " FROM rec_application a WHERE " + where
                        + " ORDER BY " + page.orderByOr("a.submitted_at") + ", a.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .params(params).param("offset", page.offset()).param("size", page.size())
                .query((rs, n) -> blind(rs, List.of())).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM rec_application a WHERE " + where).params(params)
                .query(Long.class).single();
        return PageResponse.of(rows, page, total);
    }

    static String where(long openingId, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("a.opening_id = :opening");
        params.put("opening", openingId);
        if (f.status() != null && !f.status().isBlank()) {
            w.append(" AND a.status = :status");
            params.put("status", f.status().strip());
        }
        if (f.gender() != null && !f.gender().isBlank()) {
            w.append(" AND a.gender = :gender");
            params.put("gender", f.gender().strip());
        }
        if (f.minExperience() != null) {
            w.append(" AND a.total_experience >= :minExp");
            params.put("minExp", f.minExperience());
        }
        if (f.language() != null && !f.language().isBlank()) {
            w.append(" AND a.languages LIKE :lang");
            params.put("lang", "%" + f.language().strip().toLowerCase(Locale.ROOT) + ":%");
        }
        if (f.education() != null && !f.education().isBlank()) {
            w.append(" AND a.education_level = :edu");
            params.put("edu", f.education().strip());
        }
        if (f.onRoster() != null) {
            w.append(" AND a.on_roster = :onRoster");
            params.put("onRoster", f.onRoster());
        }
        if (f.screeningPassed() != null) {
            w.append(" AND a.screening_passed = :passed");
            params.put("passed", f.screeningPassed());
        }
        if (f.candidateRef() != null && !f.candidateRef().isBlank()) {
            w.append(" AND a.candidate_ref = :ref");
            params.put("ref", f.candidateRef().strip().toUpperCase(Locale.ROOT));
        }
        return w.toString();
    }

    /** One application, blind, with its screening answers (readers of its opening). */
    @Transactional(readOnly = true)
    public BlindCandidate get(long applicationId, Locale locale) {
        long openingId = openingOf(applicationId);
        openings.get(openingId);
        List<BlindCandidate.Answer> answers = jdbc.sql("""
                SELECT q.id, q.text_en, q.text_fr, r.answer FROM rec_answer r JOIN rec_question q ON q.id = r.question_id
                WHERE r.application_id = ? ORDER BY q.position""").param(applicationId)
                .query((rs, n) -> new BlindCandidate.Answer(rs.getLong(1),
                        "fr".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2), rs.getBoolean(4))).list();
        return jdbc.sql("SELECT " + BLIND_COLUMNS + " FROM rec_application a WHERE a.id = ?").param(applicationId)
                .query((rs, n) -> blind(rs, answers)).single();
    }

    public record ExperienceLine(String employer, String jobTitle, LocalDate from, LocalDate to) { }

    public record EducationLine(String level, String field, String institution, int yearCompleted) { }

    /** The experience periods and education of an application (the employer names stay: no personal identifiers). */
    public record Profile(List<ExperienceLine> experience, List<EducationLine> education) { }

    @Transactional(readOnly = true)
    public Profile profile(long applicationId) {
        openings.get(openingOf(applicationId));
        return profileOf(applicationId);
    }

    Profile profileOf(long applicationId) {
        return new Profile(jdbc.sql("SELECT employer, job_title, from_date, to_date FROM rec_experience WHERE application_id = ? ORDER BY from_date")
                .param(applicationId).query((rs, n) -> new ExperienceLine(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list(),
                jdbc.sql("SELECT level, field, institution, year_completed FROM rec_education WHERE application_id = ? ORDER BY year_completed")
                        .param(applicationId).query((rs, n) -> new EducationLine(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getInt(4))).list());
    }

    long openingOf(long applicationId) {
        return jdbc.sql("SELECT opening_id FROM rec_application WHERE id = ?").param(applicationId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("recruitment.application", applicationId));
    }

    /** Every application of the opening, blind, for the export (capped like Inspira's bulk download). */
    @Transactional(readOnly = true)
    public List<BlindCandidate> export(long openingId, Filter f) {
        Opening o = openings.get(openingId);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(o.id(), f, params);
        return jdbc.sql("SELECT " + BLIND_COLUMNS + " FROM rec_application a WHERE " + where
                        + " ORDER BY a.submitted_at, a.id FETCH FIRST 5000 ROWS ONLY")
                .params(params).query((rs, n) -> blind(rs, List.of())).list();
    }

    // ---------------------------------------------------------------- un-blinding (the recruiter)

    public record Identity(long applicationId, String candidateRef, String fullName, String email, String nationality,
                           LocalDate dateOfBirth, String address, String reason, String unblindedBy,
                           Instant unblindedAt) { }

    /** Reveals the applicant behind an application: the recruiter of the opening's mission, with a reason; audited. */
    @Transactional
    public Identity unblind(long applicationId, String reason) {
        long openingId = openingOf(applicationId);
        Opening o = openings.find(openingId);
        if (reason == null || reason.strip().length() < 10) {
            throw org.fieldsupport.platform.api.InvalidInputException.of("reason", "MinLength", "recruitment.input.reason", 10);
        }
        String user = access.require(RecruitmentPermissions.UNBLIND, o.missionCode());
        Instant now = clock.now();
        jdbc.sql("INSERT INTO rec_unblinding (application_id, username, reason, at) VALUES (?, ?, ?, ?)")
                .params(applicationId, user, reason.strip(), Timestamp.from(now)).update();
        Identity id = identity(applicationId, reason.strip(), user, now);
        // audited without the identity revealed: who un-blinded which candidate, and why
        events.publishEvent(DataChanged.created("personnel.recruitment.unblinding", applicationId,
                Map.of("candidateRef", id.candidateRef(), "opening", o.reference(), "reason", reason.strip())));
        return id;
    }

    Identity identity(long applicationId, String reason, String user, Instant at) {
        return jdbc.sql("""
                SELECT a.candidate_ref, p.full_name, p.email, p.nationality, p.date_of_birth, p.address
                FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.id = ?""")
                .param(applicationId).query((rs, n) -> new Identity(applicationId, rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), reason, user,
                        at)).single();
    }

    public record Unblinding(long applicationId, String candidateRef, String username, String reason, Instant at) { }

    /** The un-blindings of an opening (the recruiter; shows who and why, never the identity). */
    public List<Unblinding> unblindings(long openingId) {
        Opening o = openings.find(openingId);
        access.require(RecruitmentPermissions.UNBLIND, o.missionCode());
        return jdbc.sql("""
                SELECT u.application_id, a.candidate_ref, u.username, u.reason, u.at FROM rec_unblinding u
                JOIN rec_application a ON a.id = u.application_id WHERE a.opening_id = ? ORDER BY u.at DESC""")
                .param(openingId).query((rs, n) -> new Unblinding(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), OpeningService.instant(rs, "at"))).list();
    }

    // ---------------------------------------------------------------- the applicant's own applications

    public record OwnApplication(long id, String candidateRef, long openingId, String openingReference,
                                 String titleEn, String titleFr, String status, Instant submittedAt,
                                 BigDecimal totalExperience) { }

    static final String OWN = """
            SELECT a.id, a.candidate_ref, a.opening_id, o.reference, o.functional_title, o.title_fr, a.status,
                   a.submitted_at, a.total_experience, p.username
            FROM rec_application a JOIN rec_opening o ON o.id = a.opening_id JOIN rec_applicant p ON p.id = a.applicant_id""";

    static OwnApplication ownRow(ResultSet rs, int n) throws SQLException {
        return new OwnApplication(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), OpeningService.instant(rs, "submitted_at"), rs.getBigDecimal(9));
    }

    public List<OwnApplication> mine() {
        String user = access.require(RecruitmentPermissions.APPLY, null);
        return jdbc.sql(OWN + " WHERE p.username = ? ORDER BY a.submitted_at DESC").param(user)
                .query(ApplicationService::ownRow).list();
    }

    /** The applicant's own application; another's is refused (403), as for anyone without the permission. */
    public OwnApplication own(long applicationId) {
        String user = access.require(RecruitmentPermissions.APPLY, null);
        String owner = jdbc.sql("SELECT COALESCE(p.username, '') FROM rec_application a JOIN rec_applicant p ON p.id = a.applicant_id WHERE a.id = ?")
                .param(applicationId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("recruitment.application", applicationId));
        if (!user.equals(owner)) {
            throw new AccessDeniedException("not the applicant's application");
        }
        return jdbc.sql(OWN + " WHERE a.id = ?").param(applicationId).query(ApplicationService::ownRow).single();
    }

    static BigDecimal pass() {
        return PanelRules.PASS;
    }
}
