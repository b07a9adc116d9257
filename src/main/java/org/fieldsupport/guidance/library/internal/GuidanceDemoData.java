package org.fieldsupport.guidance.library.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.guidance.training.internal.TrainingRegister;
import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo users of guidance and training (password = user name) and demo data: 12 policies in force (some due for
 * review, one superseded) disseminated to missions and partly acknowledged by the missions' focal points; 10
 * courses with sessions, 30 people, nominations, completions and people overdue. Loaded once (policy
 * {@code DFS-2026.01}).
 */
@Component
@DemoData.OnDemoData
@Order(410)
class GuidanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GuidanceDemoData.class);
    private static final String[] FOCAL = {"MINUSCA", "UNMISS", "MONUSCO"};

    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final PolicyLibrary library;
    private final TrainingRegister training;

    GuidanceDemoData(UserDirectory users, JdbcClient jdbc, PolicyLibrary library, TrainingRegister training) {
        this.users = users;
        this.jdbc = jdbc;
        this.library = library;
        this.training = training;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            users.ensureUser("policy.officer", "Policy Officer (demo)", "policy.officer@fieldsupport.example", "en", "policy.officer");
            users.ensureRoleAssignment("policy.officer", "POLICY_OFFICER", Scope.department());
            users.ensureUser("training.coordinator", "Training Coordinator (demo)", "training.coordinator@fieldsupport.example",
                    "fr", "training.coordinator");
            users.ensureRoleAssignment("training.coordinator", "TRAINING_COORDINATOR", Scope.department());
            for (String m : FOCAL) {
                String u = "focal." + m.toLowerCase();
                users.ensureUser(u, "Guidance focal point " + m + " (demo)", u + "@fieldsupport.example", "en", u);
                users.ensureRoleAssignment(u, "GUIDANCE_FOCAL_POINT", Scope.mission(m));
            }
        } catch (RuntimeException e) {
            log.warn("Guidance demo users not created: {}", e.getMessage());
            return;
        }
        ictCourses();
        if (jdbc.sql("SELECT COUNT(*) FROM gd_policy WHERE code = 'DFS-2026.01'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            actAs("policy.officer");
            policies();
            actAs("training.coordinator");
            training();
            log.info("Guidance demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Guidance demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    /**
     * ICTD's courses for missions' ICT specialists (ict's training plans read them through
     * {@link org.fieldsupport.guidance.TrainingCatalogue}, session 4): six courses owned by DFS-ICTD, four ICT technicians
     * per mission (MINUSCA, UNMISS, MONUSCO), a session of each course running in Brindisi this week with two technicians
     * of each mission nominated, one of them completed. Once, also on demo databases loaded before.
     */
    private void ictCourses() {
        if (jdbc.sql("SELECT COUNT(*) FROM gd_course WHERE code = 'SAT-EARTH-STATION'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            actAs("training.coordinator");
            LocalDate today = training.today();
            String[][] courses = {
                    {"SAT-EARTH-STATION", "Satellite earth station operations", "Exploitation des stations terriennes", "Communications technicians", "40"},
                    {"TETRA-ADMIN", "TETRA network administration", "Administration du réseau TETRA", "Radio technicians", "32"},
                    {"INFOSEC-ICT", "Information security for ICT staff", "Sécurité de l’information pour le personnel TIC", "All ICT staff", "16"},
                    {"ITIL-DESK", "Service desk practice (ITIL foundation)", "Pratique du centre de services (ITIL fondamentaux)", "Service desk agents", "24"},
                    {"DC-OPS", "Mission data centre operations", "Exploitation du centre de données de mission", "Systems administrators", "32"},
                    {"UMOJA-FOCAL", "Umoja for ICT focal points", "Umoja pour les points focaux TIC", "ICT focal points", "12"}};
            for (String[] c : courses) {
                training.createCourse(new TrainingRegister.NewCourse(c[0], c[1], c[2], c[3], "DFS-ICTD",
                        Integer.valueOf(c[4]), "INFOSEC-ICT".equals(c[0]) ? 24 : null, List.of()));
            }
            String[] missions = {"MINUSCA", "UNMISS", "MONUSCO"};
            for (String m : missions) {
                for (int i = 1; i <= 4; i++) {
                    training.createTrainee(new TrainingRegister.NewTrainee("ict.tech" + i + "." + m.toLowerCase(Locale.ROOT),
                            "ICT technician " + i + " " + m, m, null, "ICT_TECHNICIAN", today.minusYears(1)));
                }
            }
            int k = 0;
            for (String[] c : courses) {
                var session = training.createSession(new TrainingRegister.NewSession(c[0], today, today.plusDays(4),
                        "Brindisi", false, 12));
                for (String m : missions) {
                    for (int j = 0; j < 2; j++) {
                        var n = training.nominate(session.id(), "ict.tech" + (1 + (k + j) % 4) + "." + m.toLowerCase(Locale.ROOT));
                        training.record(n.id(), "ATTENDED");
                        if (j == 0) training.record(n.id(), "COMPLETED");
                    }
                }
                k++;
            }
            log.info("Guidance demo data: ICTD courses loaded");
        } catch (RuntimeException e) {
            log.warn("Guidance demo data: ICTD courses not (fully) loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static void actAs(String user) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private void policies() {
        LocalDate today = library.today();
        String[][] p = {
                {"DFS-2026.01", "POLICY", "Field support strategy principles", "Principes de la stratégie d’appui aux missions", "DFS-OUSG-FO"},
                {"DFS-2026.02", "SOP", "Movement of personnel and cargo", "Mouvements de personnel et de fret", "DFS-MOVCON"},
                {"DFS-2026.03", "SOP", "Property survey boards", "Comités locaux de contrôle du matériel", "DFS-LSD"},
                {"DFS-2026.04", "GUIDELINES", "Environmental management in missions", "Gestion environnementale dans les missions", "DFS-LSD"},
                {"DFS-2026.05", "MANUAL", "Contingent-owned equipment manual (guidance)", "Manuel relatif au matériel appartenant aux contingents (orientation)", "DFS-MCMS"},
                {"DFS-2026.06", "POLICY", "Delegation of authority in missions", "Délégation de pouvoir dans les missions", "DFS-OASG-FO"},
                {"DFS-2026.07", "SOP", "Boards of inquiry", "Commissions d’enquête", "DFS-ARBOI"},
                {"DFS-2026.08", "POLICY", "Prevention of sexual exploitation and abuse", "Prévention de l’exploitation et des atteintes sexuelles", "DFS-CDU"},
                {"DFS-2026.09", "GUIDELINES", "ICT business continuity", "Continuité des opérations informatiques", "DFS-ICTD"},
                {"DFS-2026.10", "SOP", "Casualty evacuation in the field", "Évacuation sanitaire sur le terrain", "DFS-LSD"},
                {"DFS-2026.11", "POLICY", "Rations and fuel management", "Gestion des rations et du carburant", "DFS-SUPS"},
                {"DFS-2025.09", "SOP", "Movement of personnel and cargo (2025)", "Mouvements de personnel et de fret (2025)", "DFS-MOVCON"}};
        int i = 0;
        for (String[] x : p) {
            library.create(new PolicyLibrary.NewPolicy(x[0], x[1], x[2], x[3], x[4]));
            LocalDate review = i % 4 == 0 ? today.plusDays(10 + i) : today.plusYears(2);
            library.draftVersion(x[0], new PolicyLibrary.NewVersion(
                    "# " + x[2] + "\n\n## Purpose\n\nThis text sets out the rules missions follow.\n\n- Scope: all missions\n- Owner: " + x[4],
                    "# " + x[3] + "\n\n## Objet\n\nLe présent texte fixe les règles que suivent les missions.\n\n- Champ : toutes les missions\n- Responsable : " + x[4],
                    review));
            library.submit(x[0], 1);
            library.approve(x[0], 1);
            if (i == 1) { // a second version replaces the first
                library.draftVersion(x[0], new PolicyLibrary.NewVersion("# " + x[2] + " (revised)\n\nRevised cut-off times.",
                        "# " + x[3] + " (révisée)\n\nHeures limites révisées.", today.plusYears(2)));
                library.submit(x[0], 2);
                library.approve(x[0], 2);
            }
            if (i < 11) {
                library.disseminate(x[0], List.of(FOCAL));
            }
            i++;
        }
        library.supersede("DFS-2025.09", "DFS-2026.02");
        // acknowledgements by the focal points: MINUSCA acknowledges all, UNMISS half, MONUSCO none
        for (int k = 0; k < 11; k++) {
            String code = p[k][0];
            actAs("focal.minusca");
            library.acknowledge(code, "MINUSCA");
            if (k % 2 == 0) {
                actAs("focal.unmiss");
                library.acknowledge(code, "UNMISS");
            }
        }
        actAs("policy.officer");
        library.link("DFS-2026.07", "oversight", "boi-convening", "Convening a board of inquiry");
        library.link("DFS-2026.03", "property", "write-off", "Write-off cases");
    }

    private void training() {
        LocalDate today = training.today();
        String[][] courses = {
                {"LOG-MID", "Logistics for middle managers", "Logistique pour cadres moyens", "LOGISTICS_OFFICER", "12"},
                {"PROP-MGT", "Property management", "Gestion du matériel", "PROPERTY_OFFICER", "24"},
                {"SEA-PREV", "Prevention of sexual exploitation and abuse", "Prévention de l’exploitation et des atteintes sexuelles", "ALL_STAFF", "24"},
                {"BSAFE", "BSAFE security awareness", "Sensibilisation à la sécurité BSAFE", "ALL_STAFF", "36"},
                {"MOVCON", "Movement control", "Contrôle des mouvements", "MOVCON_ASSISTANT", ""},
                {"COE-VER", "COE verification", "Vérification du matériel appartenant aux contingents", "COE_INSPECTOR", ""},
                {"FUEL-MGT", "Fuel management", "Gestion du carburant", "", ""},
                {"RATIONS", "Rations management", "Gestion des rations", "", ""},
                {"BUDGET-RBB", "Results-based budgeting", "Budgétisation axée sur les résultats", "", ""},
                {"ICT-BCDR", "ICT continuity planning", "Planification de la continuité informatique", "", ""}};
        for (String[] c : courses) {
            training.createCourse(new TrainingRegister.NewCourse(c[0], c[1], c[2], "Mission and Headquarters staff",
                    "DFS-LSD", 16, c[4].isEmpty() ? null : Integer.valueOf(c[4]),
                    c[3].isEmpty() ? List.of() : List.of(c[3])));
        }
        String[] roles = {"LOGISTICS_OFFICER", "PROPERTY_OFFICER", "ALL_STAFF", "MOVCON_ASSISTANT", "COE_INSPECTOR"};
        String[] missions = {"MINUSCA", "UNMISS", "MONUSCO"};
        for (int i = 0; i < 30; i++) {
            training.createTrainee(new TrainingRegister.NewTrainee("staff" + (i + 1) + ".demo", "Staff member " + (i + 1),
                    missions[i % 3], null, roles[i % roles.length], today.minusDays(30L + i * 10L)));
        }
        int s = 0;
        for (String[] c : courses) {
            var running = training.createSession(new TrainingRegister.NewSession(c[0], today, today.plusDays(2),
                    "Brindisi", false, 12));
            training.createSession(new TrainingRegister.NewSession(c[0], today.plusDays(30 + s), today.plusDays(32 + s),
                    null, true, 40));
            for (int k = 0; k < 6; k++) {
                int person = (s * 3 + k) % 30 + 1;
                var n = training.nominate(running.id(), "staff" + person + ".demo");
                if (k < 4) {
                    training.record(n.id(), "ATTENDED");
                    if (k < 3) training.record(n.id(), "COMPLETED");
                } else if (k == 5) {
                    training.record(n.id(), "NO_SHOW");
                }
            }
            s++;
        }
    }
}
