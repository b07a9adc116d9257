package org.fieldsupport.claims.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.claims.analytics.internal.ClaimsReports;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The claims reports' screens: financial status, shortfalls and the COE Working Group summary, each with a
 * filter form, SVG charts beside tables of the same figures, and CSV / XLSX downloads (the REST resources).
 * Invalid filters are shown next to the form, each naming its field.
 */
@Controller
class ClaimsReportsPageController {

    private final ClaimsReports reports;
    private final MessageSource messages;
    private final Formats formats;

    ClaimsReportsPageController(ClaimsReports reports, MessageSource messages, Formats formats) {
        this.reports = reports;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/claims/reports")
    String index(Model model) {
        reports.readableMissions();
        ClaimsReports.Period year = ClaimsReports.financialYear(LocalDate.now());
        model.addAttribute("year", year);
        return "claims/reports/index";
    }

    @GetMapping("/claims/reports/financial-status")
    String financial(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String memberState, @RequestParam(required = false) String mission,
                     Locale locale, Model model) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        ReportParams.Period period = ReportParams.period(from, to, LocalDate.now(), errors);
        String state = ReportParams.memberState(memberState, errors);
        String missionCode = ReportParams.mission(mission, errors);
        form(model, errors, locale, Map.of("from", text(from, period.from()), "to", text(to, period.to()),
                "memberState", text(memberState, null), "mission", text(mission, null)));
        if (!errors.isEmpty()) {
            return "claims/reports/financial";
        }
        ClaimsReports.FinancialStatus f = reports.financialStatus(period.from(), period.to(), state, missionCode);
        model.addAttribute("report", f);
        List<String> charts = new ArrayList<>();
        for (String currency : f.currencies()) {
            charts.add(amountsChart("chart-state-" + currency, msg("claims.reports.chart.byMemberState", locale, currency),
                    f.byMemberState().stream().filter(a -> a.currency().equals(currency)).toList(), true, locale));
            charts.add(amountsChart("chart-mission-" + currency, msg("claims.reports.chart.byMission", locale, currency),
                    f.byMission().stream().filter(a -> a.currency().equals(currency)).toList(), false, locale));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("query", query("from", period.from(), "to", period.to(), "memberState", state,
                "mission", missionCode));
        return "claims/reports/financial";
    }

    private String amountsChart(String id, String title, List<ClaimsReports.Amounts> rows, boolean byState,
                                Locale locale) {
        List<String> labels = rows.stream().map(a -> byState ? a.memberState() : a.missionCode()).toList();
        return ReportCharts.stackedBars(id, title, msg("claims.reports.chart.amounts.desc", locale), labels,
                List.of(new ReportCharts.Series(msg("claims.reports.col.paid", locale),
                                rows.stream().map(ClaimsReports.Amounts::paid).toList()),
                        new ReportCharts.Series(msg("claims.reports.col.outstanding", locale),
                                rows.stream().map(ClaimsReports.Amounts::outstanding).toList())),
                i -> msg("claims.reports.chart.certified", locale,
                        formats.money(rows.get(i).certified(), rows.get(i).currency(), locale)));
    }

    @GetMapping("/claims/reports/shortfalls")
    String shortfalls(@RequestParam(required = false) String month, @RequestParam(required = false) String memberState,
                      @RequestParam(required = false) String mission, Locale locale, Model model) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        // opens on the last complete month: the current one is still being verified, so everything in it is "not verified"
        YearMonth m = ReportParams.monthOr("month", month, YearMonth.now().minusMonths(1), errors);
        String state = ReportParams.memberState(memberState, errors);
        String missionCode = ReportParams.mission(mission, errors);
        form(model, errors, locale, Map.of("month", text(month, m), "memberState", text(memberState, null),
                "mission", text(mission, null)));
        if (!errors.isEmpty()) {
            return "claims/reports/shortfalls";
        }
        ClaimsReports.ShortfallReport r = reports.shortfalls(m, state, missionCode);
        model.addAttribute("report", r);
        List<ClaimsReports.MissionShortfalls> missions = r.missions();
        List<String> charts = new ArrayList<>();
        if (!missions.isEmpty()) {
            charts.add(ReportCharts.stackedBars("chart-shortfalls", msg("claims.reports.chart.shortfalls", locale, m),
                    msg("claims.reports.chart.shortfalls.desc", locale),
                    missions.stream().map(ClaimsReports.MissionShortfalls::missionCode).toList(),
                    List.of(series("claims.reports.shortfall.BELOW_MOU", locale, missions.stream().map(x -> x.belowMou()).toList()),
                            series("claims.reports.shortfall.BELOW_STANDARD", locale, missions.stream().map(x -> x.belowStandard()).toList()),
                            series("claims.reports.shortfall.NOT_VERIFIED", locale, missions.stream().map(x -> x.equipmentNotVerified() + x.categoriesNotVerified()).toList()),
                            series("claims.reports.chart.selfSustainment", locale, missions.stream().map(x -> x.unsatisfactory() + x.notProvided() + x.partiallySatisfactory()).toList())),
                    i -> msg("claims.reports.chart.effect", locale,
                            formats.money(missions.get(i).effect(), r.currency(), locale))));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("query", query("month", m, "memberState", state, "mission", missionCode));
        return "claims/reports/shortfalls";
    }

    private ReportCharts.Series series(String key, Locale locale, List<Long> counts) {
        return new ReportCharts.Series(msg(key, locale), counts.stream().map(BigDecimal::valueOf).toList());
    }

    @GetMapping("/claims/reports/coe-summary")
    String coeSummary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String memberState,
                      @RequestParam(defaultValue = "false") boolean byMemberState,
                      @RequestParam(defaultValue = "false") boolean certifiedOnly, Locale locale, Model model) {
        reports.readableMissions();
        FieldErrors errors = new FieldErrors();
        ReportParams.Period period = ReportParams.period(from, to, LocalDate.now(), errors);
        String state = ReportParams.memberState(memberState, errors);
        form(model, errors, locale, Map.of("from", text(from, period.from()), "to", text(to, period.to()),
                "memberState", text(memberState, null)));
        model.addAttribute("byMemberState", byMemberState);
        model.addAttribute("certifiedOnly", certifiedOnly);
        if (!errors.isEmpty()) {
            return "claims/reports/coe-summary";
        }
        ClaimsReports.CoeSummary s = reports.coeSummary(period.from(), period.to(), state, byMemberState, certifiedOnly);
        model.addAttribute("report", s);
        Map<String, List<String>> charts = Map.of("equipment", new ArrayList<>(), "selfSustainment", new ArrayList<>());
        if (!byMemberState) {
            categoryChart(charts.get("equipment"), "chart-equipment", msg("claims.reports.chart.equipment", locale),
                    s.equipment(), locale);
            categoryChart(charts.get("selfSustainment"), "chart-self-sustainment",
                    msg("claims.reports.chart.selfSustainmentCategories", locale), s.selfSustainment(), locale);
        }
        model.addAttribute("charts", charts);
        model.addAttribute("query", query("from", period.from(), "to", period.to(), "memberState", state,
                "byMemberState", byMemberState, "certifiedOnly", certifiedOnly));
        return "claims/reports/coe-summary";
    }

