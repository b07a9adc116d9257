package org.fieldsupport.oversight.recommendations.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.fieldsupport.oversight.engagement.internal.EngagementService;
import org.fieldsupport.oversight.inquiry.domain.BoardMembership;
import org.fieldsupport.oversight.inquiry.internal.BoardService;
import org.fieldsupport.oversight.risk.internal.RiskService;
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
 * Oversight demo data (only with demo data on): users {@code oversight.focal}, {@code risk.minusca} (and the OVERSIGHT_AUDITOR
 * role for the platform's demo {@code auditor}); 80 recommendations from 6 reports (OIOS ×2, BOA, JIU, ACABQ and a board of
 * inquiry) in every state, some past due in every ageing bucket; 3 incidents of which 2 need a board (one convened and
 * reported, linked to the demo death-and-disability claim); audit engagements; a risk register per mission (MINUSCA,
 * UNMISS, UNIFIL) with security requirements and QA reviews. Illustrative texts. Idempotent: recognised by the first report.
 */
@Component
@DemoData.OnDemoData
@Order(410)
class OversightDemoData implements ApplicationRunner {

    static final String MARKER = "DEMO-AP2026-640-01";
    private static final Logger log = LoggerFactory.getLogger(OversightDemoData.class);

    private final ObjectProvider<UserDirectory> users;
    private final RecommendationService recommendations;
    private final BoardService boards;
    private final EngagementService engagements;
    private final RiskService risks;
    private final JdbcClient jdbc;

    OversightDemoData(ObjectProvider<UserDirectory> users, RecommendationService recommendations, BoardService boards,
                      EngagementService engagements, RiskService risks, JdbcClient jdbc) {
        this.users = users;
        this.recommendations = recommendations;
        this.boards = boards;
        this.engagements = engagements;
        this.risks = risks;
        this.jdbc = jdbc;
    }

    private String auditor = "auditor";

