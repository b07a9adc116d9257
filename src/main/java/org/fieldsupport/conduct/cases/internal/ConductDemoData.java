package org.fieldsupport.conduct.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fieldsupport.conduct.discipline.internal.DisciplineService;
import org.fieldsupport.conduct.prevention.internal.PreventionService;
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
 * Conduct demo data (only with demo data on; after the organisation's missions): the demo users (password = user name,
 * docs/demo-users.md) and 40 cases across MINUSCA, UNMISS and UNIFIL in every state, with FICTITIOUS victims'
 * identities (encrypted with the demo key), referrals (one past its deadline), Member State notifications, reviews,
 * a merged duplicate; strategy objectives, activities and policies. Idempotent: recognised by the demo policy reference.
 */
@Component
@DemoData.OnDemoData
@Order(400)
class ConductDemoData implements ApplicationRunner {

    static final String MARKER = "DEMO-CDU-POLICY-1";
    private static final Logger log = LoggerFactory.getLogger(ConductDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final CaseService cases;
    private final DisciplineService discipline;
    private final PreventionService prevention;
    private final JdbcClient jdbc;

    ConductDemoData(ObjectProvider<UserDirectory> users, CaseService cases, DisciplineService discipline,
                    PreventionService prevention, JdbcClient jdbc) {
        this.users = users;
        this.cases = cases;
        this.discipline = discipline;
        this.prevention = prevention;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        String[][] people = {
                {"conduct.minusca", "Conduct officer MINUSCA (demo)", ConductPermissions.OFFICER, "MISSION:MINUSCA"},
                {"conduct.unmiss", "Conduct officer UNMISS (demo)", ConductPermissions.OFFICER, "MISSION:UNMISS"},
                {"conduct.hq", "Head of the Conduct and Discipline Unit (demo)", ConductPermissions.HEAD, "DEPARTMENT"},
                {"victims.assistance", "Victims' assistance coordinator (demo)", ConductPermissions.VICTIMS_ASSISTANCE, "DEPARTMENT"}};
        for (String[] p : people) {
            // the head of the unit works in French (docs/demo-users.md)
            directory.ensureUser(p[0], p[1], p[0] + "@fieldsupport.example", p[0].equals("conduct.hq") ? "fr" : "en", p[0]);
            directory.ensureRoleAssignment(p[0], p[2], Scope.parse(p[3]));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM conduct_policy WHERE reference = ?").param(MARKER).query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            as("conduct.hq", () -> { load(); return null; });
            log.info("Conduct demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Conduct demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static final String[] MISSIONS = {"MINUSCA", "UNMISS", "UNIFIL"};
    private static final String[][] CONTINGENTS = {{"BGD", "RWA", "PAK"}, {"IND", "NPL", "RWA"}, {"GHA", "IND", "FRA"}};
    private static final String[] SEA_TYPES = {"SEA_TRANSACTIONAL_SEX", "SEA_EXPLOITATIVE_RELATIONSHIP", "SEA_SEXUAL_ASSAULT",
            "SEA_RAPE", "SEA_MINOR"};
    private static final String[] OTHER_TYPES = {"FRAUD", "THEFT", "TRAFFIC_VIOLATION", "HARASSMENT", "ABUSE_OF_AUTHORITY",
            "MISUSE_OF_ASSETS", "ASSAULT", "PROCUREMENT_VIOLATION"};
    private static final String[] CHANNELS = {"HOTLINE", "CBCM", "EMAIL", "COMPLAINT_BOX", "IN_PERSON", "OIOS"};
    private static final String[] CATEGORIES = {"MILITARY", "POLICE", "CIVILIAN", "MILITARY", "VOLUNTEER", "CONTRACTOR"};

    private void load() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int m = i < 16 ? 0 : i < 30 ? 1 : 2;
            String mission = MISSIONS[m];
            boolean sea = i % 3 != 1;
            LocalDate received = LocalDate.of(i % 4 == 0 ? 2025 : 2026, 1 + (i * 5) % 11, 1 + (i * 7) % 27);
            var view = cases.receive(new CaseService.NewCase(mission, sea ? "SEA" : "OTHER", received, CHANNELS[i % CHANNELS.length],
                    sea ? "Community-based complaint network (demo)" : "Supervisor report (demo)", i % 7 == 0 ? "HQ" : "MISSION",
                    received.minusDays(10 + i % 20), "Fictitious demo allegation " + (i + 1) + " — no real person or event."));
            long id = view.id();
            ids.add(id);
            String category = CATEGORIES[i % CATEGORIES.length];
            boolean uniformed = category.equals("MILITARY") || category.equals("POLICE");
            String country = CONTINGENTS[m][i % 3];
            cases.addSubject(id, new CaseService.NewSubject(category, uniformed ? country : null,
                    uniformed ? country + " contingent (demo)" : null,
                    sea ? List.of(SEA_TYPES[i % SEA_TYPES.length]) : List.of(OTHER_TYPES[i % OTHER_TYPES.length])));
            if (i % 5 == 0) {
                // a second perpetrator of another contributing country: the SEA report splits into two allegations
                cases.addSubject(id, new CaseService.NewSubject("MILITARY", CONTINGENTS[m][(i + 1) % 3], "demo",
                        sea ? List.of(SEA_TYPES[(i + 1) % SEA_TYPES.length]) : List.of(OTHER_TYPES[(i + 3) % OTHER_TYPES.length])));
            }
            if (sea) {
                String band = i % 4 == 0 ? "MINOR_12_17" : "ADULT";
                cases.addVictim(id, new CaseService.NewVictim(band, null, i % 2 == 0,
                        "Fictitious Person " + (char) ('A' + i % 26) + "-" + (100 + i) + " (demo identity)"));
            }
            int stage = i % 6;   // 0 received, 1 assessed, 2 referred, 3 investigating, 4 closed substantiated, 5 closed other
            if (stage >= 1) cases.assess(id, stage != 5 || i % 2 == 0, "demo assessment");
            if (stage >= 2 && !(stage == 5 && i % 2 != 0)) {
                boolean military = category.equals("MILITARY") || i % 5 == 0;
                LocalDate referred = received.plusDays(5);
                cases.refer(id, new CaseService.NewReferral(military && i % 2 == 0 ? "NIO" : (sea ? "OIOS" : "MIE"), referred,
                        stage == 2 ? LocalDate.now().minusDays(3) : null, null));
                if (stage >= 3) {
                    cases.recordResponse(id, referred.plusDays(7));
                    LocalDate start = referred.plusDays(10);
                    cases.investigation(id, new CaseService.InvestigationDates(sea ? "OIOS" : "MIE", start,
                            stage >= 4 ? start.plusDays(60 + i) : null));
                }
                if (stage >= 4) {
                    boolean substantiated = stage == 4;
                    cases.outcome(id, new CaseService.OutcomeRecord(substantiated ? "SUBSTANTIATED" : "UNSUBSTANTIATED",
                            substantiated && uniformed ? "Payments suspended (demo)" : null,
                            substantiated && uniformed ? "Repatriated; pending Member State action (demo)" : null,
                            substantiated && i % 8 == 4 ? "Referred to the Member State for criminal accountability (demo)" : null,
                            sea && i % 10 == 4 ? "PENDING" : null));
                    if (substantiated) {
                        discipline.submit(id, uniformed ? "REPATRIATION" : "SEPARATION", "Mission recommendation (demo)");
                        if (i % 12 == 4) {
                            discipline.decide(id, uniformed ? "REFERRAL_TO_MEMBER_STATE" : "DISMISSAL", "Headquarters decision (demo)");
                        }
                    }
                }
            }
            if (i % 3 != 2 && i < 36) {
                cases.reconcile(id, "reconciled with OIOS records (demo)");
            }
            if (sea && i % 4 == 0) {
                cases.grant(id, "victims.assistance");
            }
        }
        // the same matter reported twice (hotline and complaint box): the second merged into the first, histories kept
        var dup = cases.receive(new CaseService.NewCase("MINUSCA", "SEA", LocalDate.of(2026, 3, 4), "COMPLAINT_BOX",
                "Complaint box, Bangui (demo)", "MISSION", LocalDate.of(2026, 2, 20), "Duplicate of a demo report (fictitious)."));
        cases.merge(dup.id(), ids.get(0));
        // strategy: objectives and activities per mission, policies and training programmes
        int year = LocalDate.now().getYear();
        for (String mission : MISSIONS) {
            prevention.addObjective(new PreventionService.NewObjective(mission, "PREVENTION", year,
                    "All personnel complete the mandatory SEA training", "Share of personnel trained", 100, mission.equals("UNIFIL") ? 92 : 78));
            prevention.addObjective(new PreventionService.NewObjective(mission, "PREVENTION", year,
                    "SEA risk assessment of every field location", "Locations assessed", 12, mission.equals("MINUSCA") ? 9 : 12));
            prevention.addObjective(new PreventionService.NewObjective(mission, "ENFORCEMENT", year,
                    "Referrals within the deadline", "Referrals on time", 20, 17));
            prevention.addObjective(new PreventionService.NewObjective(mission, "REMEDIAL", year,
                    "Every victim offered assistance within 24 hours", "Victims assisted", 10, 8));
            LocalDate early = LocalDate.of(year, 2, 15);
            prevention.addActivity(new PreventionService.NewActivity(mission, "TRAINING", "Induction training on SEA (demo)", early, 240, 85));
            prevention.addActivity(new PreventionService.NewActivity(mission, "RISK_ASSESSMENT", "Risk assessment of team sites (demo)", early.plusDays(20), 12, null));
            prevention.addActivity(new PreventionService.NewActivity(mission, "AWARENESS", "Radio campaign with community networks (demo)", early.plusDays(40), 1500, null));
            prevention.addActivity(new PreventionService.NewActivity(mission, "VICTIM_ASSISTANCE_REFERRAL", "Referrals to the victims' assistance provider (demo)", early.plusDays(60), 6, null));
        }
        prevention.issuePolicy(new PreventionService.NewPolicy("POLICY", MARKER, "Accountability for conduct and discipline in field missions (demo)",
                "Responsabilité en matière de déontologie et de discipline dans les missions (démo)", LocalDate.of(2025, 1, 15), "ALL"));
        prevention.issuePolicy(new PreventionService.NewPolicy("SOP", "DEMO-CDU-SOP-2", "Intake and assessment of allegations (demo)",
                "Réception et évaluation des allégations (démo)", LocalDate.of(2025, 6, 1), "ALL"));
        prevention.issuePolicy(new PreventionService.NewPolicy("TRAINING_PROGRAMME", "DEMO-CDU-TRN-3",
                "Mandatory e-learning on preventing sexual exploitation and abuse (demo)",
                "Formation en ligne obligatoire sur la prévention de l'exploitation et des atteintes sexuelles (démo)",
                LocalDate.of(2025, 9, 1), "ALL"));
        prevention.issuePolicy(new PreventionService.NewPolicy("BEST_PRACTICE", "DEMO-CDU-BP-4", "Community-based complaint networks (demo)",
                "Réseaux communautaires de plainte (démo)", LocalDate.of(2026, 2, 1), "MINUSCA,UNMISS"));
        try {
            prevention.linkLibraryPolicy("DFS-2026.08");   // the guidance library's PSEA policy, when its demo is loaded
        } catch (RuntimeException e) {
            log.info("Conduct demo: guidance library policy DFS-2026.08 not linked ({})", e.getMessage());
        }
    }

    private static <T> T as(String user, Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        return action.get();
    }
}
