package org.fieldsupport.ict.budgetreview.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_IMPORT;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_REVIEW;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.operations.IctInfraAccess;
import org.fieldsupport.ict.operations.RuleRefusal;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missions' ICT budget lines (class of expenditure "communications and information technology") reviewed by the ICT
 * Division: imported all-or-nothing from CSV or XLSX (the budget module does not publish its lines by class through
 * its API yet), then approved, or returned with comments for the mission to correct and import again.
 */
@Service
public class BudgetReview {

    public static final List<String> COLUMNS = List.of("mission", "fiscal_year", "line", "description", "class", "amount");
    public static final String ICT_CLASS = "COMMUNICATIONS_AND_IT";

    private final JdbcClient jdbc;
    private final IctInfraAccess access;
    private final Missions missions;
    private final ApplicationEventPublisher events;

    BudgetReview(JdbcClient jdbc, IctInfraAccess access, Missions missions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.missions = missions;
        this.events = events;
    }

    public record Line(long id, String missionCode, int fiscalYear, String lineCode, String description, String expenditureClass,
                       BigDecimal amount, String status, String comment, String reviewedBy, Instant reviewedAt, String importedBy) { }

    public record Review(String decision, String comment) { }

    public record ImportResult(int created, int replaced) { }

    public record Totals(String missionCode, int fiscalYear, BigDecimal submitted, BigDecimal approved, BigDecimal returned) { }

    public List<Line> lines(String mission, Integer year, String status) {
        Optional<Set<String>> visible = access.visible(BUDGET_READ);
        List<Object> params = new ArrayList<>();
        String where = IctInfraAccess.missionFilter("mission_code", visible, params);
        if (mission != null && !mission.isBlank()) {
            where += " AND mission_code = ?";
            params.add(mission.strip().toUpperCase(Locale.ROOT));
        }
        if (year != null) {
            where += " AND fiscal_year = ?";
            params.add(year);
        }
        if (status != null && !status.isBlank()) {
            where += " AND status = ?";
            params.add(status);
        }
        return jdbc.sql("SELECT * FROM ictbr_line WHERE " + where + " ORDER BY fiscal_year DESC, mission_code, line_code")
                .params(params).query(this::row).list();
    }

