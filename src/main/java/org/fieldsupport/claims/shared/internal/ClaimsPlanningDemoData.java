package org.fieldsupport.claims.shared.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.fieldsupport.claims.budgeting.internal.CoeBudgetService;
import org.fieldsupport.claims.mou.internal.ClaimsDemoData;
import org.fieldsupport.claims.shortfall.internal.ShortfallCaseService;
import org.fieldsupport.claims.workinggroup.internal.WorkingGroupService;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Claims planning demo (idempotent, with the claims demo): the planning officers and the Member State delegates;
 * COE budget estimates of MINUSCA and UNMISS for 2026/27 with an allotment; the COE Working Group sessions of 2023
 * (closed, Manual edition adopted) and 2026 (in session, proposals from BGD, RWA and the Secretariat); shortfall
 * cases opened from the shortfalls report with a consultation, a message and a corrective action. Amounts come
 * from the demo MOUs, whose rates are illustrative.
 */
@Component
@Order(330)
class ClaimsPlanningDemoData implements ApplicationRunner {

    static final String OFFICER = "coe.planning";
    private static final Logger log = LoggerFactory.getLogger(ClaimsPlanningDemoData.class);

    private final Environment environment;
    private final ObjectProvider<UserDirectory> users;
    private final CoeBudgetService budgets;
    private final WorkingGroupService workingGroup;
    private final ShortfallCaseService shortfalls;
    private final JdbcClient jdbc;

