package org.fieldsupport.personnel.hrdata.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.hrdata.domain.SelfAssessmentChecklist;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.personnel.staff.internal.StaffService;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR self-assessments per mission (6.6.a–b): the checklist with findings and follow-up, and data checks computed
 * from the records (contracts past their end still active, posts vacant for more than 180 days).
 */
@Service
public class SelfAssessmentService {

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    SelfAssessmentService(JdbcClient jdbc, PersonnelAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Assessment(long id, String missionCode, String period, String status,
                             List<SelfAssessmentChecklist.Item> items, DataChecks checks, long version) { }

    /** Data checks: counts from the records that an assessor should explain. */
    public record DataChecks(long expiredStillActive, long vacantOver180Days) { }

    public record Summary(long id, String missionCode, String period, String status, long nonCompliant, long open) { }

    public List<Summary> list(String mission) {
        Optional<Set<String>> visible = access.missionsFor(PersonnelPermissions.QA_MANAGE, mission);
        Map<String, Object> params = new HashMap<>();
        String where = visible.map(m -> {
            params.put("missions", m);
            return " WHERE a.mission_code IN (:missions)";
        }).orElse("");
        return jdbc.sql("""
                SELECT a.id, a.mission_code, a.period, a.status,
                       (SELECT COUNT(*) FROM pers_self_assessment_item i WHERE i.assessment_id = a.id AND i.compliant = FALSE),
                       (SELECT COUNT(*) FROM pers_self_assessment_item i WHERE i.assessment_id = a.id AND i.compliant = FALSE
                           AND i.done = FALSE)
                  FROM pers_self_assessment a""" + where + " ORDER BY a.period DESC, a.mission_code")
                .params(params)
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    public Assessment get(long id) {
        Assessment a = jdbc.sql("SELECT id, mission_code, period, status, version FROM pers_self_assessment WHERE id = ?")
                .param(id).query((rs, n) -> new Assessment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), List.of(), null, rs.getLong(5)))
                .optional().orElseThrow(() -> new NotFoundException("SelfAssessment", id));
        access.require(PersonnelPermissions.QA_MANAGE, a.missionCode());
        List<SelfAssessmentChecklist.Item> items = jdbc.sql("""
                SELECT item_code, compliant, finding, action_plan, due_on, done FROM pers_self_assessment_item
                 WHERE assessment_id = ? ORDER BY id""").param(id)
                .query((rs, n) -> new SelfAssessmentChecklist.Item(rs.getString(1), (Boolean) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .list();
        return new Assessment(a.id(), a.missionCode(), a.period(), a.status(), items, checks(a.missionCode()), a.version());
    }

    DataChecks checks(String mission) {
        LocalDate today = StaffService.today();
        long expired = jdbc.sql("SELECT COUNT(*) FROM pers_staff WHERE mission_code = ? AND status = 'ACTIVE'"
                + " AND contract_end < ?").params(mission, today).query(Long.class).single();
        long vacant = jdbc.sql("""
                SELECT COUNT(*) FROM pers_post p WHERE p.mission_code = ? AND p.status = 'ACTIVE' AND p.vacant_since < ?
                   AND NOT EXISTS (SELECT 1 FROM pers_staff s WHERE s.post_id = p.id AND s.status = 'ACTIVE')""")
                .params(mission, today.minusDays(180)).query(Long.class).single();
        return new DataChecks(expired, vacant);
    }

    @Transactional
    public Assessment open(String mission, String period) {
        FieldErrors errors = new FieldErrors();
        if (mission == null || missions.find(mission).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "personnel.input.mission", String.valueOf(mission));
        }
        if (period == null || !period.strip().matches("\\d{4}(-(H[12]|Q[1-4]))?")) {
            errors.add("period", "Pattern", "personnel.qa.input.period");
        }
        errors.throwIfAny();
        String user = access.require(PersonnelPermissions.QA_MANAGE, mission);
        if (jdbc.sql("SELECT COUNT(*) FROM pers_self_assessment WHERE mission_code = ? AND period = ?")
                .params(mission, period.strip()).query(Long.class).single() > 0) {
            throw new BusinessRuleException("personnel.qa.refused.exists", mission, period.strip());
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pers_self_assessment (mission_code, period, status, created_by, created_at) VALUES (?, ?, 'OPEN', ?, ?)")
                .params(mission, period.strip(), user, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String item : SelfAssessmentChecklist.ITEMS) {
            jdbc.sql("INSERT INTO pers_self_assessment_item (assessment_id, item_code) VALUES (?, ?)").params(id, item)
                    .update();
        }
        Assessment a = get(id);
        events.publishEvent(DataChanged.created("personnel.self-assessment", id, Map.of("mission", mission, "period",
                period.strip())));
        return a;
    }

    @Transactional
    public Assessment answer(long id, String item, Boolean compliant, String finding, String actionPlan, LocalDate dueOn,
                             boolean done) {
        Assessment before = get(id);
        String user = access.require(PersonnelPermissions.QA_MANAGE, before.missionCode());
        if (!"OPEN".equals(before.status())) {
            throw new BusinessRuleException("personnel.qa.refused.closed", before.period());
        }
        if (before.items().stream().noneMatch(i -> i.code().equals(item))) {
            new FieldErrors().add("item", "OneOf", "personnel.qa.input.item", String.valueOf(item)).throwIfAny();
        }
        if (compliant == null) {
            new FieldErrors().add("compliant", "Required", "personnel.input.required").throwIfAny();
        }
        jdbc.sql("""
                UPDATE pers_self_assessment_item SET compliant = ?, finding = ?, action_plan = ?, due_on = ?, done = ?,
                       modified_by = ?, modified_at = ? WHERE assessment_id = ? AND item_code = ?""")
                .params(compliant, blank(finding), blank(actionPlan), dueOn, done, user, OffsetDateTime.now(), id, item)
                .update();
        Assessment after = get(id);
        events.publishEvent(DataChanged.updated("personnel.self-assessment", id, before, after));
        return after;
    }

    @Transactional
    public Assessment close(long id) {
        Assessment before = get(id);
        String user = access.require(PersonnelPermissions.QA_MANAGE, before.missionCode());
        String refusal = SelfAssessmentChecklist.closingRefusal(before.items());
        if (refusal != null) {
            throw new BusinessRuleException(refusal, before.period());
        }
        jdbc.sql("UPDATE pers_self_assessment SET status = 'CLOSED', version = version + 1, modified_by = ?, modified_at = ?"
                + " WHERE id = ? AND status = 'OPEN'").params(user, OffsetDateTime.now(), id).update();
        Assessment after = get(id);
        events.publishEvent(DataChanged.updated("personnel.self-assessment", id, before, after));
        return after;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
