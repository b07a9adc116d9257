package org.fieldsupport.supply.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.supply.fuel.internal.Fuel;
import org.fieldsupport.supply.rations.internal.Rations;
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

/** Demo rations and fuel records for MINUSCA and UNMISS (as logistics.hq). Idempotent: by the first demo equipment. */
@Component
@DemoData.OnDemoData
@Order(430)
class SupplyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupplyDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final Rations rations;
    private final Fuel fuel;

    SupplyDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, Rations rations, Fuel fuel) {
        this.users = users;
        this.jdbc = jdbc;
        this.rations = rations;
        this.fuel = fuel;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser("logistics.hq", "Logistics Officer, LSD Headquarters (demo)",
                    "logistics.hq@demo.fieldsupport.org", "en", "logistics.hq");
            directory.ensureRoleAssignment("logistics.hq", "SUPPLY_OFFICER", Scope.department());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM sup_fuel_equipment WHERE code = 'MINUSCA-V-0001'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("logistics.hq", null, List.of()));
            load();
            log.info("Supply demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Supply demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            boolean car = mission.equals("MINUSCA");
            String location = car ? "Bangui" : "Juba";
            rations.recordHeadcount(new Rations.NewHeadcount(mission, location, today.minusDays(1), car ? 1850 : 2400));
            rations.recordHeadcount(new Rations.NewHeadcount(mission, car ? "Bria" : "Malakal", today.minusDays(1),
                    car ? 640 : 910));
            var matched = rations.order(new Rations.NewOrder(mission, location, today.minusDays(14).plusDays(14), 7,
                    new BigDecimal("2.0"), new BigDecimal("9.80")));
            rations.receive(matched.id(), new Rations.Receipt(matched.personDays(), 0, null));
            rations.invoice(matched.id(), new Rations.Invoice(matched.personDays(),
                    new BigDecimal("9.80").multiply(BigDecimal.valueOf(matched.personDays()))));
            var short_ = rations.order(new Rations.NewOrder(mission, car ? "Bria" : "Malakal", today, 7,
                    new BigDecimal("2.0"), new BigDecimal("11.20")));
            rations.receive(short_.id(), new Rations.Receipt(short_.personDays(), 120,
                    "Fresh produce above 8 °C on arrival (demo)"));
            rations.invoice(short_.id(), new Rations.Invoice(short_.personDays(),
                    new BigDecimal("11.20").multiply(BigDecimal.valueOf(short_.personDays()))));
            rations.order(new Rations.NewOrder(mission, location, today.plusDays(7), 7, new BigDecimal("2.0"),
                    new BigDecimal("9.80")));
            // a contingent fed at the strength the claims module keeps (when the claims demo contingents are there)
            String contingent = car ? "DEMO-MINUSCA-RWA" : "DEMO-UNMISS-IND";
            if (rations.strengths(mission, java.time.YearMonth.from(today)).stream()
                    .anyMatch(s -> s.contingentReference().equals(contingent))) {
                rations.order(new Rations.NewOrder(mission, car ? "Bangui M'Poko camp" : "Juba Tomping camp",
                        today.plusDays(1), 7, new BigDecimal("2.0"), new BigDecimal("9.80"), contingent));
            }

            String prefix = mission + "-";
            fuel.addEquipment(new Fuel.NewEquipment(prefix + "V-0001", mission, "VEHICLE", "Land Cruiser 4x4",
                    new BigDecimal("14.00")));
            fuel.addEquipment(new Fuel.NewEquipment(prefix + "G-0001", mission, "GENERATOR", "Generator 250 kVA",
                    new BigDecimal("40.00")));
            fuel.issue(new Fuel.NewIssue(prefix + "V-0001", today.minusDays(10), new BigDecimal("80"), new BigDecimal("41200")));
            fuel.issue(new Fuel.NewIssue(prefix + "V-0001", today.minusDays(5), new BigDecimal("70"), new BigDecimal("41700")));
            // 95 litres for 400 km: 23.75 l/100 km against a norm of 14 (more than 25% over)
            fuel.issue(new Fuel.NewIssue(prefix + "V-0001", today.minusDays(1), new BigDecimal("95"), new BigDecimal("42100")));
            fuel.issue(new Fuel.NewIssue(prefix + "G-0001", today.minusDays(7), new BigDecimal("900"), new BigDecimal("10500")));
            fuel.issue(new Fuel.NewIssue(prefix + "G-0001", today.minusDays(1), new BigDecimal("950"), new BigDecimal("10524")));
        }
    }
}
