package org.fieldsupport.budget.shared.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.budget.estimate.domain.CostEstimator;
import org.fieldsupport.budget.estimate.domain.ExpenditureClass;
import org.fieldsupport.budget.estimate.internal.Budgets;
import org.fieldsupport.budget.execution.internal.Execution;
import org.fieldsupport.budget.framework.internal.Frameworks;
import org.fieldsupport.budget.legislative.internal.Legislative;
import org.fieldsupport.budget.liquidation.internal.Liquidations;
import org.fieldsupport.platform.api.TabularFile;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Budget demo data (only with {@code fsp.demo-data}): users {@code budget.minusca}, {@code budget.hq},
 * {@code controller} (password = user name); MINUSCA and UNMISS 2026/27 budgets costed by BUDGET-2026-v1 and sent
 * to the Controller, allotted by class, six months (July–December 2026) of ERP expenditure and commitments imported
 * through the same import as users'; RBB frameworks; redeployment requests; a support visit, legislative questions;
 * the liquidations of MINUSMA and UNAMI (both in their liquidation phase) with a disposal plan; the MINUSCA 2027/28
 * draft ({@code BUD-MINUSCA-2027}) whose groups I and II are filled from the staffing table and the MOUs, one count
 * overridden with its reason; two questions routed to the Budget and Performance Reporting Service through the front
 * office (one overdue), answered by {@code action.bprs}. ILLUSTRATIVE figures,
 * not the General Assembly's. Idempotent: recognised by the budgets' references.
 */