    @Override
    public void run(ApplicationArguments args) {
        UserDirectory directory = users.getIfAvailable();
        if (directory == null) {
            return;
        }
        directory.ensureUser("oversight.focal", "Audit response and BOI focal point (demo)", "oversight.focal@fieldsupport.example", "en", "oversight.focal");
        directory.ensureRoleAssignment("oversight.focal", "OVERSIGHT_FOCAL", Scope.department());
        directory.ensureUser("risk.minusca", "Risk officer MINUSCA (demo)", "risk.minusca@fieldsupport.example", "fr", "risk.minusca");
        directory.ensureRoleAssignment("risk.minusca", "RISK_OFFICER", Scope.mission("MINUSCA"));
        if (directory.find("auditor").isEmpty()) {
            auditor = "oversight.auditor";
            directory.ensureUser(auditor, "Auditor (demo)", "oversight.auditor@fieldsupport.example", "en", auditor);
        }
        directory.ensureRoleAssignment(auditor, "OVERSIGHT_AUDITOR", Scope.department());
        if (jdbc.sql("SELECT COUNT(*) FROM ovs_report WHERE symbol = ?").param(MARKER).query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        try {
            loadRecommendations();
            loadBoards();
            loadEngagements();
            loadRisks();
            log.info("Oversight demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Oversight demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static final String[] STATES = {"OPEN", "IN_PROGRESS", "IMPLEMENTED", "CLOSED", "NOT_IMPLEMENTED", "OVERTAKEN_BY_EVENTS",
            "OPEN", "IN_PROGRESS"};
    private static final String[] UNITS = {"DFS-LSD", "DFS-FBFD", "DFS-FPD", "DFS-ICTD"};
    private static final String[] THEMES = {"FUEL", "PROPERTY", "PROCUREMENT", "RATIONS"};

    private void loadRecommendations() {
        Object[][] reports = {
                {"OIOS", MARKER, "Audit of fuel management in MINUSCA (demo)", LocalDate.of(2024, 6, 10), "MINUSCA", 16},
                {"OIOS", "DEMO-AP2025-633-04", "Audit of property management in UNMISS (demo)", LocalDate.of(2025, 3, 20), "UNMISS", 16},
                {"BOA", "DEMO-A/80/5(Vol.II)", "Financial report and audited statements, peacekeeping (demo)", LocalDate.of(2025, 7, 25), null, 16},
                {"JIU", "DEMO-JIU/REP/2025/3", "Review of support to field missions (demo)", LocalDate.of(2025, 10, 1), null, 12},
                {"ACABQ", "DEMO-A/80/802", "Cross-cutting issues of peacekeeping operations (demo)", LocalDate.of(2026, 4, 15), null, 12}};
        int n = 0;
        for (Object[] r : reports) {
            var report = as("oversight.focal", () -> recommendations.createReport(new RecommendationService.NewReport((String) r[0],
                    (String) r[1], (String) r[2], (LocalDate) r[3], (String) r[4], "PARTIALLY_SATISFACTORY")));
            for (int p = 1; p <= (int) r[5]; p++, n++) {
                String mission = r[4] != null ? (String) r[4] : (n % 3 == 0 ? "UNIFIL" : n % 3 == 1 ? "UNMISS" : null);
                // target dates spread from 500 days before today to 200 days after: every ageing bucket is populated
                LocalDate target = LocalDate.now().minusDays(500 - (n * 37L) % 700);
                final int para = p;
                final int k = n;
                var rec = as("oversight.focal", () -> recommendations.addRecommendation(report.id(),
                        new RecommendationService.NewRecommendation(String.valueOf(para),
                                "Strengthen controls over " + THEMES[k % 4].toLowerCase() + " (demo recommendation " + (k + 1) + ")",
                                k % 3 == 0 ? "CRITICAL" : "IMPORTANT", UNITS[k % 4], mission, target, THEMES[k % 4])));
                drive(rec.id(), STATES[n % STATES.length], n);
            }
        }
    }

    private void drive(long id, String state, int n) {
        if (state.equals("OPEN")) {
            return;
        }
        as("oversight.focal", () -> recommendations.respond(id, new RecommendationService.Response(!state.equals("NOT_IMPLEMENTED") || n % 2 == 0,
                "Chief, responsible service (demo)", null, "Resources not available (demo)")));
        if (state.equals("NOT_IMPLEMENTED")) {
            as(auditor, () -> recommendations.act(id, "NOT_IMPLEMENTED", "Management did not implement (demo)", null));
            return;
        }
        if (state.equals("OVERTAKEN_BY_EVENTS")) {
            as(auditor, () -> recommendations.act(id, "OVERTAKEN", "Mission mandate changed (demo)", null));
            return;
        }
        as("oversight.focal", () -> recommendations.act(id, "START", "Action plan agreed (demo)", null));
        as("oversight.focal", () -> recommendations.followUp(id, "Quarterly follow-up: work under way (demo)"));
        if (state.equals("IN_PROGRESS")) {
            return;
        }
        as("oversight.focal", () -> recommendations.act(id, "PROPOSE_IMPLEMENTED", "Implemented (demo)", "DEMO-EVIDENCE-" + id + ".pdf"));
        if (state.equals("CLOSED")) {
            as(auditor, () -> recommendations.act(id, "CLOSE", "Evidence reviewed (demo)", null));
        }
    }

    private void loadBoards() {
        LocalDate today = LocalDate.now();
        var death = as("oversight.focal", () -> boards.record(new BoardService.NewIncident("MINUSCA", LocalDate.of(2026, 6, 3),
                "Vehicle ambush on the Bambari road: one peacekeeper killed (demo)", LocalDate.of(2026, 6, 20),
                new BoardService.FactsInput(1, 0, false, "85000.00", "0", "0", false, 1))));
        as("oversight.focal", () -> boards.convene(death.id(), new BoardService.Convening(LocalDate.of(2026, 6, 30),
                "Establish the facts of the ambush; whether convoy procedures were followed; the equipment lost (demo).",
                List.of(new BoardMembership.Member(BoardMembership.Role.CHAIR, "Chair, Chief of Staff's office (demo)"),
                        new BoardMembership.Member(BoardMembership.Role.MEMBER, "Member, security section (demo)"),
                        new BoardMembership.Member(BoardMembership.Role.MEMBER, "Member, force headquarters (demo)"),
                        new BoardMembership.Member(BoardMembership.Role.SECRETARY, "Secretary, mission support (demo)")),
                "DEMO-BOI-BGD-1")));
        as("oversight.focal", () -> boards.report(death.id(), new BoardService.BoardReport(LocalDate.of(2026, 8, 14),
                "The convoy followed procedures; the death occurred in the line of duty; one armoured vehicle was destroyed (demo).",
                java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(p -> new RecommendationService.NewRecommendation(String.valueOf(p),
                        "Board recommendation " + p + " on convoy security (demo)", p <= 2 ? "CRITICAL" : "IMPORTANT", UNITS[p % 4], null,
                        today.minusDays(120 - p * 40L), "CONVOYS")).toList(),
                List.of(new BoardService.ClaimLink("DND", "DND-BGD-2026-0001"), new BoardService.ClaimLink("COE", "DEMO-MINUSCA-BGD")))));
        int k = 0;
        for (var rec : as("oversight.focal", () -> recommendations.list(new RecommendationService.Filter("BOI", null, null, null, null, null), today))) {
            drive(rec.id(), STATES[(k++ * 3) % STATES.length], k);
        }
        as("oversight.focal", () -> boards.record(new BoardService.NewIncident("UNMISS", today.minusDays(20),
                "Generator destroyed by fire at a team site (demo)", today.minusDays(5),
                new BoardService.FactsInput(0, 0, false, "30000.00", "0", "0", false, 0))));
        as("oversight.focal", () -> boards.record(new BoardService.NewIncident("UNIFIL", today.minusDays(40),
                "Minor collision between two UN vehicles (demo)", null,
                new BoardService.FactsInput(0, 0, false, "4200.00", "0", "0", false, 0))));
    }

    private void loadEngagements() {
        LocalDate today = LocalDate.now();
        as("oversight.focal", () -> {
            var a = engagements.create(new EngagementService.NewEngagement("OIOS", "Audit of rations management in UNIFIL (demo)", "UNIFIL",
                    today.minusDays(90), "Chief, Supply Chain Management, UNIFIL (demo)"));
            engagements.advance(a.id(), new EngagementService.Advance(today.minusDays(60), today.minusDays(40), null));
            engagements.advance(a.id(), new EngagementService.Advance(today.minusDays(20), null, null));
            engagements.advance(a.id(), new EngagementService.Advance(today.minusDays(15), null, today.minusDays(1)));
            var b = engagements.create(new EngagementService.NewEngagement("BOA", "Interim audit of peacekeeping operations (demo)", null,
                    today.minusDays(30), "Audit Response and Boards of Inquiry Section (demo)"));
            engagements.advance(b.id(), new EngagementService.Advance(today.minusDays(10), today.plusDays(20), null));
            engagements.create(new EngagementService.NewEngagement("JIU", "Review of business continuity (demo)", null, today.minusDays(3),
                    "Office of the Under-Secretary-General (demo)"));
            return null;
        });
    }

    private void loadRisks() {
        LocalDate review = LocalDate.now().plusDays(60);
        Object[][] rows = {
                {"Fuel theft at remote sites", "Weak stock controls", "Fuel lost or diverted", "Operations interrupted, financial loss", 4, 4, 2, 3},
                {"Delayed rations delivery", "Insecure supply routes", "Rations not delivered", "Troops without rations", 3, 5, 2, 4},
                {"Aviation accident", "Poor airfields in the rainy season", "Aircraft accident", "Loss of life", 2, 5, 1, 5},
                {"ICT outage", "Single satellite link", "Loss of communications", "Command and control impaired", 3, 3, 2, 2},
                {"Contractor non-performance", "Few qualified local contractors", "Works delayed", "Camps not ready for rotation", 4, 3, 3, 2},
                {"Sexual exploitation and abuse", "Proximity of camps to communities", "Allegation of SEA", "Harm to victims, reputation", 3, 5, 2, 4}};
        Object[][] security = {
                {"Perimeter protection of logistics bases", "Hostile activity near bases", "Intrusion", "Loss of assets, casualties", 3, 4, 2, 3, "PARTIAL"},
                {"Armoured vehicles for convoys", "Ambush risk on main supply routes", "Convoy attacked", "Casualties", 3, 5, 2, 4, "COMPLIANT"},
                {"Residential security of support staff", "Crime in the capital", "Break-in", "Injury, loss", 2, 3, 1, 3, "NON_COMPLIANT"}};
        for (String mission : new String[] {"MINUSCA", "UNMISS", "UNIFIL"}) {
            String officer = mission.equals("MINUSCA") ? "risk.minusca" : "admin";
            as(officer, () -> {
                for (Object[] r : rows) {
                    risks.record(new RiskService.NewRisk(mission, "RISK", r[0] + " (demo)", (String) r[1], (String) r[2], (String) r[3],
                            (Integer) r[4], (Integer) r[5], "Chief of Mission Support, " + mission, "Controls and monitoring (demo)",
                            (Integer) r[6], (Integer) r[7], review, null), RiskService.Kind.RISK);
                }
                for (Object[] r : security) {
                    risks.record(new RiskService.NewRisk(mission, "SECURITY", r[0] + " (demo)", (String) r[1], (String) r[2], (String) r[3],
                            (Integer) r[4], (Integer) r[5], "Chief Security Adviser, " + mission, "Security risk management measures (demo)",
                            (Integer) r[6], (Integer) r[7], review, (String) r[8]), RiskService.Kind.SECURITY);
                }
                risks.review(new RiskService.NewReview(mission, "Property management", LocalDate.now().minusDays(45),
                        mission.equals("UNMISS") ? "UNSATISFACTORY" : "PARTIALLY_SATISFACTORY",
                        "3 findings: assets not verified; write-offs pending; spare parts without records (demo)."));
                return null;
            });
        }
    }

    private static <T> T as(String user, Supplier<T> action) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        return action.get();
    }
}
