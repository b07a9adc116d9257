package org.fieldsupport.budget.framework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results-based budgeting frameworks per mission and period, versioned: components → expected accomplishments →
 * indicators of achievement (baseline, target, actual, unit) and planned outputs (quantity), text in EN and FR.
 * A new version copies the framework; carrying over copies it into the next period (the actuals become the
 * baselines, actuals cleared).
 */
@Service("budgetFrameworks")
public class Frameworks {

    public static final String COMPONENT = "COMPONENT";
    public static final String ACCOMPLISHMENT = "ACCOMPLISHMENT";
    public static final String INDICATOR = "INDICATOR";
    public static final String OUTPUT = "OUTPUT";

    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    Frameworks(JdbcClient jdbc, BudgetAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Framework(long id, String missionCode, LocalDate periodStart, int version, Long carriedFrom, boolean latest) {
        public String period() { return Budgets.periodLabel(periodStart); }
    }

    public record Item(long id, Long parentId, String kind, int position, String textEn, String textFr, String unit,
                       BigDecimal baseline, BigDecimal target, BigDecimal actual, BigDecimal quantity) {
        public String text(java.util.Locale l) { return l != null && "fr".equals(l.getLanguage()) ? textFr : textEn; }
    }

    public record NewItem(Long parentId, String kind, String textEn, String textFr, String unit, String baseline,
                          String target, String quantity) { }

    public List<Framework> list() {
        Set<String> visible = access.missions(BudgetPermissions.READ);
        return jdbc.sql("""
                SELECT f.*, CASE WHEN f.version_no = (SELECT MAX(g.version_no) FROM bud_framework g
                    WHERE g.mission_code = f.mission_code AND g.period_start = f.period_start) THEN 1 ELSE 0 END AS latest
                FROM bud_framework f ORDER BY f.period_start DESC, f.mission_code, f.version_no DESC""")
                .query((rs, n) -> framework(rs)).list().stream()
                .filter(f -> visible == null || visible.contains(f.missionCode())).toList();
    }

    public Framework get(long id) {
        return list().stream().filter(f -> f.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Framework", id));
    }

    public List<Item> items(long frameworkId) {
        return jdbc.sql("SELECT * FROM bud_framework_item WHERE framework_id = ? ORDER BY position, id").param(frameworkId)
                .query((rs, n) -> new Item(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class), rs.getString("kind"),
                        rs.getInt("position"), rs.getString("text_en"), rs.getString("text_fr"), rs.getString("unit"),
                        rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), rs.getBigDecimal("actual"),
                        rs.getBigDecimal("quantity"))).list();
    }

    @Transactional
    public Framework create(String missionCode, Integer periodYear) {
        FieldErrors errors = new FieldErrors();
        if (missionCode == null || missions.find(missionCode).isEmpty()) {
            errors.add("missionCode", "UnknownMission", "budget.mission.unknown", missionCode);
        }
        if (periodYear == null || periodYear < 2000 || periodYear > 2100) {
            errors.add("periodStart", "Range", "budget.period.invalid");
        }
        errors.throwIfAny();
        String user = access.require(BudgetPermissions.FRAMEWORK_EDIT, missionCode);
        return insert(missionCode, Budgets.periodStart(periodYear), null, user);
    }

    @Transactional
    public Framework insert(String missionCode, LocalDate periodStart, Long carriedFrom, String user) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM bud_framework WHERE mission_code = ? AND period_start = ?")
                .params(missionCode, periodStart).query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO bud_framework (mission_code, period_start, version_no, carried_from, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(missionCode, periodStart, version, carriedFrom, user, OffsetDateTime.now(ZoneOffset.UTC)).update();
        long id = jdbc.sql("SELECT id FROM bud_framework WHERE mission_code = ? AND period_start = ? AND version_no = ?")
                .params(missionCode, periodStart, version).query(Long.class).single();
        events.publishEvent(DataChanged.created("budget.framework", id,
                Map.of("mission", missionCode, "period", periodStart.toString(), "version", version)));
        return new Framework(id, missionCode, periodStart, version, carriedFrom, true);
    }

    @Transactional
    public Item addItem(long frameworkId, NewItem r) {
        Framework f = get(frameworkId);
        FieldErrors errors = new FieldErrors();
        List<Item> items = items(frameworkId);
        String parentKind = null;
        if (r.parentId() != null) {
            parentKind = items.stream().filter(i -> i.id() == r.parentId()).map(Item::kind).findFirst().orElse(null);
            if (parentKind == null) {
                errors.add("parentId", "UnknownItem", "budget.framework.parent.unknown", r.parentId());
            }
        }
        String kind = r.kind();
        boolean fits = COMPONENT.equals(kind) ? r.parentId() == null
                : ACCOMPLISHMENT.equals(kind) ? COMPONENT.equals(parentKind)
                : (INDICATOR.equals(kind) || OUTPUT.equals(kind)) && ACCOMPLISHMENT.equals(parentKind);
        if (!fits && !errors.list().stream().anyMatch(e -> e.field().equals("parentId"))) {
            errors.add("kind", "Hierarchy", "budget.framework.kind.hierarchy", kind);
        }
        text(r.textEn(), "textEn", errors);
        text(r.textFr(), "textFr", errors);
        BigDecimal baseline = number(r.baseline(), "baseline", errors);
        BigDecimal target = number(r.target(), "target", errors);
        BigDecimal quantity = number(r.quantity(), "quantity", errors);
        if (INDICATOR.equals(kind) && target == null && !errors.list().stream().anyMatch(e -> e.field().equals("target"))) {
            errors.add("target", "NotNull", "budget.field.required");
        }
        errors.throwIfAny();
        access.require(BudgetPermissions.FRAMEWORK_EDIT, f.missionCode());
        requireLatest(f);
        return insertItem(frameworkId, r.parentId(), kind, items.size() + 1, r.textEn().trim(), r.textFr().trim(),
                r.unit(), baseline, target, null, quantity);
    }

