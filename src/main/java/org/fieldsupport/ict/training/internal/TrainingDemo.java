package org.fieldsupport.ict.training.internal;

import java.time.LocalDate;
import org.fieldsupport.ict.shared.internal.IctDemoData;
import org.fieldsupport.platform.security.DemoData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo ICT courses (Signals Academy style) and this year's plans of MINUSCA, UNMISS and MONUSCO, partly completed. */
@Component
@DemoData.OnDemoData
@Order(3)
class TrainingDemo implements IctDemoData.IctDemoParts {

    private final JdbcClient jdbc;
    private final TrainingPlans plans;

    TrainingDemo(JdbcClient jdbc, TrainingPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public String name() { return "ICT training plans"; }

    @Override
    public boolean loaded() {
        return jdbc.sql("SELECT COUNT(*) FROM ict_training_course WHERE code = 'SAT-EARTH-STATION'").query(Long.class).single() > 0;
    }

    @Override
    public void load() {
        String[][] courses = {
                {"SAT-EARTH-STATION", "Satellite earth station operations", "Exploitation des stations terriennes", "Communications technicians", "40"},
                {"TETRA-ADMIN", "TETRA network administration", "Administration du réseau TETRA", "Radio technicians", "32"},
                {"INFOSEC-ICT", "Information security for ICT staff", "Sécurité de l'information pour le personnel TIC", "All ICT staff", "16"},
                {"ITIL-DESK", "Service desk practice (ITIL foundation)", "Pratique du centre de services (ITIL fondamentaux)", "Service desk agents", "24"},
                {"DC-OPS", "Mission data centre operations", "Exploitation du centre de données de mission", "Systems administrators", "32"},
                {"UMOJA-FOCAL", "Umoja for ICT focal points", "Umoja pour les points focaux TIC", "ICT focal points", "12"}};
        for (String[] c : courses) {
            plans.createCourse(new TrainingPlans.NewCourse(c[0], c[1], c[2], c[3], Integer.valueOf(c[4])));
        }
        int year = LocalDate.now().getYear();
        int quarterNow = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        String[] missions = {"MINUSCA", "UNMISS", "MONUSCO"};
        int i = 0;
        for (String m : missions) {
            for (String[] c : courses) {
                int q = 1 + (i++ % 4);
                var line = plans.addLine(new TrainingPlans.NewLine(m, year, c[0], q, 2 + (i % 5)));
                if (q < quarterNow) plans.recordTrained(line.id(), Math.max(0, line.planned() - (i % 3)));
            }
        }
    }
}
