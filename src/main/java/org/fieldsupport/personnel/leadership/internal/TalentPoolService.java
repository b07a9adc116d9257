package org.fieldsupport.personnel.leadership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.personnel.leadership.domain.TalentRules;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.reference.ReferenceData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent pool (4.5.e): persons qualified for USG/ASG functions with profile and vision statement, searchable by
 * words, level, gender, language and availability. The section's officers only (nominators never see it).
 */
@Service
public class TalentPoolService {

    private final JdbcClient jdbc;
    private final LeadershipAccess access;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    TalentPoolService(JdbcClient jdbc, LeadershipAccess access, ReferenceData reference, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.reference = reference;
        this.events = events;
    }

    public record Talent(long id, String fullName, String gender, String nationality, String email,
                         String currentFunction, String levelSought, int yearsExperience, List<String> languages,
                         String expertise, String profile, String visionStatement, int visionWords, String sourceKind,
                         String sourceCode, Long campaignId, boolean available, long version) { }

    static Talent row(ResultSet rs, int n) throws SQLException {
        Long campaign = rs.getObject("campaign_id") == null ? null : rs.getLong("campaign_id");
        String vision = rs.getString("vision_statement");
        return new Talent(rs.getLong("id"), rs.getString("full_name"), rs.getString("gender"), rs.getString("nationality"),
                rs.getString("email"), rs.getString("current_function"), rs.getString("level_sought"),
                rs.getInt("years_experience"), TalentRules.languages(rs.getString("languages")), rs.getString("expertise"),
                rs.getString("profile"), vision, TalentRules.words(vision), rs.getString("source_kind"),
                rs.getString("source_code"), campaign, rs.getBoolean("available"), rs.getLong("version"));
    }

    public record Search(String q, String level, String gender, String language, Boolean available) { }

    public record PoolFigures(long total, long women, java.math.BigDecimal womenSharePct, long usg, long asg) { }

