package org.fieldsupport.property.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.fieldsupport.property.count.internal.PhysicalCounts;
import org.fieldsupport.property.register.internal.PropertyRegister;
import org.fieldsupport.property.writeoff.internal.WriteOffCases;
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
 * Demo users and records of the property module for MINUSCA and UNMISS: assets, a count with discrepancies, and
 * write-off cases at each step (the approval by the Director, LSD, who holds the demo delegation for property
 * write-off). Idempotent: recognised by the first demo tag.
 */
@Component
@DemoData.OnDemoData
@Order(420)
class PropertyDemoData implements ApplicationRunner {

    static final String OFFICER = "property.minusca";
    static final String APPROVER = "dir.lsd";
    private static final Logger log = LoggerFactory.getLogger(PropertyDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final PropertyRegister register;
    private final PhysicalCounts counts;
    private final WriteOffCases writeOffs;

    PropertyDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, PropertyRegister register,
                     PhysicalCounts counts, WriteOffCases writeOffs) {
        this.users = users;
        this.jdbc = jdbc;
        this.register = register;
        this.counts = counts;
        this.writeOffs = writeOffs;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser(OFFICER, "Property Management Officer, MINUSCA (demo)", "property.minusca@demo.fieldsupport.org",
                    "fr", OFFICER);
            directory.ensureRoleAssignment(OFFICER, "PROPERTY_OFFICER", Scope.mission("MINUSCA"));
            directory.ensureRoleAssignment(OFFICER, "PROPERTY_SURVEY_BOARD", Scope.mission("MINUSCA"));
            directory.ensureUser(APPROVER, "Director, Logistics Support Division (demo)", "dir.lsd@fieldsupport.example",
                    "en", APPROVER);
            directory.ensureRoleAssignment(APPROVER, "PROPERTY_APPROVER", Scope.department());
            // the Director also sets the division's rule parameters (/logistics/parameters; role of the lsd kit)
            directory.ensureRoleAssignment(APPROVER, "LSD_DIRECTOR", Scope.department());
            directory.ensureUser("logistics.hq", "Logistics Officer, LSD Headquarters (demo)",
                    "logistics.hq@demo.fieldsupport.org", "en", "logistics.hq");
            directory.ensureRoleAssignment("logistics.hq", "PROPERTY_OFFICER", Scope.department());
            directory.ensureRoleAssignment("logistics.hq", "PROPERTY_SURVEY_BOARD", Scope.department());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM prop_asset WHERE tag = 'UN-MINUSCA-000001'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            load();
            log.info("Property demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Property demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String mission : List.of("MINUSCA", "UNMISS")) {
            boolean car = mission.equals("MINUSCA");
            String officer = car ? OFFICER : "logistics.hq";
            String hq = car ? "Bangui — M'Poko logistics base" : "Juba — UN House";
            String field = car ? "Bria — team site" : "Malakal — PoC site";
            Object[][] items = {
                    {"VEHICLE", "Toyota Land Cruiser 4x4", "45000.00", 7, 40, hq},
                    {"VEHICLE", "Toyota Land Cruiser 4x4", "45000.00", 7, 76, field},
                    {"GENERATOR", "Generator 100 kVA", "38000.00", 10, 30, field},
                    {"GENERATOR", "Generator 250 kVA", "82000.00", 10, 12, hq},
                    {"IT_EQUIPMENT", "Laptop computer", "1600.00", 4, 20, hq},
                    {"IT_EQUIPMENT", "Laptop computer", "1600.00", 4, 50, hq},
                    {"COMMUNICATIONS", "VHF repeater", "12500.00", 8, 25, field},
                    {"PREFAB_BUILDING", "Prefabricated office block", "95000.00", 15, 60, field},
                    {"ENGINEERING", "Water purification unit", "64000.00", 10, 90, field},
                    {"MEDICAL", "Field X-ray unit", "120000.00", 10, 100, hq}};
            List<Long> ids = new ArrayList<>();
            List<String> hqTags = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                Object[] it = items[i];
                String tag = "UN-" + mission + "-" + String.format("%06d", i + 1);
                PropertyRegister.Asset a = register.registerAs(officer, mission, new PropertyRegister.NewAsset(mission, tag,
                        "SN-" + mission.charAt(0) + (7301 + i), (String) it[1], (String) it[0], (String) it[5],
                        car ? "Chief, Supply Section (demo)" : "Chief, Transport Section (demo)",
                        today.minusMonths((Integer) it[4]), new BigDecimal((String) it[2]), (Integer) it[3]));
                ids.add(a.id());
                if (it[5].equals(hq)) {
                    hqTags.add(tag);
                }
            }
            // the count at headquarters: one laptop not found, one tag found that belongs to the field site, one unknown
            List<String> scanned = new ArrayList<>(hqTags.subList(0, hqTags.size() - 1));
            scanned.add("UN-" + mission + "-000003");
            scanned.add("UN-" + mission + "-UNTAGGED-1");
            as(officer, () -> counts.recordAs(officer, mission, new PhysicalCounts.NewCount(mission, hq,
                    today.minusDays(3), scanned)));
            // a local case (a laptop lost), recommended; a headquarters case (a generator destroyed by fire, above 50,000 USD) open
            long local = as(officer, () -> writeOffs.openAs(officer, mission, new WriteOffCases.NewCase(mission,
                    "Laptop reported lost during relocation (demo)", List.of(ids.get(5))))).id();
            as(officer, () -> writeOffs.recommend(local, true, "Loss not due to negligence; write off (demo)"));
            as(officer, () -> writeOffs.openAs(officer, mission, new WriteOffCases.NewCase(mission,
                    "Generator destroyed in a fire at the power plant (demo)", List.of(ids.get(3)))));
            // an old vehicle written off and sold
            long vehicle = as(officer, () -> writeOffs.openAs(officer, mission, new WriteOffCases.NewCase(mission,
                    "Vehicle beyond economical repair after accident (demo)", List.of(ids.get(1))))).id();
            as(officer, () -> writeOffs.recommend(vehicle, true, "Write off and sell for scrap (demo)"));
            as(APPROVER, () -> writeOffs.approve(vehicle));
            as(officer, () -> writeOffs.dispose(vehicle, "SALE"));
        }
    }

    private <T> T as(String user, Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        return action.get();
    }
}