    ClaimsPlanningDemoData(Environment environment, ObjectProvider<UserDirectory> users, CoeBudgetService budgets,
                           WorkingGroupService workingGroup, ShortfallCaseService shortfalls, JdbcClient jdbc) {
        this.environment = environment;
        this.users = users;
        this.budgets = budgets;
        this.workingGroup = workingGroup;
        this.shortfalls = shortfalls;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!ClaimsDemoData.enabled(environment)) {
            return;
        }
        ensureUsers();
        var context = SecurityContextHolder.getContext();
        try {
            as(() -> {
                budgetEstimates();
                return null;
            });
            as(() -> {
                sessions();
                return null;
            });
            as(() -> {
                shortfallCases();
                return null;
            });
            log.info("Claims planning demo data in place (budget estimates, Working Group sessions, shortfall cases)");
        } catch (RuntimeException e) {
            log.warn("Claims planning demo data not (fully) loaded: {}", e.toString());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void ensureUsers() {
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        try {
            directory.ensureUser(OFFICER, "COE planning officer (demo)", OFFICER + "@fieldsupport.example", "en", OFFICER);
            directory.ensureRoleAssignment(OFFICER, ClaimsPlanningPermissions.ROLE_OFFICER, Scope.department());
            directory.ensureUser("coe.planning.minusca", "COE planning, MINUSCA (demo)",
                    "coe.planning.minusca@fieldsupport.example", "fr", "coe.planning.minusca");
            directory.ensureRoleAssignment("coe.planning.minusca", ClaimsPlanningPermissions.ROLE_OFFICER,
                    Scope.mission("MINUSCA"));
            directory.ensureUser("coe.budget.reader", "Mission budget officer (demo)",
                    "coe.budget.reader@fieldsupport.example", "en", "coe.budget.reader");
            directory.ensureRoleAssignment("coe.budget.reader", ClaimsPlanningPermissions.ROLE_READER,
                    Scope.department());
            for (ClaimsDemoData.Unit unit : ClaimsDemoData.UNITS) {
                String username = "portal." + unit.iso3().toLowerCase(Locale.ROOT);
                if (directory.find(username).isPresent()) {
                    directory.ensureRoleAssignment(username, ClaimsPlanningPermissions.ROLE_DELEGATE,
                            Scope.memberState(unit.iso3()));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Claims planning demo users not created: {}", e.getMessage());
        }
    }

    private void budgetEstimates() {
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM claims_budget_estimate WHERE mission_code = ? AND period_from = ?")
                    .params(mission, LocalDate.of(2026, 7, 1)).query(Long.class).single() > 0;
            if (exists) {
                continue;
            }
            CoeBudgetService.Detail d = budgets.computeAs(OFFICER, mission, YearMonth.of(2026, 7), YearMonth.of(2027, 6));
            BigDecimal half = d.estimate().majorEquipment().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            if (half.signum() > 0) {
                budgets.allotAs(OFFICER, d.estimate().id(), "MAJOR_EQUIPMENT", half, LocalDate.of(2026, 7, 1),
                        "ALLOT-DEMO-" + mission + "-2026-ME-1");
            }
            BigDecimal ss = d.estimate().selfSustainment();
            if (ss.signum() > 0) {
                budgets.allotAs(OFFICER, d.estimate().id(), "SELF_SUSTAINMENT", ss, LocalDate.of(2026, 7, 1),
                        "ALLOT-DEMO-" + mission + "-2026-SS-1");
            }
        }
    }

    private void sessions() {
        if (workingGroup.sessionByCode("COE-WG-2023").isEmpty()) {
            WorkingGroupService.Session s = workingGroup.createSessionAs(OFFICER, 2023, LocalDate.of(2023, 1, 16),
                    LocalDate.of(2023, 1, 27));
            workingGroup.moveAs(OFFICER, s.id(), "IN_SESSION");
            WorkingGroupService.Proposal p = workingGroup.submitAs(OFFICER, s, "SECRETARIAT",
                    new WorkingGroupService.NewProposal("SECRETARIAT", "MANUAL_CHANGE", null,
                            "Chapter 3: verification reports within 30 days of an inspection (illustrative)",
                            "Demo proposal.", null));
            workingGroup.decideAs(OFFICER, p.id(), "ADOPTED", "Adopted by consensus (demo).");
            workingGroup.moveAs(OFFICER, s.id(), "CLOSED");
            workingGroup.adoptManualAs(OFFICER, s.id(), LocalDate.of(2023, 7, 1));
        }
        if (workingGroup.sessionByCode("COE-WG-2026").isEmpty()) {
            WorkingGroupService.Session s = workingGroup.createSessionAs(OFFICER, 2026, LocalDate.of(2026, 1, 19),
                    LocalDate.of(2026, 1, 30));
            workingGroup.moveAs(OFFICER, s.id(), "IN_SESSION");
            WorkingGroupService.Proposal bgd = workingGroup.submitAs(OFFICER, s, "BGD",
                    new WorkingGroupService.NewProposal("BGD", "RATE_REVISION", "CATERING",
                            "Catering: rate per person per month revised for food price increases (illustrative)",
                            "Demo proposal of Bangladesh.", new BigDecimal("30.50")));
            workingGroup.submitAs(OFFICER, s, "RWA",
                    new WorkingGroupService.NewProposal("RWA", "NEW_CATEGORY", "WELFARE_CONNECTIVITY",
                            "Welfare connectivity as a self-sustainment category (illustrative)",
                            "Demo proposal of Rwanda.", new BigDecimal("4.00")));
            WorkingGroupService.Proposal sec = workingGroup.submitAs(OFFICER, s, "SECRETARIAT",
                    new WorkingGroupService.NewProposal("SECRETARIAT", "MANUAL_CHANGE", null,
                            "Chapter 3: photographs attached to every inspection (illustrative)", "Demo proposal.",
                            null));
            workingGroup.decideAs(OFFICER, bgd.id(), "ADOPTED", "Adopted (demo).");
            workingGroup.decideAs(OFFICER, sec.id(), "DEFERRED", "To the next session (demo).");
        }
    }

    private void shortfallCases() {
        boolean any = jdbc.sql("SELECT COUNT(*) FROM claims_shortfall_case WHERE opened_by = ?").param(OFFICER)
                .query(Long.class).single() > 0;
        if (any) {
            return;
        }
        List<ShortfallCaseService.Case> opened = List.of();
        for (YearMonth month = YearMonth.of(2026, 9); opened.isEmpty() && !month.isBefore(YearMonth.of(2026, 6));
             month = month.minusMonths(1)) {
            for (String mission : List.of("MINUSCA", "UNMISS")) {
                List<ShortfallCaseService.Case> cases = shortfalls.openFromReportAs(OFFICER, mission, month);
                if (opened.isEmpty() && !cases.isEmpty()) {
                    opened = cases;
                }
            }
        }
        if (opened.isEmpty()) {
            return;
        }
        ShortfallCaseService.Case c = opened.get(0);
        shortfalls.consult(c.id(), "EXT_DPKO_OMA", LocalDate.now(ZoneOffset.UTC).minusDays(5),
                "Force generation confirms the unit's equipment requirement; the contributor is to replace the items (demo).");
        shortfalls.message(c.id(), "The inspection found the shortfall recorded on this case. Please tell us when the "
                + "missing or unserviceable items will be replaced (demo).");
        shortfalls.addActionAs(OFFICER, c, "Replace or repair the items short (demo)", "CONTRIBUTOR",
                LocalDate.now(ZoneOffset.UTC).plusDays(10));
    }

    private <T> T as(Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(OFFICER, null, List.of()));
        return action.get();
    }
}