    public PageResponse<Talent> search(Search s, PageQuery page) {
        access.requireManage();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!Inputs.blank(s.q())) {
            params.put("q", "%" + s.q().strip().toLowerCase(Locale.ROOT) + "%");
            where.append(" AND (LOWER(full_name) LIKE :q OR LOWER(current_function) LIKE :q OR LOWER(expertise) LIKE :q"
                    + " OR LOWER(profile) LIKE :q OR LOWER(COALESCE(vision_statement, '')) LIKE :q)");
        }
        if (!Inputs.blank(s.level())) {
            params.put("level", s.level().strip());
            where.append(" AND level_sought = :level");
        }
        if (!Inputs.blank(s.gender())) {
            params.put("gender", s.gender().strip());
            where.append(" AND gender = :gender");
        }
        if (!Inputs.blank(s.language())) {
            params.put("lang", "%" + s.language().strip().toUpperCase(Locale.ROOT) + "%");
            where.append(" AND UPPER(languages) LIKE :lang");
        }
        if (s.available() != null) {
            params.put("available", s.available());
            where.append(" AND available = :available");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM lead_talent" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Talent> rows = jdbc.sql("SELECT * FROM lead_talent" + where + " ORDER BY " + page.orderByOr("full_name, id")
                        + " LIMIT :limit OFFSET :offset").params(params).query(TalentPoolService::row).list();
        return PageResponse.of(rows, page, total);
    }

    public PoolFigures figures() {
        access.requireManage();
        return jdbc.sql("""
                SELECT COUNT(*), SUM(CASE WHEN gender = 'F' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN level_sought = 'USG' THEN 1 ELSE 0 END), SUM(CASE WHEN level_sought = 'ASG' THEN 1 ELSE 0 END)
                  FROM lead_talent WHERE available = TRUE""")
                .query((rs, n) -> new PoolFigures(rs.getLong(1), rs.getLong(2),
                        org.fieldsupport.personnel.leadership.domain.VacancyForecast.share(rs.getLong(2), rs.getLong(1)),
                        rs.getLong(3), rs.getLong(4))).single();
    }

    public Talent get(long id) {
        access.requireManage();
        return find(id).orElseThrow(() -> new NotFoundException("Talent", id));
    }

    java.util.Optional<Talent> find(long id) {
        return jdbc.sql("SELECT * FROM lead_talent WHERE id = ?").param(id).query(TalentPoolService::row).optional();
    }

    public record NewTalent(String fullName, String gender, String nationality, String email, String currentFunction,
                            String levelSought, Integer yearsExperience, String languages, String expertise,
                            String profile, String visionStatement, String sourceKind, String sourceCode,
                            Long campaignId) { }

    FieldErrors check(NewTalent in, String prefix) {
        FieldErrors errors = new FieldErrors();
        if (Inputs.blank(in.fullName())) {
            Inputs.required(errors, prefix + "fullName");
        } else if (in.fullName().length() > 200) {
            Inputs.invalid(errors, prefix + "fullName", "Size", "leadership.input.tooLong", 200);
        }
        if (in.gender() == null || !TalentRules.GENDERS.contains(in.gender())) {
            Inputs.invalid(errors, prefix + "gender", "OneOf", "leadership.input.oneOf", "F, M, X");
        }
        if (in.nationality() == null || reference.country(in.nationality()).isEmpty()) {
            Inputs.invalid(errors, prefix + "nationality", "UnknownCountry", "leadership.input.country",
                    String.valueOf(in.nationality()));
        }
        if (in.yearsExperience() == null || in.yearsExperience() < 0 || in.yearsExperience() > 60) {
            Inputs.invalid(errors, prefix + "yearsExperience", "Range", "leadership.input.range", 0, 60);
        }
        if (TalentRules.visionTooLong(in.visionStatement())) {
            Inputs.invalid(errors, prefix + "visionStatement", "MaxWords", "leadership.input.visionWords",
                    TalentRules.MAX_VISION_WORDS, TalentRules.words(in.visionStatement()));
        }
        return errors;
    }

    /** Adds a candidate to the pool (officer). */
    @Transactional
    public Talent create(NewTalent in) {
        FieldErrors errors = check(in, "");
        if (Inputs.blank(in.currentFunction())) {
            Inputs.required(errors, "currentFunction");
        }
        if (in.levelSought() == null || !TalentRules.LEVELS.contains(in.levelSought())) {
            Inputs.invalid(errors, "levelSought", "OneOf", "leadership.input.oneOf", "USG, ASG");
        }
        List<String> langs = TalentRules.languages(in.languages());
        if (langs.isEmpty()) {
            Inputs.required(errors, "languages");
        } else if (!TalentRules.LANGUAGES.containsAll(langs)) {
            Inputs.invalid(errors, "languages", "OneOf", "leadership.input.oneOf", String.join(", ", TalentRules.LANGUAGES));
        }
        if (Inputs.blank(in.expertise())) {
            Inputs.required(errors, "expertise");
        }
        if (Inputs.blank(in.profile())) {
            Inputs.required(errors, "profile");
        } else if (in.profile().length() > 8000) {
            Inputs.invalid(errors, "profile", "Size", "leadership.input.tooLong", 8000);
        }
        if (in.sourceKind() == null || !TalentRules.SOURCES.contains(in.sourceKind())) {
            Inputs.invalid(errors, "sourceKind", "OneOf", "leadership.input.oneOf", String.join(", ", TalentRules.SOURCES));
        }
        if (in.campaignId() != null && jdbc.sql("SELECT COUNT(*) FROM lead_campaign WHERE id = ?").param(in.campaignId())
                .query(Long.class).single() == 0) {
            Inputs.invalid(errors, "campaignId", "Unknown", "leadership.input.unknown", in.campaignId());
        }
        errors.throwIfAny();
        String user = access.requireManage();
        return insert(user, in, langs);
    }

    Talent insert(String user, NewTalent in, List<String> langs) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO lead_talent (full_name, gender, nationality, email, current_function, level_sought,
                    years_experience, languages, expertise, profile, vision_statement, source_kind, source_code,
                    campaign_id, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(in.fullName().strip(), in.gender(), reference.country(in.nationality()).orElseThrow().alpha3(),
                        Inputs.strip(in.email()), in.currentFunction().strip(), in.levelSought(), in.yearsExperience(),
                        String.join(";", langs), in.expertise().strip(), in.profile().strip(),
                        Inputs.strip(in.visionStatement()), in.sourceKind(), Inputs.strip(in.sourceCode()),
                        in.campaignId(), user, OffsetDateTime.now())
                .update(keys, "id");
        Talent t = find(keys.getKey().longValue()).orElseThrow();
        events.publishEvent(DataChanged.created("personnel.leadership-talent", t.id(), t));
        return t;
    }

    /** Updates the vision statement and availability (officer). */
    @Transactional
    public Talent update(long id, String visionStatement, Boolean available, Long version) {
        FieldErrors errors = new FieldErrors();
        if (TalentRules.visionTooLong(visionStatement)) {
            Inputs.invalid(errors, "visionStatement", "MaxWords", "leadership.input.visionWords",
                    TalentRules.MAX_VISION_WORDS, TalentRules.words(visionStatement));
        }
        if (version == null) {
            Inputs.required(errors, "version");
        }
        errors.throwIfAny();
        String user = access.requireManage();
        Talent before = get(id);
        int n = jdbc.sql("UPDATE lead_talent SET vision_statement = ?, available = ?, version = version + 1, modified_by = ?,"
                        + " modified_at = ? WHERE id = ? AND version = ?")
                .params(Inputs.strip(visionStatement), available == null ? before.available() : available, user,
                        OffsetDateTime.now(), id, version).update();
        if (n == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("talent " + id + " changed");
        }
        Talent after = find(id).orElseThrow();
        events.publishEvent(DataChanged.updated("personnel.leadership-talent", id, before, after));
        return after;
    }

    public List<Talent> all() {
        access.requireManage();
        return new ArrayList<>(jdbc.sql("SELECT * FROM lead_talent ORDER BY full_name").query(TalentPoolService::row).list());
    }
}
