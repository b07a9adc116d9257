package org.fieldsupport.medical.internal;

import java.time.Duration;
import java.time.Instant;
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

/** Demo medical facilities and evacuations for MINUSCA and UNMISS; user medical.hq. Idempotent by facility name. */
@Component
@DemoData.OnDemoData
@Order(440)
class MedicalDemoData implements ApplicationRunner {

    static final String USER = "medical.hq";
    private static final Logger log = LoggerFactory.getLogger(MedicalDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final JdbcClient jdbc;
    private final MedicalSupport medical;

    MedicalDemoData(ObjectProvider<UserDirectory> users, JdbcClient jdbc, MedicalSupport medical) {
        this.users = users;
        this.jdbc = jdbc;
        this.medical = medical;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory != null) {
            directory.ensureUser(USER, "Medical Officer, Medical Support Section (demo)", "medical.hq@demo.fieldsupport.org",
                    "fr", USER);
            directory.ensureRoleAssignment(USER, "MEDICAL_OFFICER", Scope.department());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM med_facility WHERE name = 'Level II hospital, Bangui (demo)'").query(Long.class)
                .single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of()));
            for (String mission : List.of("MINUSCA", "UNMISS")) {
                boolean car = mission.equals("MINUSCA");
                var l2 = medical.addFacility(new MedicalSupport.NewFacility(mission,
                        car ? "Level II hospital, Bangui (demo)" : "Level II hospital, Malakal (demo)", 2,
                        car ? "Bangui" : "Malakal", car ? "Serbia (COE)" : "Nepal (COE)", 20,
                        "Damage-control surgery, intensive care 2 beds, X-ray, laboratory, blood bank"));
                var l1 = medical.addFacility(new MedicalSupport.NewFacility(mission,
                        car ? "UN Level I clinic, Bria (demo)" : "UN Level I clinic, Bentiu (demo)", 1,
                        car ? "Bria" : "Bentiu", "United Nations", 4, "Primary care, resuscitation and stabilisation"));
                // issue 12.9: their places on the mission's map (the contracted level III hospital abroad is not drawn)
                place(l2.id(), car ? "4.370" : "9.533", car ? "18.530" : "31.660");
                place(l1.id(), car ? "6.542" : "9.265", car ? "21.990" : "29.795");
                medical.addFacility(new MedicalSupport.NewFacility(mission, car ? "Level III hospital, Nairobi (contract, demo)"
                        : "Level III hospital, Kampala (contract, demo)", 3, car ? "Nairobi" : "Kampala",
                        "Commercial (systems contract)", 120, "Multi-disciplinary surgery, specialists, CT"));
                Instant requested = Instant.now().minus(Duration.ofDays(car ? 3 : 8));
                var urgent = medical.request(new MedicalSupport.NewEvacuation(mission, "CASEVAC", "URGENT",
                        car ? "Ndélé road, km 42" : "Bentiu PoC gate", l2.id(), 2, requested));
                medical.close(urgent.id(), new MedicalSupport.Outcome(requested.plus(Duration.ofMinutes(car ? 55 : 95)),
                        "TREATED"));
                medical.request(new MedicalSupport.NewEvacuation(mission, "MEDEVAC", "ROUTINE",
                        car ? "Bria team site" : "Bentiu team site", l1.id(), 1, Instant.now().minus(Duration.ofHours(2))));
            }
            log.info("Medical demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Medical demo data not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void place(long id, String latitude, String longitude) {
        jdbc.sql("UPDATE med_facility SET latitude = ?, longitude = ? WHERE id = ?")
                .params(new java.math.BigDecimal(latitude), new java.math.BigDecimal(longitude), id).update();
    }
}
