package org.fieldsupport.personnel.hrdata.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.personnel.hrdata.domain.HrIndicators;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR indicators (6.6.c, 6.5.e) computed by aggregate queries over posts, staff and vacancy periods. */
@Service
public class IndicatorService {

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final boolean postgres;

    IndicatorService(JdbcClient jdbc, PersonnelAccess access, ReferenceData reference, MessageSource messages,
                     ApplicationEventPublisher events, javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (var c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.messages = messages;
        this.events = events;
    }

    public HrIndicators.Snapshot compute(String mission) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.HRDATA_READ, mission);
        Map<String, Object> params = new HashMap<>();
        LocalDate today = StaffService.today();
        params.put("today", today);
        params.put("horizon", today.plusDays(HrIndicators.EXPIRY_HORIZON_DAYS));
        visible.ifPresent(m -> params.put("missions", m));
        String postScope = visible.isPresent() ? " AND p.mission_code IN (:missions)" : "";
        String staffScope = visible.isPresent() ? " AND s.mission_code IN (:missions)" : "";

        // Authorised posts by mission and category (index-only on ix_pers_post_mission), then the encumbered ones (a
        // semi-join on the active staff): two cheap aggregates instead of one join to a DISTINCT over every staff record.
        Map<String, long[]> posts = new LinkedHashMap<>();
        jdbc.sql("SELECT p.mission_code, p.category, COUNT(*) FROM pers_post p WHERE p.status = 'ACTIVE'" + postScope
                        + " GROUP BY p.mission_code, p.category ORDER BY p.mission_code, p.category")
                .params(params)
                .query((rs, n) -> posts.put(rs.getString(1) + '\u0000' + rs.getString(2), new long[] {rs.getLong(3), 0}))
                .list();
        jdbc.sql("SELECT p.mission_code, p.category, COUNT(*) FROM pers_post p WHERE p.status = 'ACTIVE'" + postScope
                        + " AND EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')"
                        + " GROUP BY p.mission_code, p.category")
                .params(params)
                .query((rs, n) -> {
                    long[] c = posts.get(rs.getString(1) + '\u0000' + rs.getString(2));
                    if (c != null) {
                        c[1] = rs.getLong(3);
                    }
                    return null;
                }).list();
        List<HrIndicators.Vacancy> vacancies = new ArrayList<>();
        posts.forEach((key, c) -> {
            int cut = key.indexOf('\u0000');
            vacancies.add(HrIndicators.Vacancy.of(key.substring(0, cut), key.substring(cut + 1), c[0], c[0] - c[1]));
        });
        long authorised = vacancies.stream().mapToLong(HrIndicators.Vacancy::authorised).sum();
        long vacant = vacancies.stream().mapToLong(HrIndicators.Vacancy::vacant).sum();

        Map<String, long[]> byGrade = new LinkedHashMap<>();
        reference.grades().forEach(g -> byGrade.put(g.code(), new long[3]));
        jdbc.sql("SELECT s.grade_code, s.gender, COUNT(*) FROM pers_staff s WHERE s.status = 'ACTIVE'" + staffScope
                        + " GROUP BY s.grade_code, s.gender").params(params)
                .query((rs, n) -> {
                    long[] c = byGrade.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    c["F".equals(rs.getString(2)) ? 0 : "M".equals(rs.getString(2)) ? 1 : 2] += rs.getLong(3);
                    return null;
                }).list();
        List<HrIndicators.Gender> gender = new ArrayList<>();
        byGrade.forEach((g, c) -> {
            if (c[0] + c[1] + c[2] > 0) {
                gender.add(HrIndicators.Gender.of(g, c[0], c[1], c[2]));
            }
        });
        // Nationalities by grade: grouped twice (grade and nationality, then grade) so the database hashes rather than
        // sorts every staff record for a COUNT(DISTINCT …).
        Map<String, HrIndicators.Geography> geo = new LinkedHashMap<>();
        jdbc.sql("SELECT g.grade_code, SUM(g.staff), COUNT(g.nationality) FROM (SELECT s.grade_code, s.nationality,"
                        + " COUNT(*) AS staff FROM pers_staff s WHERE s.status = 'ACTIVE'" + staffScope
                        + " GROUP BY s.grade_code, s.nationality) g GROUP BY g.grade_code").params(params)
                .query((rs, n) -> new HrIndicators.Geography(rs.getString(1), rs.getLong(2), rs.getLong(3))).list()
                .forEach(g -> geo.put(g.gradeCode(), g));
        List<HrIndicators.Geography> geography = byGrade.keySet().stream().filter(geo::containsKey).map(geo::get).toList();