    @Transactional
    public Item insertItem(long frameworkId, Long parentId, String kind, int position, String textEn, String textFr,
                           String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual, BigDecimal quantity) {
        jdbc.sql("""
                INSERT INTO bud_framework_item (framework_id, parent_id, kind, position, text_en, text_fr, unit, baseline,
                    target, actual, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(frameworkId, parentId, kind, position, textEn, textFr, unit == null || unit.isBlank() ? null : unit.trim(),
                        baseline, target, actual, quantity).update();
        Item item = items(frameworkId).stream().reduce((a, b) -> a.id() > b.id() ? a : b).orElseThrow();
        events.publishEvent(DataChanged.created("budget.framework-item", item.id(), item));
        return item;
    }

    /** Records the actual of an indicator (performance report). */
    @Transactional
    public Item recordActual(long frameworkId, long itemId, String actualText) {
        Framework f = get(frameworkId);
        FieldErrors errors = new FieldErrors();
        BigDecimal actual = number(actualText, "actual", errors);
        if (actual == null && errors.isEmpty()) {
            errors.add("actual", "NotNull", "budget.field.required");
        }
        Item before = items(frameworkId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Framework item", itemId));
        if (!INDICATOR.equals(before.kind())) {
            errors.add("actual", "IndicatorOnly", "budget.framework.actual.indicatorOnly");
        }
        errors.throwIfAny();
        access.require(BudgetPermissions.FRAMEWORK_EDIT, f.missionCode());
        jdbc.sql("UPDATE bud_framework_item SET actual = ? WHERE id = ?").params(actual, itemId).update();
        Item after = items(frameworkId).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
        events.publishEvent(DataChanged.updated("budget.framework-item", itemId, before, after));
        return after;
    }

    /** A new version of the same period (copy). */
    @Transactional
    public Framework newVersion(long frameworkId) {
        Framework f = get(frameworkId);
        String user = access.require(BudgetPermissions.FRAMEWORK_EDIT, f.missionCode());
        requireLatest(f);
        Framework copy = insert(f.missionCode(), f.periodStart(), f.carriedFrom(), user);
        copy(frameworkId, copy.id(), false);
        return copy;
    }

    /** Carries the framework over to the next period: actuals become baselines. */
    @Transactional
    public Framework carryOver(long frameworkId) {
        Framework f = get(frameworkId);
        String user = access.require(BudgetPermissions.FRAMEWORK_EDIT, f.missionCode());
        LocalDate next = f.periodStart().plusYears(1);
        if (jdbc.sql("SELECT COUNT(*) FROM bud_framework WHERE mission_code = ? AND period_start = ?")
                .params(f.missionCode(), next).query(Long.class).single() > 0) {
            throw RuleRefusal.of("budget", "framework-exists", "budget.refusal.framework-exists", f.missionCode(), Budgets.periodLabel(next));
        }
        Framework copy = insert(f.missionCode(), next, frameworkId, user);
        copy(frameworkId, copy.id(), true);
        return copy;
    }

    private void copy(long from, long to, boolean carry) {
        Map<Long, Long> ids = new HashMap<>();
        for (Item i : items(from)) { // parents come first: positions follow insertion
            Long parent = i.parentId() == null ? null : ids.get(i.parentId());
            BigDecimal baseline = carry && i.actual() != null ? i.actual() : i.baseline();
            Item c = insertItem(to, parent, i.kind(), i.position(), i.textEn(), i.textFr(), i.unit(), baseline, i.target(),
                    carry ? null : i.actual(), i.quantity());
            ids.put(i.id(), c.id());
        }
    }

    private static void requireLatest(Framework f) {
        if (!f.latest()) {
            throw RuleRefusal.of("budget", "framework-superseded", "budget.refusal.framework-superseded", f.missionCode(), f.version());
        }
    }

    private static void text(String v, String field, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            errors.add(field, "NotBlank", "budget.field.required");
        } else if (v.length() > 2000) {
            errors.add(field, "Size", "budget.field.tooLong", 2000);
        }
    }

    private static BigDecimal number(String v, String field, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "Decimal", "budget.field.decimal", v);
            return null;
        }
    }

    private static Framework framework(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Framework(rs.getLong("id"), rs.getString("mission_code"), rs.getObject("period_start", LocalDate.class),
                rs.getInt("version_no"), (Long) rs.getObject("carried_from", Long.class), rs.getInt("latest") == 1);
    }
}
