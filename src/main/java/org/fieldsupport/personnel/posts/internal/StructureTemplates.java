package org.fieldsupport.personnel.posts.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.personnel.posts.domain.StructureTemplate;
import org.fieldsupport.personnel.shared.Authorities;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.personnel.shared.PersonnelPermissions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.audit.DataChanges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard mission structures (6.5.b) applied to a new or expanding mission (6.5.f): every line becomes posts of
 * the mission's staffing table, established under the applier's {@code POST_ESTABLISHMENT} delegation up to the
 * template's most senior grade.
 */
@Service
public class StructureTemplates {

    private final JdbcClient jdbc;
    private final PostService posts;
    private final PersonnelAccess access;
    private final Missions missions;
    private final Authorities authorities;
    private final ApplicationEventPublisher events;

    StructureTemplates(JdbcClient jdbc, PostService posts, PersonnelAccess access, Missions missions,
                       Authorities authorities, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.access = access;
        this.missions = missions;
        this.authorities = authorities;
        this.events = events;
    }

    public List<StructureTemplate> all() {
        access.user();
        Map<Long, List<StructureTemplate.Line>> lines = jdbc.sql(
                        "SELECT template_id, unit_name, title, grade_code, post_count FROM pers_structure_template_line ORDER BY id")
                .query((rs, n) -> Map.entry(rs.getLong(1), new StructureTemplate.Line(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT id, code, name_en, name_fr FROM pers_structure_template ORDER BY code")
                .query((rs, n) -> new StructureTemplate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        lines.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    public StructureTemplate get(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("StructureTemplate", code));
    }

    /** Creates a template (demo data and HQ planners). */
    @Transactional
    public StructureTemplate create(String user, String code, String nameEn, String nameFr,
                                    List<StructureTemplate.Line> lines) {
        jdbc.sql("INSERT INTO pers_structure_template (code, name_en, name_fr, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(code, nameEn, nameFr, user, OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT id FROM pers_structure_template WHERE code = ?").param(code).query(Long.class).single();
        for (StructureTemplate.Line l : lines) {
            jdbc.sql("INSERT INTO pers_structure_template_line (template_id, unit_name, title, grade_code, post_count)"
                    + " VALUES (?, ?, ?, ?, ?)").params(id, l.unitName(), l.title(), l.gradeCode(), l.count()).update();
        }
        StructureTemplate t = new StructureTemplate(id, code, nameEn, nameFr, lines);
        events.publishEvent(DataChanged.created("personnel.structure-template", id, t));
        return t;
    }

    public record Applied(String template, String mission, int postsCreated, List<String> postNumbers) { }

    /** Applies a template to a mission: creates its posts (vacant) effective {@code validFrom}. */
    @Transactional
    public Applied apply(String code, String mission, LocalDate validFrom) {
        FieldErrors errors = new FieldErrors();
        if (mission == null || missions.find(mission).isEmpty()) {
            errors.add("mission", "UnknownMission", "personnel.input.mission", String.valueOf(mission));
        }
        if (validFrom == null) {
            errors.add("validFrom", "Required", "personnel.input.required");
        }
        errors.throwIfAny();
        StructureTemplate t = get(code);
        String user = access.require(PersonnelPermissions.POSTS_MANAGE, mission);
        access.require(PersonnelPermissions.POSTS_DECIDE, mission);
        String reference = "TPL-" + code + "-" + mission + "-" + validFrom;
        authorities.require(user, Authorities.POST_ESTABLISHMENT, mission, t.mostSeniorGrade(posts::rank),
                "standard structure applied", reference);
        int seq = jdbc.sql("SELECT COUNT(*) FROM pers_post WHERE mission_code = ?").param(mission).query(Integer.class)
                .single();
        List<String> numbers = new ArrayList<>();
        List<DataChanged> changes = new ArrayList<>();
        for (StructureTemplate.Line l : t.lines()) {
            for (int i = 0; i < l.count(); i++) {
                String number;
                do {
                    seq++;
                    number = mission + "-" + l.gradeCode().replace("-", "") + "-" + String.format("%05d", seq);
                } while (posts.findByNumber(number).isPresent());
                long id = posts.insert(user, number, mission, l.unitName(), null, l.title(), l.gradeCode(), "ASSESSED",
                        PostService.budgetPeriod(validFrom), validFrom, null);
                numbers.add(number);
                changes.add(DataChanged.created(PostService.POST, id, posts.find(id).orElseThrow()));
            }
        }
        events.publishEvent(new DataChanges(changes));
        return new Applied(code, mission, numbers.size(), numbers);
    }
}