        // Time to encumbrance: the number of filled vacancies and their days summed by the database (HrIndicators
        // divides), not every vacancy period read into memory.
        String days = postgres ? "GREATEST(0, v.filled_on - v.vacant_from)"
                : "GREATEST(0, DATEDIFF(DAY, v.vacant_from, v.filled_on))";
        long[] filled = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(" + days + "), 0) FROM pers_post_vacancy v"
                        + (visible.isPresent() ? " JOIN pers_post p ON p.id = v.post_id" : "")
                        + " WHERE v.filled_on IS NOT NULL" + postScope)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long expiries = jdbc.sql("SELECT COUNT(*) FROM pers_staff s WHERE s.status = 'ACTIVE'"
                        + " AND s.contract_end BETWEEN :today AND :horizon" + staffScope)
                .params(params).query(Long.class).single();
        return new HrIndicators.Snapshot(HrIndicators.RULE_SET, today, vacancies,
                HrIndicators.Vacancy.of(null, null, authorised, vacant), gender, geography,
                HrIndicators.averageDaysToEncumbrance(filled[0], filled[1]), filled[0], expiries);
    }

    public static final List<String> EXPORT_COLUMNS = List.of("indicator", "mission", "group", "numerator",
            "denominator", "percent", "value", "rule_set", "as_of");

    /** The snapshot as rows for the XLSX/CSV export. */
    public List<Map<String, String>> rows(HrIndicators.Snapshot s) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (HrIndicators.Vacancy v : s.vacancies()) {
            rows.add(row(s, "vacancy_rate", v.missionCode(), v.category(), v.vacant(), v.authorised(), v.ratePercent(), null));
        }
        rows.add(row(s, "vacancy_rate", "ALL", "ALL", s.total().vacant(), s.total().authorised(), s.total().ratePercent(), null));
        for (HrIndicators.Gender g : s.gender()) {
            rows.add(row(s, "women_share", "ALL", g.gradeCode(), g.women(), g.women() + g.men() + g.other(),
                    g.womenPercent(), null));
        }
        for (HrIndicators.Geography g : s.geography()) {
            rows.add(row(s, "nationalities", "ALL", g.gradeCode(), null, g.staff(), null, String.valueOf(g.nationalities())));
        }
        rows.add(row(s, "average_days_to_encumbrance", "ALL", "ALL", null, s.filledVacancies(), null,
                s.averageDaysToEncumbrance() == null ? "" : s.averageDaysToEncumbrance().toPlainString()));
        rows.add(row(s, "contract_expiries_90_days", "ALL", "ALL", null, null, null, String.valueOf(s.contractExpiries())));
        return rows;
    }

    private static Map<String, String> row(HrIndicators.Snapshot s, String indicator, String mission, String group,
                                           Long numerator, Long denominator, java.math.BigDecimal percent, String value) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("indicator", indicator);
        r.put("mission", mission);
        r.put("group", group);
        r.put("numerator", numerator == null ? "" : String.valueOf(numerator));
        r.put("denominator", denominator == null ? "" : String.valueOf(denominator));
        r.put("percent", percent == null ? "" : percent.toPlainString());
        r.put("value", value == null ? "" : value);
        r.put("rule_set", s.ruleSet());
        r.put("as_of", s.asOf().toString());
        return r;
    }

    /** Publishes the current figures (EN/FR text) as guidance of kind FIGURES, for reports (6.6.c). */
    @Transactional
    public long publish(String mission) {
        HrIndicators.Snapshot s = compute(mission);
        String user = access.require(PersonnelPermissions.GUIDANCE_PUBLISH, mission);
        String scope = mission == null || mission.isBlank() ? null : mission.strip();
        String[] text = new String[4];
        int i = 0;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            text[i++] = messages.getMessage("personnel.figures.title", new Object[] {scope == null ? "—" : scope,
                    s.asOf().toString()}, locale);
            text[i++] = messages.getMessage("personnel.figures.body", new Object[] {s.total().authorised(),
                    s.total().vacant(), s.total().ratePercent() == null ? "—" : s.total().ratePercent().toPlainString(),
                    s.averageDaysToEncumbrance() == null ? "—" : s.averageDaysToEncumbrance().toPlainString(),
                    s.contractExpiries(), s.ruleSet()}, locale);
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pers_guidance (kind, mission_code, title_en, body_en, title_fr, body_fr, published_by,"
                        + " published_at) VALUES ('FIGURES', ?, ?, ?, ?, ?, ?, ?)")
                .params(scope, text[0], text[1], text[2], text[3], user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(DataChanged.created("personnel.guidance", id, Map.of("kind", "FIGURES", "titleEn", text[0])));
        return id;
    }
}
