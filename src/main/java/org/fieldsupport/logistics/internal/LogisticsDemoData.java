package org.fieldsupport.logistics.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.fieldsupport.logistics.aviation.internal.AviationSafety;
import org.fieldsupport.logistics.governance.internal.Governance;
import org.fieldsupport.logistics.planning.internal.SupportPlans;
import org.fieldsupport.logistics.stocks.internal.DeploymentStocks;
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
 * Demo users and records of the logistics module (MINUSCA and UNMISS): deployment stock kits at Brindisi and
 * Valencia with allocations, support plan lines, aviation safety reports, innovations, policies and liquidation
 * lines. Idempotent: recognised by the first demo kit.
 */
@Component
@DemoData.OnDemoData
@Order(400)
class LogisticsDemoData implements ApplicationRunner {

    static final String HQ = "logistics.hq";
    static final String SAFETY = "aviation.safety";
    private static final Logger log = LoggerFactory.getLogger(LogisticsDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final DeploymentStocks stocks;
    private final SupportPlans plans;
    private final AviationSafety safety;
    private final Governance governance;

    LogisticsDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, DeploymentStocks stocks, SupportPlans plans,
                      AviationSafety safety, Governance governance) {
        this.users = users;
        this.jdbc = jdbc;
        this.stocks = stocks;
        this.plans = plans;
        this.safety = safety;
        this.governance = governance;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser(HQ, "Logistics Officer, LSD Headquarters (demo)", "logistics.hq@demo.fieldsupport.org",
                    "en", HQ);
            directory.ensureRoleAssignment(HQ, "LOGISTICS_OFFICER", Scope.department());
            directory.ensureUser(SAFETY, "Aviation Safety Officer, LSD (demo)", "aviation.safety@demo.fieldsupport.org",
                    "en", SAFETY);
            directory.ensureRoleAssignment(SAFETY, "AVIATION_SAFETY_OFFICER", Scope.department());
            directory.ensureUser("movcon.minusca", "Movement Control Officer, MINUSCA (demo)",
                    "movcon.minusca@demo.fieldsupport.org", "fr", "movcon.minusca");
            directory.ensureRoleAssignment("movcon.minusca", "AVIATION_REPORTER", Scope.mission("MINUSCA"));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM log_sds_kit WHERE code = 'SDS-CAMP-200'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            as(HQ, () -> {
                load();
                return null;
            });
            log.info("Logistics demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Logistics demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        stocks.addKit(new DeploymentStocks.NewKit("SDS-CAMP-200", "Camp module, 200 persons", 6, 120));
        stocks.addKit(new DeploymentStocks.NewKit("SDS-STARTUP", "Mission start-up kit (HQ 100)", 4, 60));
        stocks.addKit(new DeploymentStocks.NewKit("SDS-GEN-500", "Generator set 500 kVA", 20, 96));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-CAMP-200", "UNLB Brindisi", "SERVICEABLE", 3, today.minusYears(11)));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-CAMP-200", "UNLB Valencia", "SERVICEABLE", 4, today.minusYears(2)));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-CAMP-200", "UNLB Brindisi", "REFURBISHMENT", 1, today.minusYears(6)));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-STARTUP", "UNLB Brindisi", "SERVICEABLE", 2, today.minusYears(1)));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-STARTUP", "UNLB Brindisi", "RESERVED", 1, today.minusYears(1)));
        stocks.addLot(new DeploymentStocks.NewLot("SDS-GEN-500", "UNLB Valencia", "SERVICEABLE", 18, today.minusYears(3)));
        var minusca = stocks.allocateAs(HQ, "MINUSCA", new DeploymentStocks.NewAllocation("SDS-CAMP-200", "MINUSCA", 2));
        stocks.ship(minusca.id(), "AWB-176-DEMO-0042");
        stocks.receive(minusca.id(), 2, "Both modules complete (demo)");
        var unmiss = stocks.allocateAs(HQ, "UNMISS", new DeploymentStocks.NewAllocation("SDS-GEN-500", "UNMISS", 4));
        stocks.ship(unmiss.id(), "BL-MSC-DEMO-7781");

        for (String mission : List.of("MINUSCA", "UNMISS")) {
            boolean car = mission.equals("MINUSCA");
            plans.addAs(HQ, mission, new SupportPlans.NewLine(mission, 2027, "ENGINEERING",
                    car ? "Camp for 200 at Bria (new team site)" : "Flood protection berms, Bentiu", 1,
                    new BigDecimal(car ? "2400000.00" : "850000.00"), today.plusMonths(5), car ? "SDS" : "PROCUREMENT"));
            plans.addAs(HQ, mission, new SupportPlans.NewLine(mission, 2027, "FUEL", "Diesel for generators (litres)",
                    car ? 4200000 : 6100000, new BigDecimal("1.15"), today.plusMonths(2), "SYSTEMS_CONTRACT"));
            plans.addAs(HQ, mission, new SupportPlans.NewLine(mission, 2027, "AVIATION",
                    "Medium utility helicopter, 12 months", 1, new BigDecimal("5600000.00"), today.plusMonths(4), "LOA"));
            plans.addAs(HQ, mission, new SupportPlans.NewLine(mission, 2027, "TRANSPORT",
                    "Troop rotation movements", 2, new BigDecimal("900000.00"), today.plusMonths(6), "MOVEMENT"));

            Instant occurred = Instant.now().minus(Duration.ofDays(car ? 6 : 12));
            var late = safety.submitAs("movcon.minusca", mission, new AviationSafety.NewReport(mission, "OCCURRENCE",
                    occurred, car ? "Bria airstrip" : "Malakal airport", car ? "UN-DEMO-101" : "UN-DEMO-201",
                    "Bird strike on approach; windshield cracked, landed safely (demo)", false),
                    occurred.plus(Duration.ofHours(30)));
            as(SAFETY, () -> safety.classify(late.id(), new AviationSafety.Classification("INCIDENT", 3, "C",
                    "Thank you: bird-control measures requested from the airport operator (demo)")));
            as(SAFETY, () -> safety.addAction(late.id(), new AviationSafety.NewAction(
                    "Bird hazard survey of the airstrip", car ? "Chief Aviation Officer, MINUSCA" : "Chief Aviation Officer, UNMISS",
                    today.plusDays(20))));
            safety.submitAs(HQ, mission, new AviationSafety.NewReport(mission, "HAZARD",
                    Instant.now().minus(Duration.ofHours(5)), car ? "Bangui M'Poko apron" : "Juba apron", null,
                    "Fuel bowser parked inside the helicopter rotor clearance zone (demo)", true), Instant.now());
        }

        governance.propose(new Governance.NewInnovation("Solar-hybrid power for team sites",
                "Photovoltaic arrays with battery storage", "Engineering Section, MINUSCA",
                "Battery fire risk; spare inverter stock"));
        var drones = governance.propose(new Governance.NewInnovation("Unmanned aerial vehicles for convoy route survey",
                "Small UAS (under 25 kg)", "Movement Control, UNMISS", "Host-country airspace clearance; data protection"));
        governance.decide(drones.id(), new Governance.Decision("PILOTING", "UNMISS", null));

        governance.issuePolicy(new Governance.NewPolicy("DOS-2023.04", "Supply chain management operational guidance",
                "SUPPLY", "2.0", today.minusYears(3), 24, false));
        governance.issuePolicy(new Governance.NewPolicy("DOS-2021.11", "Mission liquidation manual",
                "LIQUIDATION", "1.3", today.minusYears(5), 36, true));
        governance.issuePolicy(new Governance.NewPolicy("DOS-2025.02", "Aviation manual (field missions)",
                "AVIATION", "4.1", today.minusMonths(10), 24, false));

        governance.planDisposalAs(HQ, "MINUSCA", new Governance.NewDisposal("MINUSCA",
                "Prefabricated accommodation, closed team site Obo", 24, new BigDecimal("310000.00"), "TRANSFER_MISSION",
                null, today.plusMonths(2)));
        governance.planDisposalAs(HQ, "MINUSCA", new Governance.NewDisposal("MINUSCA",
                "Unserviceable light vehicles, team site Obo", 7, new BigDecimal("8400.00"), "SALE",
                "Beyond economical repair; no mission or UNLB requirement (demo)", today.minusDays(10)));
        governance.planDisposalAs(HQ, "UNMISS", new Governance.NewDisposal("UNMISS",
                "Generators 100 kVA, closed PoC site", 5, new BigDecimal("95000.00"), "RETURN_UNLB", null,
                today.plusMonths(3)));
    }

    private <T> T as(String user, Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(HQ, null, List.of()));
        }
    }
}
