package org.fieldsupport.ict.operations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldsupport.ict.budgetreview.internal.BudgetReview;
import org.fieldsupport.ict.continuity.internal.Continuity;
import org.fieldsupport.ict.infrastructure.internal.Infrastructure;
import org.fieldsupport.ict.projects.internal.Projects;
import org.fieldsupport.ict.security.internal.Security;
import org.fieldsupport.ict.standards.internal.Standards;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo infrastructure (Brindisi, Valencia, MINUSCA and UNMISS data centres, links, outages, equipment, C4 support),
 * two BC/DR plans (UNMISS's overdue), five ICT projects, standards with an exception, two security incidents,
 * vulnerabilities, phishing results and ICT budget lines. Users {@code ciso}, {@code ict.planner},
 * {@code ictchief.minusca}, {@code ictchief.unmiss}. Runs after the catalogue's demo services; idempotent by the
 * Brindisi site.
 */
@Component
@DemoData.OnDemoData
@Order(570)
class IctInfraDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IctInfraDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final Infrastructure infra;
    private final Continuity continuity;
    private final Projects projects;
    private final Standards standards;
    private final Security security;
    private final BudgetReview budget;

    IctInfraDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, Infrastructure infra, Continuity continuity,
                     Projects projects, Standards standards, Security security, BudgetReview budget) {
        this.users = users;
        this.jdbc = jdbc;
        this.infra = infra;
        this.continuity = continuity;
        this.projects = projects;
        this.standards = standards;
        this.security = security;
        this.budget = budget;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory d = users.getIfAvailable();
        if (d != null) {
            user(d, "ciso", "Chief Information Security Officer, ICTD (demo)", "en", IctInfraPermissions.ROLE_CISO, Scope.department());
            user(d, "ict.planner", "ICT Infrastructure Planner, ICTD Headquarters (demo)", "fr", IctInfraPermissions.ROLE_PLANNER,
                    Scope.department());
            user(d, "ictchief.minusca", "Chief of ICT, MINUSCA (demo)", "fr", IctInfraPermissions.ROLE_MISSION, Scope.mission("MINUSCA"));
            user(d, "ictchief.unmiss", "Chief of ICT, UNMISS (demo)", "en", IctInfraPermissions.ROLE_MISSION, Scope.mission("UNMISS"));
        }
        var context = SecurityContextHolder.getContext();
        try {
            if (jdbc.sql("SELECT COUNT(*) FROM ictinf_site WHERE code = 'BRINDISI'").query(Long.class).single() == 0) {
                load();
            }
            budgetReviews();
            log.info("ICT infrastructure, continuity, projects, standards and security demo data loaded");
        } catch (RuntimeException e) {
            log.warn("ICT infrastructure demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static void user(UserDirectory d, String name, String full, String lang, String role, Scope scope) {
        d.ensureUser(name, full, name + "@demo.fieldsupport.org", lang, name);
        d.ensureRoleAssignment(name, role, scope);
    }

    private static void as(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        as("ict.planner");
        // ---- sites, links, outages, equipment
        var bri = infra.addSite(new Infrastructure.NewSite("BRINDISI", "DFS teleport, UNLB Brindisi", "TELEPORT", null, "Brindisi, Italy"));
        var val = infra.addSite(new Infrastructure.NewSite("VALENCIA", "UN ICT Facility, Valencia (secondary active site)", "HUB", null,
                "Quart de Poblet, Spain"));
        var car = infra.addSite(new Infrastructure.NewSite("MINUSCA-DC", "MINUSCA data centre, Bangui", "DATA_CENTRE", "MINUSCA",
                "Bangui, Central African Republic"));
        var ssd = infra.addSite(new Infrastructure.NewSite("UNMISS-DC", "UNMISS data centre, UN House Juba", "DATA_CENTRE", "UNMISS",
                "Juba, South Sudan"));
        infra.direction(bri.id(), new Infrastructure.DirectionChange("propose",
                "Keep Brindisi as primary teleport; move enterprise hosting to active-active with Valencia by 2028."));
        infra.direction(bri.id(), new Infrastructure.DirectionChange("approve", null));
        infra.direction(val.id(), new Infrastructure.DirectionChange("propose",
                "Valencia takes the global service desk tooling and a second satellite gateway by 2027."));
        var core = infra.addLink(new Infrastructure.NewLink("BRI-VAL-01", bri.id(), val.id(), "TERRESTRIAL", 10000, "Telecom Italia / Telefónica",
                "ICTD/2024/017", today.plusYears(2), new BigDecimal("99.95")));
        var carSat = infra.addLink(new Infrastructure.NewLink("BRI-MINUSCA-SAT", bri.id(), car.id(), "SATELLITE", 155, "SES Networks",
                "ICTD/2023/044", today.plusMonths(8), new BigDecimal("99.5")));
        infra.addLink(new Infrastructure.NewLink("VAL-MINUSCA-SAT", val.id(), car.id(), "SATELLITE", 45, "Intelsat",
                "ICTD/2025/003", today.plusYears(1), new BigDecimal("99.0")));
        var ssdSat = infra.addLink(new Infrastructure.NewLink("BRI-UNMISS-SAT", bri.id(), ssd.id(), "SATELLITE", 155, "SES Networks",
                "ICTD/2023/045", today.plusMonths(8), new BigDecimal("99.5")));
        infra.addLink(new Infrastructure.NewLink("VAL-UNMISS-FIB", val.id(), ssd.id(), "TERRESTRIAL", 1000, "Liquid Intelligent Technologies",
                "UNMISS/2025/112", today.plusYears(3), new BigDecimal("99.7")));
        Instant m1 = now.minus(40, ChronoUnit.DAYS);
        infra.addOutage(carSat.id(), new Infrastructure.NewOutage(m1, m1.plus(5, ChronoUnit.HOURS), "Rain fade during storm season"));
        infra.addOutage(carSat.id(), new Infrastructure.NewOutage(now.minus(12, ChronoUnit.DAYS),
                now.minus(12, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES), "Modem firmware upgrade (planned)"));
        infra.addOutage(ssdSat.id(), new Infrastructure.NewOutage(now.minus(70, ChronoUnit.DAYS),
                now.minus(70, ChronoUnit.DAYS).plus(26, ChronoUnit.HOURS), "Lightning strike on the Juba antenna"));
        infra.addOutage(core.id(), new Infrastructure.NewOutage(now.minus(100, ChronoUnit.DAYS),
                now.minus(100, ChronoUnit.DAYS).plus(20, ChronoUnit.MINUTES), "Carrier fibre cut, rerouted"));
        infra.addEquipment(bri.id(), new Infrastructure.NewEquipment("VSAT_HUB", "iDirect Velocity hub", "BRI-HUB-01", LocalDate.of(2019, 5, 2),
                LocalDate.of(2027, 12, 31)));
        infra.addEquipment(bri.id(), new Infrastructure.NewEquipment("ANTENNA", "9.3 m C-band antenna", "BRI-ANT-03", LocalDate.of(2012, 3, 1), null));
        infra.addEquipment(val.id(), new Infrastructure.NewEquipment("STORAGE", "Replicated storage array", "VAL-STO-07", LocalDate.of(2022, 9, 15),
                LocalDate.of(2029, 9, 15)));
        var carRouter = infra.addEquipment(car.id(), new Infrastructure.NewEquipment("ROUTER", "Core router", "MCA-RTR-01", LocalDate.of(2018, 1, 10),
                today.minusMonths(2)));
        var ssdRepeater = infra.addEquipment(ssd.id(), new Infrastructure.NewEquipment("RADIO_REPEATER", "TETRA base station", "SSD-TET-04",
                LocalDate.of(2021, 6, 1), LocalDate.of(2030, 6, 1)));
        infra.addEquipment(ssd.id(), new Infrastructure.NewEquipment("GENERATOR", "500 kVA generator", "SSD-GEN-02", LocalDate.of(2016, 2, 1),
                LocalDate.of(2026, 2, 1)));
        infra.addC4(new Infrastructure.NewC4("MINUSCA", "MILITARY", "Force headquarters, Bangui", "LINK", carSat.id(), null,
                "Dedicated 20 Mbit/s of the satellite link for the force's command-and-control network"));
        infra.addC4(new Infrastructure.NewC4("MINUSCA", "POLICE", "Formed police unit, Bambari", "SERVICE_REQUEST", null, null,
                "40 TETRA handsets and a vehicle repeater for the unit's patrols"));
        infra.addC4(new Infrastructure.NewC4("UNMISS", "MILITARY", "Sector East headquarters, Bor", "EQUIPMENT", null, ssdRepeater.id(),
                "TETRA base station coverage for the sector's convoys"));
        infra.addC4(new Infrastructure.NewC4("MINUSCA", "MILITARY", "Force signals company", "EQUIPMENT", null, carRouter.id(),
                "Core router port and VLAN for the force network"));

        // ---- BC/DR plans: MINUSCA current, UNMISS overdue
        var pCar = continuity.createPlan(new Continuity.NewPlan("MINUSCA", val.id(), "Chief of ICT, MINUSCA",
                List.of("UMOJA", "VSAT", "MISSION-DC", "MINUSCA-FUEL")));
        long carPlan = pCar.summary().id();
        continuity.recordTest(carPlan, new Continuity.NewTest("UMOJA", today.minusMonths(3), 180, 10, "Failover to Valencia"));
        continuity.recordTest(carPlan, new Continuity.NewTest("VSAT", today.minusMonths(3), 45, 0, "Switch to the Valencia gateway"));
        continuity.recordTest(carPlan, new Continuity.NewTest("MISSION-DC", today.minusMonths(5), 300, 45, "Generator and UPS test"));
        continuity.recordTest(carPlan, new Continuity.NewTest("MISSION-DC", today.minusMonths(2), 200, 30, "Second run after UPS repair"));
        continuity.recordTest(carPlan, new Continuity.NewTest("MINUSCA-FUEL", today.minusMonths(6), 600, 120, "Restore from backup"));
        continuity.uploadRunbook(carPlan, "minusca-dr-runbook.txt", "text/plain", ("MINUSCA disaster recovery runbook, version 1\n"
                + "1. Declare the disaster (Chief of ICT).\n2. Switch the satellite traffic to the Valencia gateway.\n"
                + "3. Start the replicated services in Valencia.\n").getBytes(StandardCharsets.UTF_8), "First issue");
        continuity.uploadRunbook(carPlan, "minusca-dr-runbook-v2.txt", "text/plain", ("MINUSCA disaster recovery runbook, version 2\n"
                + "Adds the fuel application's restore from backup.\n").getBytes(StandardCharsets.UTF_8), "Fuel application added");
        var pSsd = continuity.createPlan(new Continuity.NewPlan("UNMISS", bri.id(), "Chief of ICT, UNMISS",
                List.of("UMOJA", "UNMISS-POC", "VSAT")));
        long ssdPlan = pSsd.summary().id();
        continuity.recordTest(ssdPlan, new Continuity.NewTest("UMOJA", today.minusMonths(14), 200, 15, "Failover to Brindisi"));
        continuity.recordTest(ssdPlan, new Continuity.NewTest("UNMISS-POC", today.minusMonths(1), 720, 30, "Restore took longer than the RTO"));
        continuity.recordTest(ssdPlan, new Continuity.NewTest("VSAT", today.minusMonths(4), 50, 0, null));
        continuity.scheduleExercise(carPlan, new Continuity.NewExercise("TABLETOP", today.plusDays(20), "Tabletop: loss of the Bangui data centre"));
        continuity.scheduleExercise(ssdPlan, new Continuity.NewExercise("FAILOVER", today.plusDays(45), "Failover of Umoja and the PoC register"));
        var held = continuity.scheduleExercise(carPlan, new Continuity.NewExercise("FULL", today.minusDays(90), "Full failover to Valencia"));
        continuity.exerciseStatus(held.id(), "HELD");

        // ---- projects
        var rep = projects.create(new Projects.NewProject("ICT-2026-01", "Active-active replication Brindisi–Valencia", null, val.id(),
                new BigDecimal("4200000.00"), today.minusMonths(10), today.plusMonths(14), "ICTD infrastructure section"));
        projects.addBenefit(rep.id(), new Projects.NewBenefit("Enterprise services survive the loss of one site", "RTO of Umoja (minutes)",
                new BigDecimal("60")));
        projects.gate(rep.id(), new Projects.GateDecision("BUSINESS_CASE", "Approved by the ICT steering committee"));
        projects.gate(rep.id(), new Projects.GateDecision("DESIGN", "Business case accepted"));
        projects.report(rep.id(), new Projects.NewReport("AMBER", "Storage delivery slipped six weeks.", new BigDecimal("1350000.00")));
        projects.addRisk(rep.id(), new Projects.NewRisk("Carrier capacity between the sites", 3, 5, "Second carrier contracted"));
        projects.gate(rep.id(), new Projects.GateDecision("BUILD", "Design reviewed; risks mitigated"));
        var ups = projects.create(new Projects.NewProject("ICT-2026-02", "MINUSCA data centre UPS and power upgrade", "MINUSCA", car.id(),
                new BigDecimal("650000.00"), today.minusMonths(2), today.plusMonths(7), "MINUSCA ICT section"));
        projects.addBenefit(ups.id(), new Projects.NewBenefit("Fewer outages of the data centre", "Outage hours per quarter",
                new BigDecimal("2")));
        projects.gate(ups.id(), new Projects.GateDecision("BUSINESS_CASE", "Endorsed by the mission"));
        projects.addRisk(ups.id(), new Projects.NewRisk("Import clearance of batteries", 4, 4, null));
        projects.create(new Projects.NewProject("ICT-2026-03", "Juba fibre link to the regional backbone", "UNMISS", ssd.id(),
                new BigDecimal("900000.00"), today.plusMonths(1), today.plusMonths(18), "UNMISS ICT section"));
        var wifi = projects.create(new Projects.NewProject("ICT-2026-04", "Compound Wi-Fi modernisation", null, null,
                new BigDecimal("1100000.00"), today.plusMonths(3), today.plusMonths(20), "ICTD end-user services"));
        projects.report(wifi.id(), new Projects.NewReport("GREEN", "Survey of six missions completed.", null));
        var o365 = projects.create(new Projects.NewProject("ICT-2025-07", "E-mail migration to Microsoft 365 (field)", null, null,
                new BigDecimal("2300000.00"), today.minusMonths(26), today.minusMonths(3), "ICTD enterprise applications"));
        projects.addBenefit(o365.id(), new Projects.NewBenefit("On-premises mail servers retired", "Servers", new BigDecimal("38")));
        long benefit = projects.detail(o365.id()).benefits().get(0).id();
        projects.gate(o365.id(), new Projects.GateDecision("BUSINESS_CASE", "Approved"));
        projects.gate(o365.id(), new Projects.GateDecision("DESIGN", "Approved"));
        projects.report(o365.id(), new Projects.NewReport("GREEN", "Pilot in two missions done.", new BigDecimal("800000.00")));
        projects.gate(o365.id(), new Projects.GateDecision("BUILD", "Approved"));
        projects.gate(o365.id(), new Projects.GateDecision("DEPLOY", "Migration waves planned"));
        projects.realise(o365.id(), benefit, new BigDecimal("36"));
        projects.report(o365.id(), new Projects.NewReport("GREEN", "All missions migrated; two servers kept for archives.",
                new BigDecimal("2210000.00")));
        projects.gate(o365.id(), new Projects.GateDecision("CLOSED", "Closed; lessons learned recorded"));

        // ---- standards
        standards.addStandard(new Standards.NewStandard("DB-POSTGRESQL", "PostgreSQL", "DATABASE", "16", LocalDate.of(2024, 3, 1), null));
        standards.addStandard(new Standards.NewStandard("DB-POSTGRESQL", "PostgreSQL", "DATABASE", "13", LocalDate.of(2021, 2, 1),
                LocalDate.of(2025, 11, 13)));
        standards.addStandard(new Standards.NewStandard("DB-ORACLE", "Oracle Database", "DATABASE", "19c", LocalDate.of(2020, 1, 15),
                LocalDate.of(2029, 4, 30)));
        standards.addStandard(new Standards.NewStandard("OS-WINDOWS-SERVER", "Windows Server", "PLATFORM", "2022", LocalDate.of(2022, 10, 1), null));
        standards.addStandard(new Standards.NewStandard("OS-WINDOWS-SERVER", "Windows Server", "PLATFORM", "2016", LocalDate.of(2017, 1, 1),
                LocalDate.of(2025, 1, 12)));
        standards.addStandard(new Standards.NewStandard("SEC-TLS", "Transport Layer Security", "SECURITY", "1.3", LocalDate.of(2021, 6, 1), null));
        standards.recordUse(new Standards.NewUse("UMOJA", "DB-ORACLE", "19c"));
        standards.recordUse(new Standards.NewUse("UMOJA", "SEC-TLS", "1.3"));
        standards.recordUse(new Standards.NewUse("FSS", "DB-POSTGRESQL", "16"));
        standards.recordUse(new Standards.NewUse("MINUSCA-FUEL", "OS-WINDOWS-SERVER", "2016"));
        standards.recordUse(new Standards.NewUse("UNMISS-RATIONS", "DB-POSTGRESQL", "13"));
        standards.recordUse(new Standards.NewUse("UNMISS-POC", "DB-ORACLE", "11g"));
        as("ictchief.unmiss");
        var ex = standards.request(new Standards.NewException("UNMISS", "DB-POSTGRESQL", "UNMISS-RATIONS",
                "The rations application moves to Umoja in January; upgrading PostgreSQL before then is wasted effort.",
                today.plusMonths(4)));
        as("ictchief.minusca");
        standards.request(new Standards.NewException("MINUSCA", "OS-WINDOWS-SERVER", "MINUSCA-FUEL",
                "Fuel tracking is being retired; the vendor supports only Windows Server 2016.", today.plusMonths(5)));
        as("ict.planner");
        standards.decide(ex.id(), new Standards.Decision("approve", "Approved until the move to Umoja.", null));

        // ---- security
        as("ciso");
        var phish = security.report(new Security.NewIncident("Staff credentials taken by a phishing site", "MINUSCA", "HIGH", "CONFIDENTIAL",
                now.minus(2, ChronoUnit.DAYS), List.of("EMAIL", "ACCOUNTS"), "Twelve staff entered their password on a fake sign-in page."));
        var steps = security.incident(phish.id()).steps();
        security.stepDone(phish.id(), steps.get(0).id(), new Security.StepDone(null, now.minus(2, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS)));
        security.stepDone(phish.id(), steps.get(1).id(), new Security.StepDone("OICT security operations centre (duty officer)",
                now.minus(2, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS)));
        security.move(phish.id(), "CONTAINED");
        security.report(new Security.NewIncident("Ransomware on the UNMISS file server", "UNMISS", "CRITICAL", "STRICTLY_CONFIDENTIAL",
                now.minus(6, ChronoUnit.HOURS), List.of("MISSION-DC", "BACKUP"), "Encrypted shares found on the Juba file server."));
        security.addVulnerability(new Security.NewVulnerability("CVE-2024-3400", "Firewall remote code execution", "MINUSCA", "VSAT",
                "CRITICAL", today.minusDays(20), null));
        security.addVulnerability(new Security.NewVulnerability("PEN-2026-014", "Weak TLS on the fuel application", "MINUSCA", "MINUSCA-FUEL",
                "MEDIUM", today.minusDays(100), today.minusDays(30)));
        var fixed = security.addVulnerability(new Security.NewVulnerability("CVE-2025-0282", "VPN gateway buffer overflow", null, "ACCOUNTS",
                "HIGH", today.minusDays(40), null));
        security.remediated(fixed.id(), today.minusDays(25));
        security.addPhishing(new Security.NewPhishing("MINUSCA", today.minusMonths(4), 850, 119, 31, 140));
        security.addPhishing(new Security.NewPhishing("MINUSCA", today.minusDays(10), 870, 61, 9, 310));
        security.addPhishing(new Security.NewPhishing("UNMISS", today.minusMonths(2), 1200, 150, 44, 96));
        security.addPhishing(new Security.NewPhishing("UNMISS", today.minusDays(15), 1180, 102, 20, 205));
    }

    /**
     * ICT budget lines are the budget module's (its demo loads MINUSCA and UNMISS 2026/27 and MINUSCA 2025/26 first):
     * ICTD approved MINUSCA 2025/26 and returned UNMISS 2026/27; MINUSCA 2026/27 waits. Once, also on older demo
     * databases.
     */
    private void budgetReviews() {
        if (jdbc.sql("SELECT COUNT(*) FROM ictbr_review").query(Long.class).single() > 0) {
            return;
        }
        as("ict.planner");
        for (BudgetReview.Line l : budget.lines(null, 2025, "PENDING")) {
            if ("MINUSCA".equals(l.missionCode())) budget.review(l.key(), new BudgetReview.Review("APPROVE", null));
        }
        for (BudgetReview.Line l : budget.lines(null, 2026, "PENDING")) {
            if ("UNMISS".equals(l.missionCode())) {
                budget.review(l.key(), new BudgetReview.Review("RETURN", "Replacement cycle is five years; 40% of the"
                        + " laptops in this estimate are under four years old. Please resubmit."));
            }
        }
    }
}
