package org.fieldsupport.engineering.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

/** Demo camps, projects and readings for MINUSCA and UNMISS (as logistics.hq). Idempotent by the first demo camp. */
@Component
@DemoData.OnDemoData
@Order(460)
class EngineeringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngineeringDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final Camps camps;

    EngineeringDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, Camps camps) {
        this.users = users;
        this.jdbc = jdbc;
        this.camps = camps;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser("logistics.hq", "Logistics Officer, LSD Headquarters (demo)",
                    "logistics.hq@demo.fieldsupport.org", "en", "logistics.hq");
            directory.ensureRoleAssignment("logistics.hq", "ENGINEER", Scope.department());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM eng_camp WHERE name = 'M''Poko logistics base (demo)'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("logistics.hq", null, List.of()));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (String mission : List.of("MINUSCA", "UNMISS")) {
                boolean car = mission.equals("MINUSCA");
                var main = camps.addCamp(new Camps.NewCamp(mission, car ? "M'Poko logistics base (demo)" : "UN House, Juba (demo)",
                        car ? 1200 : 2600, car ? 1310 : 2150));
                var site = camps.addCamp(new Camps.NewCamp(mission, car ? "Bria team site (demo)" : "Bentiu team site (demo)",
                        car ? 250 : 400, car ? 230 : 380));
                // issue 12.9: their places on the mission's map
                place("eng_camp", main.id(), car ? "4.393" : "4.813", car ? "18.523" : "31.548");
                place("eng_camp", site.id(), car ? "6.537" : "9.260", car ? "21.986" : "29.800");
                camps.addProject(main.id(), new Camps.NewProject(car ? "Accommodation block, 200 beds" : "Wastewater treatment plant",
                        new BigDecimal(car ? "1800000.00" : "950000.00")));
                camps.addProject(site.id(), new Camps.NewProject("Solar-hybrid power plant, 500 kWp", new BigDecimal("1200000.00")));
                long project = camps.camp(site.id()).projects().get(0).id();
                camps.changeProject(project, new Camps.ProjectChange("PROCUREMENT", null));
                camps.changeProject(project, new Camps.ProjectChange("CONSTRUCTION", new BigDecimal("1250000.00")));
                camps.addReading(main.id(), new Camps.NewReading("POWER", today.minusDays(30), new BigDecimal("812000")));
                camps.addReading(main.id(), new Camps.NewReading("POWER", today.minusDays(1), new BigDecimal(car ? "1004000" : "1180000")));
                camps.addReading(main.id(), new Camps.NewReading("WATER", today.minusDays(30), new BigDecimal("42100")));
                camps.addReading(main.id(), new Camps.NewReading("WATER", today.minusDays(1), new BigDecimal(car ? "46900" : "52400")));
            }
            log.info("Engineering demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Engineering demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void place(String table, long id, String latitude, String longitude) {
        jdbc.sql("UPDATE " + table + " SET latitude = ?, longitude = ? WHERE id = ?")
                .params(new BigDecimal(latitude), new BigDecimal(longitude), id).update();
    }
}
