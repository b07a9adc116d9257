package org.fieldsupport.budget.estimate.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldsupport.budget.estimate.domain.CostGroup;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.domain.Money;
import org.fieldsupport.budget.performance.domain.VarianceAnalysis;
import org.fieldsupport.budget.shared.internal.BudgetAccess;
import org.fieldsupport.budget.shared.internal.BudgetPermissions;
import org.fieldsupport.claims.CoeBudgets;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.SpreadsheetCells;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget proposal document (7.3.c): the standard tables of a mission's proposal, in the reader's language, as
 * PDF and XLSX. (1) Resource requirements by group (I military and police personnel, II civilian personnel, III
 * operational costs) and class: the previous period's apportionment (the mission's budget of the period before),
 * the cost estimates, the variance and its percentage; (2) incumbency and vacancy of the personnel lines (authorised
 * persons or posts, months, delayed-deployment or vacancy factor, planned average incumbency); (3) contingent-owned
 * equipment, major equipment and self-sustainment, from the claims module's latest COE budget estimate of the
 * mission; (4) the variances against the previous period with the explanation rule of BUDGET-2026-v1 (thresholds
 * in force on the period's start) and the explanations written by the mission. Every figure comes from the stored
 * rounded lines, so the document's totals are the cost estimate's. Spreadsheet text cells go through the platform's
 * formula neutralisation ({@link SpreadsheetCells#safe}); amounts are written as exact decimal text.
 */
@Component("budgetDocument")
public class BudgetDocument {

    private final Budgets budgets;
    private final CostParameters parameters;
    private final CoeBudgets coe;
    private final JdbcClient jdbc;
    private final BudgetAccess access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    BudgetDocument(Budgets budgets, CostParameters parameters, CoeBudgets coe, JdbcClient jdbc, BudgetAccess access,
                   MessageSource messages, ApplicationEventPublisher events) {
        this.budgets = budgets;
        this.parameters = parameters;
        this.coe = coe;
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
        this.events = events;
    }

    /** A cell: text, or an amount (exact) / number shown right-aligned. */
    public record Value(String text, BigDecimal amount, int decimals) {
        static Value text(String s) { return new Value(s == null ? "" : s, null, 0); }
        static Value money(BigDecimal a) { return new Value(null, a == null ? null : Money.cents(a), 2); }
        static Value number(BigDecimal a, int decimals) {
            return new Value(null, a == null ? null : a.setScale(decimals, RoundingMode.HALF_EVEN), decimals);
        }
        boolean numeric() { return text == null; }
        public String plain() { return text != null ? text : amount == null ? "" : amount.toPlainString(); }
    }

    /** A table row; {@code subtotal} rows are shown bold. */
    public record Line(List<Value> values, boolean subtotal) { }

    public record Table(String key, String title, List<String> columns, List<Line> lines, String note) { }

    public record Content(Budgets.Budget budget, String title, String subtitle, Locale locale, List<Table> tables,
                          Map<CostGroup, BigDecimal> groupTotals, BigDecimal total) { }

    public record Rendered(String fileName, String contentType, byte[] body) { }

    /** The document's content for a budget the user may read (404 otherwise). */
    public Content content(long budgetId, Locale locale) {
        Budgets.Budget b = budgets.get(budgetId);
        List<Budgets.EstimateLine> lines = budgets.lines(budgetId);
        Map<ExpenditureClass, BigDecimal> proposed = byClass(lines);
        Optional<Budgets.Budget> previous = previous(b);
        Map<ExpenditureClass, BigDecimal> before = previous.map(p -> byClass(budgets.lines(p.id())))
                .orElseGet(() -> new EnumMap<>(ExpenditureClass.class));
        String previousPeriod = Budgets.periodLabel(b.periodStart().minusYears(1));
        List<Table> tables = new ArrayList<>();

        // 1. resource requirements
        List<String> cols = List.of(msg("budget.common.class", locale),
                msg("budget.document.apportionment", locale, previousPeriod),
                msg("budget.document.estimate", locale, b.period()), msg("budget.document.variance", locale),
                msg("budget.document.variancePercent", locale));
        List<Line> rows = new ArrayList<>();
        Map<CostGroup, BigDecimal> groupTotals = new EnumMap<>(CostGroup.class);
        BigDecimal total = Money.ZERO;
        BigDecimal totalBefore = Money.ZERO;
        for (CostGroup g : CostGroup.values()) {
            BigDecimal gNow = Money.ZERO;
            BigDecimal gBefore = Money.ZERO;
            rows.add(new Line(List.of(Value.text(msg("budget.group." + g.name(), locale)), Value.text(""), Value.text(""),
                    Value.text(""), Value.text("")), true));
            for (ExpenditureClass c : ExpenditureClass.inGroup(g)) {
                BigDecimal now = proposed.getOrDefault(c, Money.ZERO);
                BigDecimal was = before.getOrDefault(c, Money.ZERO);
                gNow = gNow.add(now);
                gBefore = gBefore.add(was);
                rows.add(varianceRow(msg(c.labelKey(), locale), was, now, false));
            }
            groupTotals.put(g, gNow);
            total = total.add(gNow);
            totalBefore = totalBefore.add(gBefore);
            rows.add(varianceRow(msg("budget.document.subtotal", locale, msg("budget.group." + g.name(), locale)),
                    gBefore, gNow, true));
        }
        rows.add(varianceRow(msg("budget.common.total", locale), totalBefore, total, true));
        tables.add(new Table("resources", msg("budget.document.table.resources", locale), cols, rows,
                previous.isPresent() ? msg("budget.document.previous", locale, previous.get().reference())
                        : msg("budget.document.noPrevious", locale, previousPeriod)));

        // 2. incumbency and vacancy
        cols = List.of(msg("budget.common.class", locale), msg("budget.common.description", locale),
                msg("budget.document.authorised", locale), msg("budget.budget.months", locale),
                msg("budget.document.factor", locale), msg("budget.document.incumbency", locale),
                msg("budget.common.amount", locale));
        rows = new ArrayList<>();
        for (Budgets.EstimateLine l : lines) {
            if (l.group() == CostGroup.III) {
                continue;
            }
            BigDecimal count = l.group() == CostGroup.I ? l.persons() : l.posts();
            BigDecimal factor = l.group() == CostGroup.I ? l.delayedDeploymentFactor() : l.vacancyRate();
            BigDecimal incumbency = count.multiply(BigDecimal.ONE.subtract(factor));
            rows.add(new Line(List.of(Value.text(msg(l.cls().labelKey(), locale)), Value.text(l.description()),
                    Value.number(count, 0), Value.number(BigDecimal.valueOf(l.months()), 0),
                    Value.number(factor.multiply(BigDecimal.valueOf(100)), 1), Value.number(incumbency, 1),
                    Value.money(l.amount())), false));
        }
        tables.add(new Table("incumbency", msg("budget.document.table.incumbency", locale), cols, rows,
                rows.isEmpty() ? msg("budget.document.none", locale) : null));

        // 3. contingent-owned equipment (from claims)
        cols = List.of(msg("budget.document.coeKind", locale), msg("budget.document.coeCategory", locale),
                msg("budget.document.lines", locale), msg("budget.common.amount", locale));
        rows = new ArrayList<>();
        Optional<CoeBudgets.Estimate> estimate = coe.latestEstimate(b.missionCode(), YearMonth.from(b.periodStart()));
        String coeNote;
        if (estimate.isPresent()) {
            CoeBudgets.Estimate e = estimate.get();
            Map<String, Map<String, BigDecimal[]>> byKind = new TreeMap<>();
            for (CoeBudgets.Line l : e.lines()) {
                BigDecimal[] s = byKind.computeIfAbsent(l.kind(), k -> new TreeMap<>())
                        .computeIfAbsent(l.category() == null ? "—" : l.category(), k -> new BigDecimal[] {BigDecimal.ZERO, Money.ZERO});
                s[0] = s[0].add(BigDecimal.ONE);
                s[1] = s[1].add(l.amount());
            }
            for (var kind : byKind.entrySet()) {
                BigDecimal sum = Money.ZERO;
                for (var cat : kind.getValue().entrySet()) {
                    rows.add(new Line(List.of(Value.text(msg("budget.document.coe." + kind.getKey(), locale)),
                            Value.text(cat.getKey()), Value.number(cat.getValue()[0], 0), Value.money(cat.getValue()[1])), false));
                    sum = sum.add(cat.getValue()[1]);
                }
                rows.add(new Line(List.of(Value.text(msg("budget.document.subtotal", locale,
                        msg("budget.document.coe." + kind.getKey(), locale))), Value.text(""), Value.text(""), Value.money(sum)), true));
            }
            rows.add(new Line(List.of(Value.text(msg("budget.common.total", locale)), Value.text(""), Value.text(""),
                    Value.money(e.total())), true));
            coeNote = msg("budget.document.coeSource", locale, e.reference(), e.ruleSet(), e.from().toString(), e.to().toString());
        } else {
            coeNote = msg("budget.document.noCoe", locale, b.missionCode());
        }
        tables.add(new Table("coe", msg("budget.document.table.coe", locale), cols, rows, coeNote));

        // 4. variances against the previous period, with the explanation rule
        VarianceAnalysis.Thresholds t = parameters.thresholdsOn(b.periodStart());
        Map<String, String> explanations = explanations(budgetId);
        cols = List.of(msg("budget.document.line", locale), msg("budget.document.variance", locale),
                msg("budget.document.variancePercent", locale), msg("budget.document.required", locale),
                msg("budget.document.explanation", locale));
        rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Proposed p : previous.isPresent() ? variances(proposed, before, t) : List.<Proposed>of()) {
            String label = p.code().equals("TOTAL") ? msg("budget.common.total", locale)
                    : p.code().length() <= 3 ? msg("budget.group." + p.code(), locale)
                    : msg("budget.class." + p.code(), locale);
            if (!p.required() && p.variance().signum() == 0) {
                continue;
            }
            String explanation = explanations.get(p.code());
            if (p.required() && explanation == null) {
                missing.add(p.code());
            }
            rows.add(new Line(List.of(Value.text(label), Value.money(p.variance()),
                    p.percent() == null ? Value.text("—") : Value.number(p.percent(), 1),
                    Value.text(msg(p.required() ? "budget.document.yes" : "budget.document.no", locale)),
                    Value.text(explanation == null ? (p.required() ? msg("budget.document.missing", locale) : "") : explanation)),
                    p.code().length() <= 5));
        }
        tables.add(new Table("variances", msg("budget.document.table.variances", locale), cols, rows,
                previous.isEmpty() ? msg("budget.document.noPrevious", locale, previousPeriod)
                        : msg("budget.document.rule", locale, Money.text(t.amount()), t.percent().stripTrailingZeros().toPlainString())));
        String subtitle = msg("budget.document.subtitle", locale, b.missionCode(), b.period(),
                msg("budget.kind." + b.kind(), locale), msg("budget.status." + b.status(), locale), b.ruleSet());
        return new Content(b, msg("budget.document.title", locale, b.reference()), subtitle, locale, tables, groupTotals, total);
    }

    /** A variance of the proposal against the previous period: proposed − previous, percent of previous. */
    public record Proposed(String code, BigDecimal previous, BigDecimal proposed, BigDecimal variance, BigDecimal percent,
                           boolean required) { }

    /** Classes with a figure in either period, then groups, then the total; the rule of BUDGET-2026-v1. */
    public static List<Proposed> variances(Map<ExpenditureClass, BigDecimal> proposed,
                                           Map<ExpenditureClass, BigDecimal> previous, VarianceAnalysis.Thresholds t) {
        List<VarianceAnalysis.Input> inputs = new ArrayList<>();
        for (ExpenditureClass c : ExpenditureClass.values()) {
            if (proposed.containsKey(c) || previous.containsKey(c)) {
                // the rule's variance is apportionment − expenditure; the proposal shows proposed − previous
                inputs.add(new VarianceAnalysis.Input(c, previous.getOrDefault(c, Money.ZERO), proposed.getOrDefault(c, Money.ZERO)));
            }
        }
        VarianceAnalysis.Result r = VarianceAnalysis.analyse(inputs, t);
        List<Proposed> out = new ArrayList<>();
        for (VarianceAnalysis.Line l : r.lines()) {
            out.add(proposed(l.cls().name(), l.figure()));
        }
        r.groups().forEach((g, f) -> out.add(proposed(g.name(), f)));
        out.add(proposed("TOTAL", r.total()));
        return out;
    }

    private static Proposed proposed(String code, VarianceAnalysis.Figure f) {
        return new Proposed(code, f.apportionment(), f.expenditure(), f.variance().negate(),
                f.percent() == null ? null : f.percent().negate(), f.explanationRequired());
    }

    /** The proposal's variances against the previous period (classes, groups, total) of a budget the user reads. */
    public List<Proposed> varianceFigures(long budgetId) {
        return budgets.proposalVariances(budgets.get(budgetId));
    }

    /** The lines whose explanation the rule requires and the mission has not written. */
    public List<String> missingExplanations(long budgetId) {
        return budgets.missingProposalExplanations(budgets.get(budgetId));
    }

    public Map<String, String> explanations(long budgetId) {
        return budgets.proposalExplanations(budgetId);
    }

    /** Writes (or replaces) the explanation of a variance against the previous period: class, I, II, III or TOTAL. */
    @Transactional
    public void explain(long budgetId, String lineCode, String explanation) {
        Budgets.Budget b = budgets.get(budgetId);
        String user = access.require(BudgetPermissions.PREPARE, b.missionCode());
        FieldErrors errors = new FieldErrors();
        if (lineCode == null || lineCode.isBlank()) {
            errors.add("line", "NotBlank", "budget.field.required");
        } else if (ExpenditureClass.of(lineCode).isEmpty() && !List.of("I", "II", "III", "TOTAL").contains(lineCode)) {
            errors.add("line", "UnknownLine", "budget.performance.line.unknown", lineCode);
        }
        if (explanation == null || explanation.isBlank()) {
            errors.add("explanation", "NotBlank", "budget.field.required");
        } else if (explanation.length() > 4000) {
            errors.add("explanation", "Size", "budget.field.tooLong", 4000);
        }
        errors.throwIfAny();
        Budgets.requireStatus(b, "DRAFT", "RETURNED");
        String before = explanations(budgetId).get(lineCode);
        if (before == null) {
            jdbc.sql("INSERT INTO bud_proposal_explanation (budget_id, line_code, explanation, written_by, written_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(budgetId, lineCode, explanation.trim(), user,
                    OffsetDateTime.now(ZoneOffset.UTC)).update();
        } else {
            jdbc.sql("UPDATE bud_proposal_explanation SET explanation = ?, written_by = ?, written_at = ? "
                    + "WHERE budget_id = ? AND line_code = ?").params(explanation.trim(), user,
                    OffsetDateTime.now(ZoneOffset.UTC), budgetId, lineCode).update();
        }
        events.publishEvent(new DataChanged("budget.proposal-explanation", budgetId + ":" + lineCode,
                before == null ? DataChanged.Action.CREATE : DataChanged.Action.UPDATE,
                before == null ? null : Map.of("explanation", before), Map.of("explanation", explanation.trim())));
    }

    private Optional<Budgets.Budget> previous(Budgets.Budget b) {
        return budgets.previous(b);
    }

    static Map<ExpenditureClass, BigDecimal> byClass(List<Budgets.EstimateLine> lines) {
        Map<ExpenditureClass, BigDecimal> m = new EnumMap<>(ExpenditureClass.class);
        for (Budgets.EstimateLine l : lines) {
            m.merge(l.cls(), l.amount(), BigDecimal::add);
        }
        return m;
    }

    private static Line varianceRow(String label, BigDecimal previous, BigDecimal proposed, boolean subtotal) {
        BigDecimal variance = proposed.subtract(previous);
        Value percent = previous.signum() == 0 ? Value.text("—")
                : Value.number(variance.multiply(BigDecimal.valueOf(100)).divide(previous, java.math.MathContext.DECIMAL128), 1);
        return new Line(List.of(Value.text(label), Value.money(previous), Value.money(proposed), Value.money(variance),
                percent), subtotal);
    }

    // ---- rendering ----

    public Rendered xlsx(Content c) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            CellStyle right = wb.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle boldRight = wb.createCellStyle();
            boldRight.setFont(boldFont);
            boldRight.setAlignment(HorizontalAlignment.RIGHT);
            int n = 0;
            for (Table t : c.tables()) {
                n++;
                Sheet sheet = wb.createSheet(n + " " + sheetName(t.title()));
                int r = 0;
                text(sheet.createRow(r++), 0, c.title(), bold);
                text(sheet.createRow(r++), 0, c.subtitle(), null);
                text(sheet.createRow(r++), 0, t.title(), bold);
                Row header = sheet.createRow(r++);
                for (int i = 0; i < t.columns().size(); i++) {
                    text(header, i, t.columns().get(i), bold);
                }
                sheet.createFreezePane(0, r);
                for (Line l : t.lines()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < l.values().size(); i++) {
                        Value v = l.values().get(i);
                        text(row, i, v.plain(), v.numeric() ? (l.subtotal() ? boldRight : right) : (l.subtotal() ? bold : null));
                    }
                }
                if (t.note() != null) {
                    r++;
                    text(sheet.createRow(r), 0, t.note(), null);
                }
                sheet.setColumnWidth(0, 44 * 256);
                for (int i = 1; i < t.columns().size(); i++) {
                    sheet.setColumnWidth(i, 20 * 256);
                }
            }
            wb.write(out);
            return new Rendered(c.budget().reference() + "-" + c.locale().getLanguage() + ".xlsx",
                    org.fieldsupport.platform.api.TabularFile.XLSX_CONTENT_TYPE, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text cell through the platform's formula neutralisation. */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetCells.safe(value == null ? "" : value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:']", " ").trim();
        return s.length() > 28 ? s.substring(0, 28) : s;
    }

    public Rendered pdf(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(c.title());
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font plain = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);
        document.add(new Paragraph(c.title(), title));
        document.add(new Paragraph(c.subtitle(), plain));
        NumberFormat[] formats = new NumberFormat[3];
        for (int i = 0; i < 3; i++) {
            formats[i] = NumberFormat.getNumberInstance(c.locale());
            formats[i].setMinimumFractionDigits(i);
            formats[i].setMaximumFractionDigits(i);
        }
        for (Table t : c.tables()) {
            Paragraph h = new Paragraph(t.title(), heading);
            h.setSpacingBefore(12);
            h.setSpacingAfter(4);
            document.add(h);
            PdfPTable table = new PdfPTable(t.columns().size());
            table.setWidthPercentage(100);
            float[] widths = new float[t.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = i == 0 ? 3f : 1.4f;
            }
            if ("variances".equals(t.key())) {
                widths[widths.length - 1] = 4f;
            }
            table.setWidths(widths);
            table.setHeaderRows(1);
            for (String col : t.columns()) {
                table.addCell(new PdfPCell(new Phrase(pdfText(col), bold)));
            }
            for (Line l : t.lines()) {
                for (Value v : l.values()) {
                    String s = v.numeric() ? (v.amount() == null ? "" : formats[Math.min(v.decimals(), 2)].format(v.amount()))
                            : v.text();
                    PdfPCell cell = new PdfPCell(new Phrase(pdfText(s), l.subtotal() ? bold : plain));
                    if (v.numeric()) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            if (!t.lines().isEmpty()) {
                document.add(table);
            }
            if (t.note() != null) {
                document.add(new Paragraph(t.note(), small));
            }
        }
        document.close();
        return new Rendered(c.budget().reference() + "-" + c.locale().getLanguage() + ".pdf", "application/pdf",
                out.toByteArray());
    }

    /** The standard PDF fonts are WinAnsi: a narrow no-break space (French grouping) becomes a no-break space. */
    static String pdfText(String s) {
        return s == null ? "" : s.replace('\u202f', '\u00a0');
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
