package org.fieldsupport.guidance.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.guidance.TrainingRecords;
import org.fieldsupport.guidance.training.domain.TrainingRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TrainingRecords} from the training tables: counts per mission, no names, so no training permission is asked
 * of the calling module's user (the caller checks its own permission on the mission).
 */
@Service
class JdbcTrainingRecords implements TrainingRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTrainingRecords(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(readOnly = true)
    public MandatoryCompletion mandatoryCompletion(String missionCode, Collection<String> courseCodes) {
        String mission = missionCode == null ? "" : missionCode.strip().toUpperCase(Locale.ROOT);
        List<String> courses = courseCodes == null ? List.of()
                : courseCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        Map<String, Object> params = new HashMap<>();
        params.put("mission", mission);
        String courseClause = "";
        if (!courses.isEmpty()) {
            courseClause = " AND c.code IN (:courses)";
            params.put("courses", courses);
        }
        record Obligation(long traineeId, LocalDate since, long courseId, Integer validityMonths) { }
        List<Obligation> obligations = jdbc.sql("SELECT t.id, t.since, c.id, c.validity_months FROM gd_trainee t"
                        + " JOIN gd_course_mandatory m ON m.job_role = t.job_role JOIN gd_course c ON c.id = m.course_id"
                        + " WHERE t.mission_code = :mission" + courseClause)
                .params(params).query((rs, n) -> new Obligation(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3), rs.getObject(4, Integer.class))).list();
        Map<String, List<LocalDate>> completions = new HashMap<>();
        jdbc.sql("SELECT n.trainee_id, s.course_id, n.completed_on FROM gd_nomination n JOIN gd_session s ON s.id = n.session_id"
                        + " JOIN gd_trainee t ON t.id = n.trainee_id WHERE n.status = 'COMPLETED' AND t.mission_code = ?")
                .param(mission)
                .query((rs, n) -> Map.entry(rs.getLong(1) + ":" + rs.getLong(2), rs.getObject(3, LocalDate.class))).list()
                .forEach(e -> completions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        LocalDate today = LocalDate.now(clock);
        long met = 0;
        long overdue = 0;
        for (Obligation o : obligations) {
            List<LocalDate> done = completions.getOrDefault(o.traineeId() + ":" + o.courseId(), List.of());
            if (done.stream().anyMatch(d -> TrainingRules.valid(d, o.validityMonths(), today))) met++;
            if (TrainingRules.overdue(o.since(), done, o.validityMonths(), today)) overdue++;
        }
        return new MandatoryCompletion(mission, courses, obligations.size(), met, overdue);
    }
}