@Component
@DemoData.OnDemoData
@Order(450) // after the personnel, claims and front-office demo data: the 2027/28 draft is filled from their records
class BudgetDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);
    static final LocalDate PERIOD = LocalDate.of(2026, 7, 1);

    private final UserDirectory users;
    private final Budgets budgets;
    private final Execution execution;
    private final Frameworks frameworks;
    private final Legislative legislative;
    private final Liquidations liquidations;
    private final JdbcClient jdbc;
    private final org.fieldsupport.budget.estimate.internal.LineSources sources;

    BudgetDemoData(UserDirectory users, Budgets budgets, Execution execution, Frameworks frameworks,
                   Legislative legislative, Liquidations liquidations, JdbcClient jdbc,
                   org.fieldsupport.budget.estimate.internal.LineSources sources) {
        this.sources = sources;
        this.users = users;
        this.budgets = budgets;
        this.execution = execution;
        this.frameworks = frameworks;
        this.legislative = legislative;
        this.liquidations = liquidations;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            users();
            if (jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE reference = 'BUD-MINUSCA-2026'").query(Long.class).single() == 0) {
                budget("MINUSCA", minusca(), 1.00);
                budget("UNMISS", unmiss(), 1.07);
                frameworks();
                followUp();
            }
            if (jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE reference = 'BUD-MINUSCA-2025'").query(Long.class).single() == 0) {
                previousPeriod("MINUSCA", minusca());
            }
            liquidations.open("MINUSMA", LocalDate.of(2024, 1, 1));
            liquidations.open("UNAMI", LocalDate.of(2026, 1, 1));
            disposals();
            log.info("Budget demo data in place (MINUSCA and UNMISS 2026/27, illustrative figures)");
        } catch (RuntimeException e) {
            log.warn("Budget demo data not loaded: {}", e.toString());
        }
        // session 4, apart so that a failure here leaves the records above in place
        try {
            if (jdbc.sql("SELECT COUNT(*) FROM bud_budget WHERE reference = 'BUD-MINUSCA-2027'").query(Long.class).single() == 0) {
                filledFromSources();
            }
            if (jdbc.sql("SELECT COUNT(*) FROM bud_legislative_question WHERE task_reference IS NOT NULL").query(Long.class)
                    .single() == 0) {
                routedQuestions();
            }
        } catch (RuntimeException e) {
            log.warn("Budget demo data from the sources not loaded: {}", e.toString());
        }
    }

    private void users() {
        users.ensureUser("budget.minusca", "MINUSCA Budget Officer (demo)", "budget.minusca@fieldsupport.example", "fr",
                "budget.minusca");
        users.ensureRoleAssignment("budget.minusca", BudgetPermissions.ROLE_MISSION, Scope.mission("MINUSCA"));
        users.ensureUser("budget.hq", "FBFD Budget Officer (demo)", "budget.hq@fieldsupport.example", "en", "budget.hq");
        users.ensureRoleAssignment("budget.hq", BudgetPermissions.ROLE_HQ, Scope.department());
        users.ensureUser("controller", "Controller (demo)", "controller@fieldsupport.example", "en", "controller");
        users.ensureRoleAssignment("controller", BudgetPermissions.ROLE_CONTROLLER, Scope.department());
        // answers the legislative questions routed to the Budget and Performance Reporting Service (front office tasks)
        users.ensureUser("action.bprs", "BPRS Action Officer (demo)", "action.bprs@fieldsupport.example", "en", "action.bprs");
        users.ensureRoleAssignment("action.bprs", "UNIT_ACTION_OFFICER", Scope.unit(BPRS));
    }

    static final String BPRS = "DFS-BPRS";

    /**
     * MINUSCA's 2027/28 proposal in preparation: groups I and II filled from the contingents' MOUs and the staffing
     * table, the rest typed; one filled count overridden with its reason (a re-fill keeps it).
     */
    private void filledFromSources() {
        Budgets.Budget b = budgets.insert("MINUSCA", PERIOD.plusYears(1), Budgets.MAINTENANCE, "MSA", "budget.minusca");
        sources.fillAs(b.id(), "budget.minusca");
        List<CostEstimator.Line> typed = new ArrayList<>();
        for (CostEstimator.Line l : minusca()) {
            if (l.cls() == ExpenditureClass.MILITARY_OBSERVERS || l.cls() == ExpenditureClass.UN_POLICE
                    || l.cls() == ExpenditureClass.GOVERNMENT_PROVIDED_PERSONNEL || l.cls().group() == org.fieldsupport.budget.estimate.domain.CostGroup.III) {
                typed.add(l);
            }
        }
        budgets.insertLines(b.id(), typed);
        budgets.lines(b.id()).stream()
                .filter(l -> l.source() != null && l.cls() == ExpenditureClass.INTERNATIONAL_STAFF
                        && l.count().compareTo(BigDecimal.valueOf(3)) >= 0)
                .findFirst()
                .ifPresent(l -> sources.overrideAs(b.id(), l.source().key(), l.count().subtract(BigDecimal.valueOf(2)),
                        "Two posts proposed for abolition in 2027/28 (civilian staffing review of October 2026).",
                        "budget.minusca"));
    }

    /** Two questions against the 2026/27 budgets routed to BPRS through the front office: one open, one overdue. */
    private void routedQuestions() {
        Budgets.Budget minusca = budgets.load(jdbc.sql("SELECT id FROM bud_budget WHERE reference = 'BUD-MINUSCA-2026'")
                .query(Long.class).single());
        Budgets.Budget unmiss = budgets.load(jdbc.sql("SELECT id FROM bud_budget WHERE reference = 'BUD-UNMISS-2026'")
                .query(Long.class).single());
        legislative.route("ACABQ", minusca,
                "Please explain the increase in the requirements for international staff and the vacancy rate assumed.",
                LocalDate.now().plusDays(12), BPRS, "budget.hq");
        legislative.route("FIFTH_COMMITTEE", unmiss,
                "Provide the number of formed police units deployed at 31 October 2026 and their authorised strength.",
                LocalDate.now().minusDays(3), BPRS, "budget.hq");
    }

    static BigDecimal d(String s) { return new BigDecimal(s); }

    static List<CostEstimator.Line> minusca() {
        return List.of(
                CostEstimator.Line.groupI(ExpenditureClass.MILITARY_OBSERVERS, d("169"), d("4350.00"), 12, d("0.05")),
                CostEstimator.Line.groupI(ExpenditureClass.MILITARY_CONTINGENTS, d("14400"), d("2650.00"), 12, d("0.03")),
                CostEstimator.Line.groupI(ExpenditureClass.UN_POLICE, d("600"), d("4480.00"), 12, d("0.10")),
                CostEstimator.Line.groupI(ExpenditureClass.FORMED_POLICE_UNITS, d("2420"), d("2480.00"), 12, d("0.05")),
                CostEstimator.Line.groupII(ExpenditureClass.INTERNATIONAL_STAFF, d("632"), d("251400.00"), 12, d("0.10")),
                CostEstimator.Line.groupII(ExpenditureClass.NATIONAL_STAFF, d("648"), d("41250.00"), 12, d("0.08")),
                CostEstimator.Line.groupII(ExpenditureClass.UN_VOLUNTEERS, d("254"), d("68900.00"), 12, d("0.05")),
                CostEstimator.Line.groupII(ExpenditureClass.GENERAL_TEMPORARY_ASSISTANCE, d("18"), d("205000.00"), 12, d("0.20")),
                CostEstimator.Line.groupII(ExpenditureClass.GOVERNMENT_PROVIDED_PERSONNEL, d("108"), d("61200.00"), 12, d("0.05")),
                CostEstimator.Line.groupIII(ExpenditureClass.CONSULTANTS, d("24"), d("38500.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.OFFICIAL_TRAVEL, d("1450"), d("2100.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.FACILITIES_AND_INFRASTRUCTURE, d("1"), d("98650000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.GROUND_TRANSPORTATION, d("1"), d("21430000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.AIR_OPERATIONS, d("14200"), d("5120.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.COMMUNICATIONS_AND_IT, d("1"), d("27800000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.MEDICAL, d("1"), d("2950000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.OTHER_SUPPLIES_SERVICES_EQUIPMENT, d("1"), d("61200000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.QUICK_IMPACT_PROJECTS, d("60"), d("50000.00")));
    }

    static List<CostEstimator.Line> unmiss() {
        return List.of(
                CostEstimator.Line.groupI(ExpenditureClass.MILITARY_OBSERVERS, d("242"), d("4350.00"), 12, d("0.06")),
                CostEstimator.Line.groupI(ExpenditureClass.MILITARY_CONTINGENTS, d("16510"), d("2650.00"), 12, d("0.04")),
                CostEstimator.Line.groupI(ExpenditureClass.UN_POLICE, d("733"), d("4480.00"), 12, d("0.12")),
                CostEstimator.Line.groupI(ExpenditureClass.FORMED_POLICE_UNITS, d("1280"), d("2480.00"), 12, d("0.05")),
                CostEstimator.Line.groupII(ExpenditureClass.INTERNATIONAL_STAFF, d("852"), d("262800.00"), 12, d("0.09")),
                CostEstimator.Line.groupII(ExpenditureClass.NATIONAL_STAFF, d("1413"), d("38600.00"), 12, d("0.07")),
                CostEstimator.Line.groupII(ExpenditureClass.UN_VOLUNTEERS, d("434"), d("70100.00"), 12, d("0.06")),
                CostEstimator.Line.groupII(ExpenditureClass.GENERAL_TEMPORARY_ASSISTANCE, d("12"), d("210000.00"), 12, d("0.15")),
                CostEstimator.Line.groupII(ExpenditureClass.GOVERNMENT_PROVIDED_PERSONNEL, d("88"), d("61200.00"), 12, d("0.05")),
                CostEstimator.Line.groupIII(ExpenditureClass.CONSULTANTS, d("18"), d("41000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.OFFICIAL_TRAVEL, d("1720"), d("2350.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.FACILITIES_AND_INFRASTRUCTURE, d("1"), d("121300000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.GROUND_TRANSPORTATION, d("1"), d("24960000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.AIR_OPERATIONS, d("19800"), d("5350.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.MARINE_OPERATIONS, d("1"), d("1840000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.COMMUNICATIONS_AND_IT, d("1"), d("31100000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.MEDICAL, d("1"), d("4120000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.OTHER_SUPPLIES_SERVICES_EQUIPMENT, d("1"), d("88400000.00")),
                CostEstimator.Line.groupIII(ExpenditureClass.QUICK_IMPACT_PROJECTS, d("50"), d("50000.00")));
    }

    private void budget(String mission, List<CostEstimator.Line> lines, double pace) {
        Budgets.Budget b = budgets.insert(mission, PERIOD, Budgets.MAINTENANCE, "MSA", "budget." + mission.toLowerCase());
        budgets.insertLines(b.id(), lines);
        budgets.force(b.id(), "submit", "budget." + mission.toLowerCase());
        budgets.force(b.id(), "review", "budget.hq");
        budgets.force(b.id(), "send-to-controller", "budget.hq");
        budgets.amountsByClass(b.id()).forEach((c, a) -> execution.setAllotment(b.id(), c, a));
        // six months of a real-looking ERP extract: one expenditure and one commitment document per class and month
        List<Map<String, String>> rows = new ArrayList<>();
        int doc = 0;
        for (Map.Entry<ExpenditureClass, BigDecimal> e : budgets.amountsByClass(b.id()).entrySet()) {
            BigDecimal monthly = e.getValue().divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_EVEN);
            for (int m = 0; m < 6; m++) {
                // uneven pace by class and month (air operations and facilities above plan, staff below)
                double factor = pace * (0.82 + 0.05 * m + (e.getKey().ordinal() % 5) * 0.06);
                BigDecimal spent = monthly.multiply(BigDecimal.valueOf(factor)).setScale(2, java.math.RoundingMode.HALF_EVEN);
                BigDecimal committed = monthly.multiply(BigDecimal.valueOf(0.08 + (m % 3) * 0.02))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN);
                LocalDate date = PERIOD.plusMonths(m).plusDays(14 + (e.getKey().ordinal() % 10));
                rows.add(row(mission, 4500100000L + (++doc), date, e.getKey(), "EXPENDITURE", spent));
                rows.add(row(mission, 4500100000L + (++doc), date, e.getKey(), "COMMITMENT", committed));
            }
        }
        byte[] csv = TabularFile.csv(Execution.IMPORT_COLUMNS, rows);
        execution.importAs(b, "umoja-fm-extract-" + mission + "-2026H2.csv", csv, "budget." + mission.toLowerCase());
    }

    /**
     * The 2025/26 budget of the mission (the budget document's "previous period"): the same lines with other
     * quantities (fewer contingent personnel and flight hours, more national staff), sent to the Controller.
     */
    private void previousPeriod(String mission, List<CostEstimator.Line> current) {
        Budgets.Budget b = budgets.insert(mission, PERIOD.minusYears(1), Budgets.MAINTENANCE, "MSA", "budget." + mission.toLowerCase());
        List<CostEstimator.Line> lines = new ArrayList<>();
        for (CostEstimator.Line l : current) {
            BigDecimal f = BigDecimal.valueOf(switch (l.cls().ordinal() % 4) {
                case 0 -> 0.90;
                case 1 -> 0.97;
                case 2 -> 1.00;
                default -> 1.06;
            });
            lines.add(switch (l.cls().group()) {
                case I -> CostEstimator.Line.groupI(l.cls(), l.persons().multiply(f).setScale(0, java.math.RoundingMode.HALF_EVEN),
                        l.monthlyRate(), l.months(), l.delayedDeploymentFactor());
                case II -> CostEstimator.Line.groupII(l.cls(), l.posts().multiply(f).setScale(0, java.math.RoundingMode.HALF_EVEN),
                        l.standardAnnualCost(), l.months(), l.vacancyRate());
                case III -> CostEstimator.Line.groupIII(l.cls(), l.quantity().multiply(f).setScale(2, java.math.RoundingMode.HALF_EVEN),
                        l.unitCost());
            });
        }
        budgets.insertLines(b.id(), lines);
        budgets.force(b.id(), "submit", "budget." + mission.toLowerCase());
        budgets.force(b.id(), "review", "budget.hq");
        budgets.force(b.id(), "send-to-controller", "budget.hq");
    }

    private static Map<String, String> row(String mission, long doc, LocalDate date, ExpenditureClass c, String kind,
                                           BigDecimal amount) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("document_number", String.valueOf(doc));
        r.put("posting_date", date.toString());
        r.put("fund", "MSA");
        r.put("funds_center", mission);
        r.put("class", c.name());
        r.put("value_type", kind);
        r.put("amount_usd", amount.toPlainString());
        return r;
    }

    private void frameworks() {
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            Frameworks.Framework previous = frameworks.insert(mission, PERIOD.minusYears(1), null, "budget.hq");
            Frameworks.Item c1 = frameworks.insertItem(previous.id(), null, Frameworks.COMPONENT, 1,
                    "Component 1: protection of civilians", "Composante 1 : protection des civils", null, null, null, null, null);
            Frameworks.Item ea = frameworks.insertItem(previous.id(), c1.id(), Frameworks.ACCOMPLISHMENT, 2,
                    "1.1 Improved security for civilians under threat of physical violence",
                    "1.1 Amélioration de la sécurité des civils menacés de violences physiques", null, null, null, null, null);
            frameworks.insertItem(previous.id(), ea.id(), Frameworks.INDICATOR, 3,
                    "1.1.1 Reported attacks against civilians (number)", "1.1.1 Attaques signalées contre des civils (nombre)",
                    "incidents", d("420"), d("350"), d("388"), null);
            frameworks.insertItem(previous.id(), ea.id(), Frameworks.OUTPUT, 4,
                    "Patrol days (troops per patrol x patrols x days)", "Jours-patrouille (soldats par patrouille x patrouilles x jours)",
                    null, null, null, null, d("98550"));
            Frameworks.Item c2 = frameworks.insertItem(previous.id(), null, Frameworks.COMPONENT, 5,
                    "Component 2: support", "Composante 2 : appui", null, null, null, null, null);
            Frameworks.Item ea2 = frameworks.insertItem(previous.id(), c2.id(), Frameworks.ACCOMPLISHMENT, 6,
                    "2.1 Rapid, effective, efficient and responsible support services for the mission",
                    "2.1 Services d’appui rapides, efficaces, efficients et responsables", null, null, null, null, null);
            frameworks.insertItem(previous.id(), ea2.id(), Frameworks.INDICATOR, 7,
                    "2.1.1 Average annual vacancy rate of international staff (%)",
                    "2.1.1 Taux de vacance annuel moyen du personnel international (%)", "%", d("11"), d("10"), d("9.2"), null);
            frameworks.insertItem(previous.id(), ea2.id(), Frameworks.OUTPUT, 8,
                    "Maintenance of camps and team sites", "Entretien des camps et des bases d’opérations", null, null, null, null,
                    d("46"));
            // the 2026/27 framework: carried over (actuals become baselines)
            Frameworks.Framework current = frameworks.insert(mission, PERIOD, previous.id(), "budget.hq");
            Map<Long, Long> ids = new java.util.HashMap<>();
            for (Frameworks.Item i : frameworks.items(previous.id())) {
                Frameworks.Item copy = frameworks.insertItem(current.id(), i.parentId() == null ? null : ids.get(i.parentId()),
                        i.kind(), i.position(), i.textEn(), i.textFr(), i.unit(), i.actual() != null ? i.actual() : i.baseline(),
                        i.target(), null, i.quantity());
                ids.put(i.id(), copy.id());
            }
        }
    }

    private void followUp() {
        Budgets.Budget minusca = budgets.load(jdbc.sql("SELECT id FROM bud_budget WHERE reference = 'BUD-MINUSCA-2026'")
                .query(Long.class).single());
        execution.create(minusca, ExpenditureClass.GROUND_TRANSPORTATION, ExpenditureClass.AIR_OPERATIONS,
                d("750000.00"), "Additional flight hours for the medical evacuation of casualties in the west.", "budget.minusca");
        execution.create(minusca, ExpenditureClass.MILITARY_CONTINGENTS, ExpenditureClass.FACILITIES_AND_INFRASTRUCTURE,
                d("2400000.00"), "Delayed deployment of one battalion; rehabilitation of the Bria camp after the floods.",
                "budget.minusca");
        legislative.insertVisit("MINUSCA", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16),
                "Support for the 2027/28 budget proposal and the results-based budgeting frameworks",
                "Indicators of the protection of civilians component are not measurable; fuel consumption is estimated "
                        + "without the generator inventory.",
                "Rewrite indicators 1.1.1 to 1.1.3 with baselines; cost fuel from the generator inventory.", "budget.hq");
        legislative.insertQuestion("ACABQ", "MINUSCA",
                "Please provide the reasons for the projected overexpenditure under air operations in 2026/27.",
                LocalDate.now().plusDays(10), "budget.hq");
        var answered = legislative.insertQuestion("FIFTH_COMMITTEE", "UNMISS",
                "What is the vacancy rate of national staff at 31 December 2026, by duty station?",
                LocalDate.now().minusDays(5), "budget.hq");
        jdbc.sql("UPDATE bud_legislative_question SET answer = ?, answered_by = 'budget.hq', answered_on = ? WHERE id = ?")
                .params("7.4 % overall: Juba 5.9 %, Malakal 9.8 %, Bentiu 8.1 %, Wau 7.0 %.", LocalDate.now().minusDays(7),
                        answered.id()).update();
    }

    private void disposals() {
        Long liquidation = jdbc.sql("SELECT id FROM bud_liquidation WHERE mission_code = 'MINUSMA'").query(Long.class)
                .optional().orElse(null);
        if (liquidation == null || !liquidations.disposals(liquidation).isEmpty()) {
            return;
        }
        String[][] items = {
                {"MINUSMA-GEN-0412", "Generator 500 kVA", "182400.00", "I", "MINUSCA"},
                {"MINUSMA-APC-0077", "Armoured personnel carrier", "240000.00", "I", "UNMISS"},
                {"MINUSMA-PRE-1290", "Prefabricated office block (Gao)", "96500.00", "V", "Government of Mali"},
                {"MINUSMA-VEH-3312", "Light passenger vehicle, 4x4", "12300.00", "IV", null},
                {"MINUSMA-ICT-0045", "VSAT terminal", "18900.00", "II", "UNAMA"},
                {"MINUSMA-MED-0008", "Level I hospital kit", "54000.00", "III", "WFP"}};
        for (String[] i : items) {
            jdbc.sql("INSERT INTO bud_disposal_item (liquidation_id, asset_reference, description, book_value, disposal_group, "
                            + "recipient, decision) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(liquidation, i[0], i[1], new BigDecimal(i[2]), i[3], i[4],
                            i[3].equals("I") ? "COMPLETED" : i[3].equals("V") ? "APPROVED" : "PROPOSED").update();
        }
    }
}
