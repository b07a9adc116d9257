package org.fieldsupport.guidance.training.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fieldsupport.guidance.TrainingCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TrainingCatalogue} from the training tables: courses and completion counts, no names. */
@Service
class JdbcTrainingCatalogue implements TrainingCatalogue {

    private static final String COURSE = "SELECT code, title_en, title_fr, audience, owner_unit, hours, validity_months"
            + " FROM gd_course";

    private final JdbcClient jdbc;

    JdbcTrainingCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CourseInfo course(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CourseInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getObject(7, Integer.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CourseInfo> courses(String ownerUnit) {
        if (ownerUnit == null) {
            return jdbc.sql(COURSE + " ORDER BY code").query(JdbcTrainingCatalogue::course).list();
        }
        return jdbc.sql(COURSE + " WHERE owner_unit = ? ORDER BY code").param(ownerUnit.strip())
                .query(JdbcTrainingCatalogue::course).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CourseInfo> course(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        return jdbc.sql(COURSE + " WHERE code = ?").param(code.strip().toUpperCase(Locale.ROOT))
                .query(JdbcTrainingCatalogue::course).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> completions(String missionCode, Collection<String> courseCodes, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("mission", missionCode == null ? "" : missionCode.strip().toUpperCase(Locale.ROOT));
        params.put("from", from);
        params.put("to", to);
        String courses = "";
        List<String> codes = courseCodes == null ? List.of()
                : courseCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (!codes.isEmpty()) {
            courses = " AND c.code IN (:courses)";
            params.put("courses", codes);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT c.code, COUNT(*) FROM gd_nomination n JOIN gd_session s ON s.id = n.session_id"
                        + " JOIN gd_course c ON c.id = s.course_id JOIN gd_trainee t ON t.id = n.trainee_id"
                        + " WHERE n.status = 'COMPLETED' AND t.mission_code = :mission AND n.completed_on BETWEEN :from AND :to"
                        + courses + " GROUP BY c.code ORDER BY c.code")
                .params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
