package org.fieldsupport.claims.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.analytics.domain.Shortfalls;
import org.fieldsupport.claims.analytics.internal.ClaimsReports;
import org.fieldsupport.platform.api.FieldErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claims reports over REST, each as JSON, CSV (one table, {@code ?table=}) and XLSX (every table, one sheet
 * each): financial status, shortfalls, COE Working Group summary. Months as {@code YYYY-MM}; the default period
 * is the current UN peacekeeping financial year (1 July–30 June). Money as strings with two decimals; shares
 * as decimals between 0 and 1. Invalid parameters: 400 problem details naming the field and rule; readers
 * without {@code claims.reports.read} (Member State users): 403.
 */
@RestController
@RequestMapping("/api/v1/claims/reports")
class ClaimsReportsApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ClaimsReports reports;
    private final ReportTables tables;

    ClaimsReportsApiController(ClaimsReports reports, ReportTables tables) {
        this.reports = reports;
        this.tables = tables;
    }

    record AmountsJson(String memberState, String missionCode, String currency, int count, String certified,
                       String paid, String outstanding) { }

    record DndJson(List<AmountsJson> byMemberState, List<AmountsJson> cells, List<AmountsJson> totals) { }

    record FinancialJson(String from, String to, String memberState, String mission, List<AmountsJson> byMemberState,
                         List<AmountsJson> byMission, List<AmountsJson> cells, List<AmountsJson> totals,
                         DndJson deathAndDisability) { }

    record ShortfallJson(String kind, String reference, List<String> types, String leaseType, Integer mouQuantity,
                         Integer serviceable, String rating, String amount, String effect) { }

    record ContingentJson(long id, String reference, String missionCode, String memberState, String unitType,
                          String effect, List<String> amountProblems, List<ShortfallJson> shortfalls) { }

    record MissionJson(String missionCode, int contingents, long belowMou, long belowStandard,
                       long equipmentNotVerified, long unsatisfactory, long notProvided, long partiallySatisfactory,
                       long categoriesNotVerified, String effect) { }

    record ShortfallsJson(String month, String ruleSet, String currency, List<MissionJson> missions,
                          List<ContingentJson> contingents) { }

    record CategoryJson(String category, String memberState, String currency, String amount, long lineMonths,
                        long contingents, long belowStandard, String belowStandardShare, long notVerified,
                        String notVerifiedShare, String categoryFr) { }

    record CoeJson(String from, String to, String memberState, boolean byMemberState, boolean certifiedOnly,
                   List<CategoryJson> equipment, List<CategoryJson> selfSustainment) { }

    // ------------------------------------------------------------------ financial status

    @GetMapping(path = "/financial-status", produces = MediaType.APPLICATION_JSON_VALUE)
    FinancialJson financial(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String memberState,
                            @RequestParam(required = false) String mission) {
        ClaimsReports.FinancialStatus f = financialStatus(from, to, memberState, mission);
        return new FinancialJson(f.from().toString(), f.to().toString(), f.memberState(), f.missionCode(),
                json(f.byMemberState()), json(f.byMission()), json(f.cells()), json(f.totals()),
                new DndJson(json(f.dndByMemberState()), json(f.dndCells()), json(f.dndTotals())));
    }

    @GetMapping("/financial-status.csv")
    ResponseEntity<byte[]> financialCsv(@RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String memberState,
                                        @RequestParam(required = false) String mission,
                                        @RequestParam(defaultValue = "by-member-state") String table, Locale locale) {
        return csv(tables.financial(financialStatus(from, to, memberState, mission), locale), table,
                "claims-financial-status");
    }

    @GetMapping("/financial-status.xlsx")
    ResponseEntity<byte[]> financialXlsx(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String memberState,
                                         @RequestParam(required = false) String mission, Locale locale) {
        return download(tables.xlsx(tables.financial(financialStatus(from, to, memberState, mission), locale)), XLSX,
                "claims-financial-status.xlsx");
    }

    private ClaimsReports.FinancialStatus financialStatus(String from, String to, String memberState, String mission) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        ReportParams.Period period = ReportParams.period(from, to, LocalDate.now(), errors);
        String state = ReportParams.memberState(memberState, errors);
        String missionCode = ReportParams.mission(mission, errors);
        errors.throwIfAny();
        return reports.financialStatus(period.from(), period.to(), state, missionCode);
    }

    // ------------------------------------------------------------------ shortfalls

    @GetMapping(path = "/shortfalls", produces = MediaType.APPLICATION_JSON_VALUE)
    ShortfallsJson shortfalls(@RequestParam(required = false) String month,
                              @RequestParam(required = false) String memberState,
                              @RequestParam(required = false) String mission) {
        ClaimsReports.ShortfallReport r = shortfallReport(month, memberState, mission);
        return new ShortfallsJson(r.month().toString(), r.ruleSetId(), r.currency(),
                r.missions().stream().map(m -> new MissionJson(m.missionCode(), m.contingents(), m.belowMou(),
                        m.belowStandard(), m.equipmentNotVerified(), m.unsatisfactory(), m.notProvided(),
                        m.partiallySatisfactory(), m.categoriesNotVerified(), money(m.effect()))).toList(),
                r.contingents().stream().map(c -> new ContingentJson(c.contingentId(), c.reference(), c.missionCode(),
                        c.memberState(), c.unitType(), money(c.effect()), c.amountProblems(),
                        c.shortfalls().stream().map(ClaimsReportsApiController::json).toList())).toList());
    }

    @GetMapping("/shortfalls.csv")
    ResponseEntity<byte[]> shortfallsCsv(@RequestParam(required = false) String month,
                                         @RequestParam(required = false) String memberState,
                                         @RequestParam(required = false) String mission,
                                         @RequestParam(defaultValue = "shortfalls") String table, Locale locale) {
        return csv(tables.shortfalls(shortfallReport(month, memberState, mission), locale), table, "claims-shortfalls");
    }

    @GetMapping("/shortfalls.xlsx")
    ResponseEntity<byte[]> shortfallsXlsx(@RequestParam(required = false) String month,
                                          @RequestParam(required = false) String memberState,
                                          @RequestParam(required = false) String mission, Locale locale) {
        return download(tables.xlsx(tables.shortfalls(shortfallReport(month, memberState, mission), locale)), XLSX,
                "claims-shortfalls.xlsx");
    }

    private ClaimsReports.ShortfallReport shortfallReport(String month, String memberState, String mission) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        YearMonth m = ReportParams.monthOr("month", month, YearMonth.now(), errors);
        String state = ReportParams.memberState(memberState, errors);
        String missionCode = ReportParams.mission(mission, errors);
        errors.throwIfAny();
        return reports.shortfalls(m, state, missionCode);
    }

    // ------------------------------------------------------------------ COE Working Group summary

    @GetMapping(path = "/coe-summary", produces = MediaType.APPLICATION_JSON_VALUE)
    CoeJson coeSummary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String memberState,
                       @RequestParam(defaultValue = "false") boolean byMemberState,
                       @RequestParam(defaultValue = "false") boolean certifiedOnly) {
        ClaimsReports.CoeSummary s = summary(from, to, memberState, byMemberState, certifiedOnly);
        return new CoeJson(s.from().toString(), s.to().toString(), s.memberState(), s.byMemberState(),
                s.certifiedOnly(), s.equipment().stream().map(ClaimsReportsApiController::json).toList(),
                s.selfSustainment().stream().map(ClaimsReportsApiController::json).toList());
    }

    @GetMapping("/coe-summary.csv")
    ResponseEntity<byte[]> coeSummaryCsv(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String memberState,
                                         @RequestParam(defaultValue = "false") boolean byMemberState,
                                         @RequestParam(defaultValue = "false") boolean certifiedOnly,
                                         @RequestParam(defaultValue = "equipment") String table, Locale locale) {
        return csv(tables.coeSummary(summary(from, to, memberState, byMemberState, certifiedOnly), locale), table,
                "claims-coe-summary");
    }

    @GetMapping("/coe-summary.xlsx")
    ResponseEntity<byte[]> coeSummaryXlsx(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) String memberState,
                                          @RequestParam(defaultValue = "false") boolean byMemberState,
                                          @RequestParam(defaultValue = "false") boolean certifiedOnly, Locale locale) {
        return download(tables.xlsx(tables.coeSummary(summary(from, to, memberState, byMemberState, certifiedOnly),
                locale)), XLSX, "claims-coe-summary.xlsx");
    }

    private ClaimsReports.CoeSummary summary(String from, String to, String memberState, boolean byMemberState,
                                             boolean certifiedOnly) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        ReportParams.Period period = ReportParams.period(from, to, LocalDate.now(), errors);
        String state = ReportParams.memberState(memberState, errors);
        errors.throwIfAny();
        return reports.coeSummary(period.from(), period.to(), state, byMemberState, certifiedOnly);
    }

    // ------------------------------------------------------------------ helpers

    private static ResponseEntity<byte[]> csv(List<ReportTables.Table> tables, String name, String file) {
        ReportTables.Table table = tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        if (table == null) {
            new FieldErrors().add("table", "OneOf", "claims.reports.input.table", name,
                    String.join(", ", tables.stream().map(ReportTables.Table::name).toList())).throwIfAny();
        }
        return download(ReportTables.csv(table), CSV, file + "-" + name + ".csv");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private static List<AmountsJson> json(List<ClaimsReports.Amounts> amounts) {
        return amounts.stream().map(a -> new AmountsJson(a.memberState(), a.missionCode(), a.currency(), a.count(),
                money(a.certified()), money(a.paid()), money(a.outstanding()))).toList();
    }

    private static ShortfallJson json(Shortfalls.Shortfall s) {
        return new ShortfallJson(s.kind().name(), s.reference(), s.types().stream().sorted().map(Enum::name).toList(),
                s.leaseType() == null ? null : s.leaseType().name(), s.mouQuantity(), s.serviceable(),
                s.rating() == null ? null : s.rating().name(), money(s.amount()), money(s.effect()));
    }

    private static CategoryJson json(ClaimsReports.CategoryRow r) {
        return new CategoryJson(r.category(), r.memberState(), r.currency(), money(r.amount()), r.lineMonths(),
                r.contingents(), r.belowStandard(), r.belowStandardShare().toPlainString(), r.notVerified(),
                r.notVerifiedShare().toPlainString(), r.categoryFr());
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
