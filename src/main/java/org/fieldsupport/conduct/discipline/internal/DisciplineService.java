package org.fieldsupport.conduct.discipline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.conduct.cases.domain.NeedToKnow;
import org.fieldsupport.conduct.cases.internal.CaseReadLog;
import org.fieldsupport.conduct.cases.internal.CaseService;
import org.fieldsupport.conduct.cases.internal.ConductAccess;
import org.fieldsupport.conduct.discipline.domain.DisciplinaryMeasure;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disciplinary review (§5.7.e): a substantiated case's file goes to headquarters with the mission's recommended
 * measure; headquarters records its recommendation/decision and date. Need-to-know applies as for the case.
 */
@Service
public class DisciplineService {

    public record ReviewRow(long reviewId, long caseId, String reference, String missionCode, LocalDate submittedOn,
                            String recommendation, String decision, LocalDate decidedOn) { }

    private final JdbcClient jdbc;
    private final ConductAccess access;
    private final CaseReadLog readLog;
    private final CaseService cases;
    private final ApplicationEventPublisher events;

    DisciplineService(JdbcClient jdbc, ConductAccess access, CaseReadLog readLog, CaseService cases,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.readLog = readLog;
        this.cases = cases;
        this.events = events;
    }

    @Transactional
    public CaseService.CaseView submit(long caseId, String recommendation, String note) {
        CaseService.CaseView c = visible(caseId);
        if (!c.manageable()) {
            throw new AccessDeniedException("read-only access");
        }
        DisciplinaryMeasure measure = measure("recommendation", recommendation);
        if (!"SUBSTANTIATED".equals(c.outcome())) {
            throw new BusinessRuleException("conduct.discipline.refused.notSubstantiated", c.reference());
        }
        if (c.reviews().stream().anyMatch(r -> r.decision() == null)) {
            throw new BusinessRuleException("conduct.discipline.refused.openReview", c.reference());
        }
        jdbc.sql("INSERT INTO conduct_review (case_id, submitted_on, submitted_by, recommendation, recommendation_note) VALUES (?, ?, ?, ?, ?)")
                .params(caseId, CaseService.today(), access.user(), measure.name(), blankToNull(note)).update();
        audit(caseId, "SUBMITTED");
        return cases.read(caseId);
    }

    @Transactional
    public CaseService.CaseView decide(long caseId, String decision, String note) {
        CaseService.CaseView c = visible(caseId);
        if (!access.current().headquarters()) {
            throw new AccessDeniedException("headquarters decides");
        }
        DisciplinaryMeasure measure = measure("decision", decision);
        int rows = jdbc.sql("UPDATE conduct_review SET decision = ?, decision_note = ?, decided_on = ?, decided_by = ? "
                        + "WHERE case_id = ? AND decision IS NULL")
                .params(measure.name(), blankToNull(note), CaseService.today(), access.user(), caseId).update();
        if (rows == 0) {
            throw new BusinessRuleException("conduct.discipline.refused.noOpenReview", c.reference());
        }
        audit(caseId, "DECIDED");
        return cases.read(caseId);
    }

    /** Case files under review (open first), among the cases the user may see. */
    @Transactional
    public List<ReviewRow> list(boolean openOnly) {
        NeedToKnow ntk = access.current();
        if (!ntk.seesAny()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String where = visibility(ntk, params);
        List<ReviewRow> rows = jdbc.sql("SELECT r.id, c.id, c.reference, c.mission_code, r.submitted_on, r.recommendation, "
                        + "r.decision, r.decided_on FROM conduct_review r JOIN conduct_case c ON c.id = r.case_id WHERE " + where
                        + (openOnly ? " AND r.decision IS NULL" : "") + " ORDER BY r.decision NULLS FIRST, r.submitted_on DESC")
                .params(params).query((rs, n) -> new ReviewRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class))).list();
        readLog.log(rows.stream().map(ReviewRow::caseId).distinct().toList(), CaseReadLog.Kind.LIST);
        return rows;
    }

    private static String visibility(NeedToKnow ntk, List<Object> params) {
        if (ntk.headquarters()) return "1 = 1";
        List<String> parts = new ArrayList<>();
        for (String m : ntk.officerMissions()) { parts.add("c.mission_code = ?"); params.add(m); }
        for (Long id : ntk.grantedCases()) { parts.add("c.id = ?"); params.add(id); }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", parts) + ")";
    }

    private CaseService.CaseView visible(long caseId) {
        return cases.read(caseId);
    }

    private static DisciplinaryMeasure measure(String field, String value) {
        if (value == null || value.isBlank()) {
            new FieldErrors().add(field, "NotBlank", "conduct.input.required").throwIfAny();
        }
        try {
            return DisciplinaryMeasure.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            new FieldErrors().add(field, "OneOf", "conduct.input.oneOf",
                    String.join(", ", java.util.Arrays.stream(DisciplinaryMeasure.values()).map(Enum::name).toList())).throwIfAny();
            return null;
        }
    }

    private void audit(long caseId, String what) {
        events.publishEvent(DataChanged.updated("conduct.review", caseId, null, java.util.Map.of("review", what)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
