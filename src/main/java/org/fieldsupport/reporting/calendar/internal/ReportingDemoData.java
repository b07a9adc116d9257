package org.fieldsupport.reporting.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo reporting: the front office's demo principal {@code frontoffice.usg} keeps the calendar (REPORTING_OFFICER),
 * {@code action.mcms} contributes for its unit; a calendar of 8 reports with inputs in every state and figures
 * taken. Loaded once (report {@code S-2026-MINUSCA-Q4}).
 */
@Component
@DemoData.OnDemoData
@Order(420)
class ReportingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingDemoData.class);

    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final ReportingCalendar calendar;

    ReportingDemoData(UserDirectory users, JdbcClient jdbc, ReportingCalendar calendar) {
        this.users = users;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            users.ensureUser("frontoffice.usg", "Front Office of the USG (demo)", "frontoffice.usg@fieldsupport.example", "en",
                    "frontoffice.usg");
            users.ensureRoleAssignment("frontoffice.usg", "REPORTING_OFFICER", Scope.department());
            users.ensureUser("action.mcms", "Action officer, MCMS (demo)", "action.mcms@fieldsupport.example",
                    "en", "action.mcms");
            users.ensureRoleAssignment("action.mcms", "REPORTING_CONTRIBUTOR", Scope.unit("DFS-MCMS"));
        } catch (RuntimeException e) {
            log.warn("Reporting demo users not created: {}", e.getMessage());
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM rp_report WHERE code = 'S-2026-MINUSCA-Q4'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            actAs("frontoffice.usg");
            load();
            log.info("Reporting demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Reporting demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static void actAs(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private void load() {
        LocalDate t = calendar.today();
        String[][] reports = {
                {"S-2026-MINUSCA-Q4", "Report of the Secretary-General on the Central African Republic", "Rapport du Secrétaire général sur la République centrafricaine", "EXT-SC", "S/RES/2149 (2014)", "MINUSCA", "20"},
                {"S-2026-UNMISS-Q4", "Report of the Secretary-General on South Sudan", "Rapport du Secrétaire général sur le Soudan du Sud", "EXT-SC", "S/RES/1996 (2011)", "UNMISS", "35"},
                {"S-2026-MONUSCO-Q4", "Report of the Secretary-General on MONUSCO", "Rapport du Secrétaire général sur la MONUSCO", "EXT-SC", "S/RES/2717 (2023)", "MONUSCO", "50"},
                {"A-81-C34", "Comprehensive review of peacekeeping operations", "Étude d’ensemble des opérations de maintien de la paix", "EXT-C34", "A/RES/80/xx", "", "60"},
                {"A-81-ACABQ-OVERVIEW", "Overview of the financing of peacekeeping operations", "Aperçu du financement des opérations de maintien de la paix", "EXT-ACABQ", "A/RES/49/233", "", "75"},
                {"A-81-GA5-SUPPORT", "Support account for peacekeeping operations", "Compte d’appui aux opérations de maintien de la paix", "EXT-GA5", "A/RES/80/yy", "", "90"},
                {"A-81-GA4-SPM", "Special political missions overview", "Aperçu des missions politiques spéciales", "EXT-GA4", "A/RES/80/zz", "", "100"},
                {"A-81-SEA", "Special measures for protection from sexual exploitation and abuse", "Dispositions spéciales visant à prévenir l’exploitation et les atteintes sexuelles", "EXT-GA5", "A/RES/57/306", "", "120"}};
        int i = 0;
        for (String[] r : reports) {
            LocalDate due = t.plusDays(Long.parseLong(r[6]));
            calendar.create(new ReportingCalendar.NewReport(r[0], r[1], r[2], r[3], r[4], r[5].isEmpty() ? null : r[5],
                    "EXT-DPKO", due));
            if (i < 6) {
                calendar.requestInput(r[0], new ReportingCalendar.NewInput("DFS-MCMS", "Contingent-owned equipment reimbursement", due.minusDays(10)));
                calendar.requestInput(r[0], new ReportingCalendar.NewInput("DFS-FPD", "Civilian staffing and vacancy rates", due.minusDays(12)));
                calendar.requestInput(r[0], new ReportingCalendar.NewInput("DFS-LSD", "Logistics support", i == 2 ? t.minusDays(1) : due.minusDays(8)));
                var d = calendar.detail(r[0]);
                if (i % 3 != 2) {
                    for (var in : d.inputs()) {
                        calendar.submitInput(in.id(), "Input of " + in.unitCode() + " on " + in.topic() + ".");
                        if (i % 3 == 0) calendar.clearInput(in.id());
                    }
                }
                calendar.takeFigure(r[0], "organization.positions.vacancyRate", null);
                if (!r[5].isEmpty()) calendar.takeFigure(r[0], "claims.certified.amount", r[5]);
            }
            i++;
        }
        calendar.submitReport("S-2026-MINUSCA-Q4");
    }
}
