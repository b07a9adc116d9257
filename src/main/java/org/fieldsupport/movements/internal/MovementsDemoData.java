package org.fieldsupport.movements.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fieldsupport.movements.request.internal.MovementRequests;
import org.fieldsupport.movements.shipment.internal.Shipments;
import org.fieldsupport.movements.transport.internal.Transport;
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
 * Demo users and records of the movements module for MINUSCA and UNMISS (fleet, flights and a convoy, requests
 * including a late urgent one, letters of assist, rotation plans, requirements). Idempotent: recognised by the demo
 * aircraft registration.
 */
@Component
@DemoData.OnDemoData
@Order(410)
class MovementsDemoData implements ApplicationRunner {

    static final String MOVCON = "movcon.minusca";
    private static final Logger log = LoggerFactory.getLogger(MovementsDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final MovementRequests requests;
    private final Transport transport;
    private final Shipments shipments;

    MovementsDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, MovementRequests requests, Transport transport,
                      Shipments shipments) {
        this.users = users;
        this.jdbc = jdbc;
        this.requests = requests;
        this.transport = transport;
        this.shipments = shipments;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser(MOVCON, "Movement Control Officer, MINUSCA (demo)", "movcon.minusca@demo.fieldsupport.org",
                    "fr", MOVCON);
            directory.ensureRoleAssignment(MOVCON, MovementsPermissions.ROLE_MOVCON, Scope.mission("MINUSCA"));
            directory.ensureUser("logistics.hq", "Logistics Officer, LSD Headquarters (demo)",
                    "logistics.hq@demo.fieldsupport.org", "en", "logistics.hq");
            directory.ensureRoleAssignment("logistics.hq", MovementsPermissions.ROLE_MOVCON, Scope.department());
        }
        boolean core = jdbc.sql("SELECT COUNT(*) FROM mov_asset WHERE registration = 'UN-DEMO-101'").query(Long.class)
                .single() > 0;
        boolean shipped = jdbc.sql("SELECT COUNT(*) FROM mov_shipment WHERE document_number = '176-12345675'")
                .query(Long.class).single() > 0;
        if (core && shipped) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("logistics.hq", null, List.of()));
            if (!core) {
                load();
            }
            if (!shipped) {
                loadShipments();
            }
            log.info("Movements demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Movements demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    /** A sealift and an air shipment per mission, in transit, awaiting their customs documents. */
    private void loadShipments() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        shipments.recordAs(MOVCON, "MINUSCA", new Shipments.NewShipment("MINUSCA", "SEA", "MAEU5801234567",
                "Maersk Line", "Douala", "Bangui", today.minusDays(18), 12, new BigDecimal("84000"),
                "Prefabricated accommodation units, 12 x 20-ft containers (demo)"));
        shipments.recordAs(MOVCON, "MINUSCA", new Shipments.NewShipment("MINUSCA", "AIR", "176-12345675",
                "Emirates SkyCargo", "Dubai", "Bangui", today.minusDays(2), 6, new BigDecimal("420"),
                "Medical supplies for the level II hospital, cold chain (demo)"));
        shipments.recordAs(MOVCON, "UNMISS", new Shipments.NewShipment("UNMISS", "SEA", "MSCU7712345678",
                "MSC", "Mombasa", "Juba", today.minusDays(30), 8, new BigDecimal("61000"),
                "Generators and fuel bladders (demo)"));
        shipments.recordAs(MOVCON, "UNMISS", new Shipments.NewShipment("UNMISS", "AIR", "071-76543213",
                "Ethiopian Cargo", "Addis Ababa", "Juba", today.minusDays(1), 3, new BigDecimal("150"),
                "Communications spare parts (demo)"));
    }

    private void load() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant d3 = today.plusDays(3).atTime(8, 0).toInstant(ZoneOffset.UTC);
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            boolean car = mission.equals("MINUSCA");
            Transport.Asset plane = transport.addAssetAs(MOVCON, mission, new Transport.NewAsset(mission,
                    car ? "UN-DEMO-101" : "UN-DEMO-201", "AIRCRAFT", "Dash 8-300", 50, 4000, new BigDecimal("60")));
            Transport.Asset heli = transport.addAssetAs(MOVCON, mission, new Transport.NewAsset(mission,
                    car ? "UN-DEMO-102" : "UN-DEMO-202", "HELICOPTER", "Mi-8MTV", 20, 3000, new BigDecimal("45")));
            Transport.Asset truck = transport.addAssetAs(MOVCON, mission, new Transport.NewAsset(mission,
                    car ? "UN-DEMO-103" : "UN-DEMO-203", "VEHICLE", "Heavy cargo truck", 2, 12000, null));
            String from = car ? "Bangui" : "Juba";
            String to = car ? "Bria" : "Malakal";
            Transport.Trip past = transport.scheduleAs(MOVCON, mission, new Transport.NewTrip(mission, "FLIGHT",
                    plane.id(), from, to, now.minus(Duration.ofDays(2))));
            transport.complete(past.id(), new BigDecimal("2.5"));
            Transport.Trip flight = transport.scheduleAs(MOVCON, mission, new Transport.NewTrip(mission, "FLIGHT",
                    plane.id(), from, to, d3));
            transport.scheduleAs(MOVCON, mission, new Transport.NewTrip(mission, "FLIGHT", heli.id(), to, from,
                    d3.plus(Duration.ofHours(4))));
            Transport.Trip convoy = transport.scheduleAs(MOVCON, mission, new Transport.NewTrip(mission, "CONVOY",
                    truck.id(), from, to, d3.plus(Duration.ofDays(1))));
            var pax = requests.submitAs(MOVCON, mission, new MovementRequests.NewRequest(mission, "PASSENGER", from, to,
                    d3, 3, null, false, null), now.minus(Duration.ofDays(1)));
            transport.assign(flight.id(), pax.id());
            var cargo = requests.submitAs(MOVCON, mission, new MovementRequests.NewRequest(mission, "CARGO", from, to,
                    d3.plus(Duration.ofDays(1)), null, new BigDecimal("2500"), false, null), now.minus(Duration.ofDays(1)));
            transport.assign(convoy.id(), cargo.id());
            requests.submitAs(MOVCON, mission, new MovementRequests.NewRequest(mission, "PASSENGER", from, to,
                    today.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC), 1, null, true,
                    "Medical escort for a CASEVAC patient's return (demo)"), now);
            Transport.Letter loa = transport.issueLetterAs(MOVCON, mission, new Transport.NewLetter(mission,
                    car ? "RWA" : "IND", car ? "Rotation of an infantry battalion by national aircraft"
                            : "Sealift of contingent-owned equipment", new BigDecimal(car ? "1850000.00" : "2400000.00"),
                    today.plusMonths(10)));
            transport.recordUse(loa.id(), new Transport.NewUse(today.minusDays(20), new BigDecimal(car ? "640000.00" : "2250000.00"),
                    car ? "Outbound rotation flights (demo)" : "Sealift Mombasa–Juba, first lot (demo)"));
            transport.planRotationAs(MOVCON, mission, new Transport.NewRotation(mission, car ? "RWA" : "IND",
                    car ? "Rwanda infantry battalion" : "India infantry battalion", 850, 12,
                    today.minusMonths(11), "LOA", loa.id()));
            transport.planRotationAs(MOVCON, mission, new Transport.NewRotation(mission, car ? "BGD" : "NPL",
                    car ? "Bangladesh engineering company" : "Nepal level II hospital", car ? 200 : 70, 6,
                    today.minusMonths(2), "CHARTER", null));
            transport.addRequirementAs(MOVCON, mission, new Transport.NewRequirement(mission, "AIR",
                    "Additional medium utility helicopter for the rainy season", 1, new BigDecimal("3200000.00"),
                    today.plusDays(100), "LOA"));
            transport.addRequirementAs(MOVCON, mission, new Transport.NewRequirement(mission, "ROAD",
                    "Fuel bowsers, 20,000 l", 4, new BigDecimal("185000.00"), today.plusDays(200), "SYSTEMS_CONTRACT"));
        }
    }
}
