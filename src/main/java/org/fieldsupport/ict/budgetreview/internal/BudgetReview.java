package org.fieldsupport.ict.budgetreview.internal;

import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_READ;
import static org.fieldsupport.ict.operations.IctInfraPermissions.BUDGET_REVIEW;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.budget.BudgetLines;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.ict.shared.internal.IctAccess;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.RuleRefusal;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missions' ICT budget lines reviewed by the ICT Division (9.2.f): the line of class "communications and information
 * technology" of each mission's maintenance budget, read from the budget module ({@link BudgetLines}, BUDGET-2026-v1),
 * never copied. ICTD approves it, or returns it with a comment; a decision holds for the estimate it was taken on: when
 * the mission changes its estimate, the line is PENDING again (the earlier decisions stay in the history).
 */
@Service
public class BudgetReview {

    public static final String ICT_CLASS = "COMMUNICATIONS_AND_IT";

    /** A line is reviewed once its budget has left the mission's draft. */
    static final Set<String> REVIEWABLE = Set.of("SUBMITTED", "HQ_REVIEWED", "SENT_TO_CONTROLLER", "RETURNED");

    private final JdbcClient jdbc;
    private final IctAccess access;
    private final BudgetLines budgets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetReview(JdbcClient jdbc, IctAccess access, BudgetLines budgets, ApplicationEventPublisher events,
                 ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.budgets = budgets;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A mission's ICT line for a period ({@code key} = mission and first year, e.g. {@code MINUSCA-2026}), the budget's
     * own figures and the review: {@code status} PENDING (no decision on this estimate), APPROVED or RETURNED;
     * {@code reviewedEstimate} is the estimate the last decision was taken on (differs from {@code estimate} when the
     * mission changed it since).
     */
    public record Line(String key, String missionCode, int fiscalYear, String period, String budgetReference,
                       String budgetStatus, BigDecimal estimate, BigDecimal allotment, BigDecimal commitments,
                       BigDecimal expenditure, BigDecimal available, String status, String comment, String reviewedBy,
                       Instant reviewedAt, BigDecimal reviewedEstimate) { }

    public record Decision(String decision, String comment, BigDecimal estimate, String reviewedBy, Instant reviewedAt) { }

    public record Review(String decision, String comment) { }

    public record Totals(String missionCode, int fiscalYear, BigDecimal pending, BigDecimal approved, BigDecimal returned) { }

    /** The first year of the period running today (1 July – 30 June). */
    public int currentYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(String mission, Integer year, String status) {
        Optional<Set<String>> visible = access.visible(BUDGET_READ);
        int y = year == null ? currentYear() : year;
        new Check().range("year", y, 2000, 2100).done();
        String m = mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(Locale.ROOT);
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (s != null) new Check().oneOf("status", s, Set.of("PENDING", "APPROVED", "RETURNED")).done();
        List<Line> out = new ArrayList<>();
        for (BudgetLines.MissionBudget b : budgets.allByClass(LocalDate.of(y, 7, 1))) {
            if (m != null && !m.equals(b.missionCode())) continue;
            if (visible.isPresent() && !visible.get().contains(b.missionCode())) continue;
            Line l = line(b);
            if (l != null && (s == null || s.equals(l.status()))) out.add(l);
        }
        return out;
    }

    public List<Totals> totals(Integer year) {
        List<Totals> out = new ArrayList<>();
        for (Line l : lines(null, year, null)) {
            out.add(new Totals(l.missionCode(), l.fiscalYear(),
                    "PENDING".equals(l.status()) ? l.estimate() : BigDecimal.ZERO,
                    "APPROVED".equals(l.status()) ? l.estimate() : BigDecimal.ZERO,
                    "RETURNED".equals(l.status()) ? l.estimate() : BigDecimal.ZERO));
        }
        return out;
    }

    /** One line by its key; 404 when the mission has no budget for the period or is outside the reader's scope. */
    @Transactional(readOnly = true)
    public Line line(String key) {
        access.visible(BUDGET_READ); // 403 before the key is looked at
        String[] k = parse(key);
        BudgetLines.MissionBudget b = budgets.byClass(k[0], LocalDate.of(Integer.parseInt(k[1]), 7, 1))
                .orElseThrow(() -> new NotFoundException("ict-budget-line", key));
        Line l = line(b);
        if (l == null) throw new NotFoundException("ict-budget-line", key);
        access.requireSees(BUDGET_READ, l.missionCode(), "ict-budget-line", key);
        return l;
    }

    /** Every decision on a line, newest first. */
    @Transactional(readOnly = true)
    public List<Decision> history(String key) {
        Line l = line(key);
        return jdbc.sql("SELECT decision, review_comment, estimate, reviewed_by, reviewed_at FROM ictbr_review"
                        + " WHERE mission_code = ? AND period_start = ? AND class_code = ? ORDER BY reviewed_at DESC, id DESC")
                .params(l.missionCode(), LocalDate.of(l.fiscalYear(), 7, 1), ICT_CLASS)
                .query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /**
     * Approves a pending line, or returns it with a comment (required). Refused (422) when the budget is still the
     * mission's draft, or when the line already has a decision on its current estimate.
     */
    @Transactional
    public Line review(String key, Review in) {
        access.visible(BUDGET_REVIEW); // 403 before the key or the body is looked at
        Line l = line(key);
        Check c = new Check().oneOf("decision", in.decision(), Set.of("APPROVE", "RETURN"));
        if ("RETURN".equals(in.decision())) {
            c.text("comment", in.comment(), 2000);
        } else {
            c.optionalText("comment", in.comment(), 2000);
        }
        c.done();
        String user = access.require(BUDGET_REVIEW, l.missionCode());
        if (!REVIEWABLE.contains(l.budgetStatus())) {
            throw new RuleRefusal("budget-not-submitted", "ictinfra.budget.notSubmittedBudget", l.budgetReference(),
                    l.budgetStatus());
        }
        if (!"PENDING".equals(l.status())) {
            throw new RuleRefusal("line-not-submitted", "ictinfra.budget.notSubmitted", l.status());
        }
        String decision = "APPROVE".equals(in.decision()) ? "APPROVED" : "RETURNED";
        jdbc.sql("INSERT INTO ictbr_review (mission_code, period_start, class_code, budget_reference, estimate, decision,"
                        + " review_comment, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(l.missionCode(), LocalDate.of(l.fiscalYear(), 7, 1), ICT_CLASS, l.budgetReference(), l.estimate(),
                        decision, in.comment() == null || in.comment().isBlank() ? null : in.comment().strip(), user,
                        Timestamp.from(Instant.now(clock))).update();
        events.publishEvent(DataChanged.updated("ict.budget-line", l.key(), Map.of("status", l.status()),
                Map.of("status", decision, "estimate", l.estimate())));
        return line(key);
    }

    private Line line(BudgetLines.MissionBudget b) {
        BudgetLines.ClassLine c = b.lines().stream().filter(x -> ICT_CLASS.equals(x.classCode())).findFirst().orElse(null);
        if (c == null) return null;
        int year = b.periodStart().getYear();
        Decision last = jdbc.sql("SELECT decision, review_comment, estimate, reviewed_by, reviewed_at FROM ictbr_review"
                        + " WHERE mission_code = ? AND period_start = ? AND class_code = ? ORDER BY reviewed_at DESC, id DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .params(b.missionCode(), b.periodStart(), ICT_CLASS)
                .query((rs, n) -> new Decision(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).optional().orElse(null);
        boolean holds = last != null && last.estimate().compareTo(c.estimate()) == 0;
        return new Line(b.missionCode() + "-" + year, b.missionCode(), year, b.period(), b.reference(), b.status(),
                c.estimate(), c.allotment(), c.commitments(), c.expenditure(), c.available(),
                holds ? last.decision() : "PENDING", last == null ? null : last.comment(),
                last == null ? null : last.reviewedBy(), last == null ? null : last.reviewedAt(),
                last == null ? null : last.estimate());
    }

    /** {@code MINUSCA-2026} → mission, year; 400 otherwise. */
    static String[] parse(String key) {
        int dash = key == null ? -1 : key.lastIndexOf('-');
        if (dash > 0 && key.substring(dash + 1).matches("20\\d\\d")) {
            return new String[] {key.substring(0, dash).toUpperCase(Locale.ROOT), key.substring(dash + 1)};
        }
        throw InvalidInputException.of("key", "Pattern", "ictinfra.budget.key", String.valueOf(key));
    }
}