    public List<Totals> totals() {
        Map<String, Totals> out = new LinkedHashMap<>();
        for (Line l : lines(null, null, null)) {
            String key = l.missionCode() + "/" + l.fiscalYear();
            Totals t = out.getOrDefault(key, new Totals(l.missionCode(), l.fiscalYear(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            out.put(key, new Totals(t.missionCode(), t.fiscalYear(),
                    t.submitted().add("SUBMITTED".equals(l.status()) ? l.amount() : BigDecimal.ZERO),
                    t.approved().add("APPROVED".equals(l.status()) ? l.amount() : BigDecimal.ZERO),
                    t.returned().add("RETURNED".equals(l.status()) ? l.amount() : BigDecimal.ZERO)));
        }
        return List.copyOf(out.values());
    }

    public Line line(long id) {
        Line l = jdbc.sql("SELECT * FROM ictbr_line WHERE id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("ict-budget-line", id));
        access.requireSees(BUDGET_READ, l.missionCode(), "ict-budget-line", id);
        return l;
    }

    /**
     * Imports a file of lines, all or nothing: every problem is reported with its row and column; a line already
     * approved cannot be replaced; a returned or submitted line with the same key is replaced and submitted again.
     */
    @Transactional
    public ImportResult importLines(String fileName, byte[] content) {
        access.visible(BUDGET_IMPORT);
        TabularFile.Table table = TabularFile.read(fileName, content, "file");
        List<TabularFile.CellProblem> problems = new ArrayList<>();
        for (String col : COLUMNS) {
            if (!table.header().contains(col)) {
                problems.add(new TabularFile.CellProblem(null, 0, col, "ictinfra.import.missingColumn", col));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new TabularFile.CellProblem(null, 0, "file", "ictinfra.import.empty"));
        }
        TabularFile.refuseIfAny(problems);
        record Row(String mission, int year, String line, String description, BigDecimal amount) { }
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int n = 0;
        for (Map<String, String> r : table.rows()) {
            n++;
            String mission = r.get("mission").toUpperCase(Locale.ROOT);
            if (mission.isEmpty() || missions.find(mission).isEmpty()) {
                problems.add(new TabularFile.CellProblem(null, n, "mission", "ictinfra.import.mission", mission));
            } else if (!access.may(BUDGET_IMPORT, mission)) {
                problems.add(new TabularFile.CellProblem(null, n, "mission", "ictinfra.import.notYourMission", mission));
            }
            Integer year = null;
            try {
                year = Integer.valueOf(r.get("fiscal_year"));
                if (year < 2000 || year > 2100) {
                    year = null;
                }
            } catch (NumberFormatException e) {
                year = null;
            }
            if (year == null) {
                problems.add(new TabularFile.CellProblem(null, n, "fiscal_year", "ictinfra.import.year"));
            }
            String line = r.get("line");
            if (line.isEmpty() || line.length() > 30) {
                problems.add(new TabularFile.CellProblem(null, n, "line", "ictinfra.import.text", 30));
            }
            String description = r.get("description");
            if (description.isEmpty() || description.length() > 300) {
                problems.add(new TabularFile.CellProblem(null, n, "description", "ictinfra.import.text", 300));
            }
            if (!ICT_CLASS.equals(r.get("class").toUpperCase(Locale.ROOT))) {
                problems.add(new TabularFile.CellProblem(null, n, "class", "ictinfra.import.class", ICT_CLASS));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(r.get("amount"));
                if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 13) {
                    amount = null;
                }
            } catch (NumberFormatException e) {
                amount = null;
            }
            if (amount == null) {
                problems.add(new TabularFile.CellProblem(null, n, "amount", "ictinfra.import.amount"));
            }
            if (year != null && !line.isEmpty()) {
                if (!keys.add(mission + "/" + year + "/" + line)) {
                    problems.add(new TabularFile.CellProblem(null, n, "line", "ictinfra.import.duplicate", line));
                } else if ("APPROVED".equals(jdbc.sql("SELECT status FROM ictbr_line WHERE mission_code = ? AND fiscal_year = ? "
                        + "AND line_code = ?").params(mission, year, line).query(String.class).optional().orElse(null))) {
                    problems.add(new TabularFile.CellProblem(null, n, "line", "ictinfra.import.approved", line));
                }
            }
            if (year != null && amount != null) {
                rows.add(new Row(mission, year, line, description, amount));
            }
        }
        TabularFile.refuseIfAny(problems);
        String user = access.require(BUDGET_IMPORT, rows.get(0).mission());
        int created = 0;
        int replaced = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (Row r : rows) {
            int u = jdbc.sql("UPDATE ictbr_line SET description = ?, object_class = ?, amount = ?, status = 'SUBMITTED', "
                            + "review_comment = NULL, reviewed_by = NULL, reviewed_at = NULL, imported_by = ?, imported_at = ? "
                            + "WHERE mission_code = ? AND fiscal_year = ? AND line_code = ? AND status <> 'APPROVED'")
                    .params(r.description(), ICT_CLASS, r.amount(), user, now, r.mission(), r.year(), r.line()).update();
            if (u == 0) {
                jdbc.sql("INSERT INTO ictbr_line (mission_code, fiscal_year, line_code, description, object_class, amount, status, "
                                + "imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)")
                        .params(r.mission(), r.year(), r.line(), r.description(), ICT_CLASS, r.amount(), user, now).update();
                created++;
            } else {
                replaced++;
            }
        }
        events.publishEvent(DataChanged.created("ict.budget-import", fileName, Map.of("rows", rows.size())));
        return new ImportResult(created, replaced);
    }

    /** Approves a submitted line, or returns it with a comment (required). */
    @Transactional
    public Line review(long id, Review in) {
        Line l = line(id);
        Check c = new Check().oneOf("decision", in.decision(), Set.of("APPROVE", "RETURN"));
        if ("RETURN".equals(in.decision())) {
            c.text("comment", in.comment(), 2000);
        } else {
            c.optionalText("comment", in.comment(), 2000);
        }
        c.done();
        String user = access.require(BUDGET_REVIEW, l.missionCode());
        if (!"SUBMITTED".equals(l.status())) {
            throw new RuleRefusal("line-not-submitted", "ictinfra.budget.notSubmitted", l.status());
        }
        String status = "APPROVE".equals(in.decision()) ? "APPROVED" : "RETURNED";
        int n = jdbc.sql("UPDATE ictbr_line SET status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ? AND status = 'SUBMITTED'")
                .params(status, in.comment() == null || in.comment().isBlank() ? null : in.comment().strip(), user,
                        Timestamp.from(Instant.now()), id).update();
        if (n != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("line moved");
        }
        events.publishEvent(DataChanged.updated("ict.budget-line", id, Map.of("status", l.status()), Map.of("status", status)));
        return line(id);
    }

    private Line row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Line(rs.getLong("id"), rs.getString("mission_code"), rs.getInt("fiscal_year"), rs.getString("line_code"),
                rs.getString("description"), rs.getString("object_class"), rs.getBigDecimal("amount"), rs.getString("status"),
                rs.getString("review_comment"), rs.getString("reviewed_by"),
                rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(), rs.getString("imported_by"));
    }
}