    private void categoryChart(List<String> charts, String id, String title, List<ClaimsReports.CategoryRow> rows,
                               Locale locale) {
        for (String currency : rows.stream().map(ClaimsReports.CategoryRow::currency).distinct().toList()) {
            List<ClaimsReports.CategoryRow> in = rows.stream().filter(r -> r.currency().equals(currency)).toList();
            charts.add(ReportCharts.stackedBars(id + "-" + currency, title + " (" + currency + ")",
                    msg("claims.reports.chart.categories.desc", locale),
                    in.stream().map(r -> r.category(locale)).toList(),
                    List.of(new ReportCharts.Series(msg("claims.reports.col.amount", locale),
                            in.stream().map(ClaimsReports.CategoryRow::amount).toList())),
                    i -> formats.money(in.get(i).amount(), currency, locale)));
        }
    }

    // ------------------------------------------------------------------ helpers

    private void form(Model model, FieldErrors errors, Locale locale, Map<String, String> values) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors.list().stream()
                .map(e -> e.field() + ": " + messages.getMessage(e.messageKey(), e.args(), locale)).toList());
    }

    private static String text(String given, Object fallback) {
        return given != null && !given.isBlank() ? given.trim() : fallback == null ? "" : fallback.toString();
    }

    /** The filter as a URL query string for the download links (empty values left out). */
    private static String query(Object... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !(pairs[i + 1] instanceof Boolean b && !b)) {
                query.append(query.isEmpty() ? '?' : '&').append(pairs[i]).append('=')
                        .append(java.net.URLEncoder.encode(pairs[i + 1].toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
