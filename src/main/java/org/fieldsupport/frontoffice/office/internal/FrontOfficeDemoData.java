package org.fieldsupport.frontoffice.office.internal;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.frontoffice.briefing.internal.BriefingDesk;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceItem;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.fieldsupport.frontoffice.correspondence.internal.NewCorrespondence;
import org.fieldsupport.frontoffice.liaison.internal.LiaisonRegister;
import org.fieldsupport.frontoffice.tasking.internal.TaskBoard;
import org.fieldsupport.frontoffice.tasking.internal.TaskView;
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
 * Demo users of the front office (password = user name; docs/demo-users.md) and demo data: 20 partners with
 * meetings, negotiations, queries and press requests, 60 correspondence items in every state (some
 * confidential, some strictly confidential to the USG), 15 tasks and 3 briefing notes. Loaded once
 * (recognised by the partner {@code PM-BGD}), acting as {@code frontoffice.usg}.
 */
@Component
@DemoData.OnDemoData
@Order(400)
class FrontOfficeDemoData implements ApplicationRunner {

    static final String USG = "frontoffice.usg";
    static final String CLERK = "registry.clerk";
    private static final Logger log = LoggerFactory.getLogger(FrontOfficeDemoData.class);

    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final CorrespondenceRegister correspondence;
    private final TaskBoard tasks;
    private final BriefingDesk briefings;
    private final LiaisonRegister liaison;

    FrontOfficeDemoData(UserDirectory users, JdbcClient jdbc, CorrespondenceRegister correspondence, TaskBoard tasks,
                        BriefingDesk briefings, LiaisonRegister liaison) {
        this.users = users;
        this.jdbc = jdbc;
        this.correspondence = correspondence;
        this.tasks = tasks;
        this.briefings = briefings;
        this.liaison = liaison;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            users.ensureUser(USG, "Front Office of the USG (demo)", USG + "@fieldsupport.example", "en", USG);
            users.ensureRoleAssignment(USG, "FRONT_OFFICE_PRINCIPAL", Scope.department());
            users.ensureUser(CLERK, "Registry Clerk (demo)", CLERK + "@fieldsupport.example", "fr", CLERK);
            users.ensureRoleAssignment(CLERK, "REGISTRY_CLERK", Scope.department());
            users.ensureUser("action.mcms", "Action officer, MCMS (demo)", "action.mcms@fieldsupport.example",
                    "en", "action.mcms");
            users.ensureRoleAssignment("action.mcms", "UNIT_ACTION_OFFICER", Scope.unit("DFS-MCMS"));
        } catch (RuntimeException e) {
            log.warn("Front office demo users not created: {}", e.getMessage());
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM fo_partner WHERE code = 'PM-BGD'").query(Long.class).single() > 0) {
            return;
        }
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(USG, null, List.of()));
        try {
            load();
            log.info("Front office demo data loaded");
        } catch (RuntimeException e) {
            log.warn("Front office demo data not (fully) loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private void load() {
        LocalDate today = correspondence.today();
        partners(today);
        items(today);
        tasks(today);
        briefings(today);
    }

    private void partners(LocalDate today) {
        String[][] partners = {
                {"PM-BGD", "Permanent Mission of Bangladesh to the United Nations", "PERMANENT_MISSION", "BGD"},
                {"PM-RWA", "Permanent Mission of Rwanda to the United Nations", "PERMANENT_MISSION", "RWA"},
                {"PM-IND", "Permanent Mission of India to the United Nations", "PERMANENT_MISSION", "IND"},
                {"PM-NPL", "Permanent Mission of Nepal to the United Nations", "PERMANENT_MISSION", "NPL"},
                {"PM-GHA", "Permanent Mission of Ghana to the United Nations", "PERMANENT_MISSION", "GHA"},
                {"PM-FRA", "Mission permanente de la France auprès des Nations Unies", "PERMANENT_MISSION", "FRA"},
                {"PM-PAK", "Permanent Mission of Pakistan to the United Nations", "PERMANENT_MISSION", "PAK"},
                {"PM-SEN", "Mission permanente du Sénégal auprès des Nations Unies", "PERMANENT_MISSION", "SEN"},
                {"PM-ETH", "Permanent Mission of Ethiopia to the United Nations", "PERMANENT_MISSION", "ETH"},
                {"AU", "African Union Commission", "REGIONAL_ORGANIZATION", null},
                {"EU", "European Union Delegation to the United Nations", "REGIONAL_ORGANIZATION", null},
                {"ECOWAS", "Economic Community of West African States", "REGIONAL_ORGANIZATION", null},
                {"WFP", "World Food Programme", "AGENCY_FUND_PROGRAMME", null},
                {"UNICEF", "United Nations Children's Fund", "AGENCY_FUND_PROGRAMME", null},
                {"UNHCR", "Office of the United Nations High Commissioner for Refugees", "AGENCY_FUND_PROGRAMME", null},
                {"UNDP", "United Nations Development Programme", "AGENCY_FUND_PROGRAMME", null},
                {"EXT-DM", "Department of Management", "SECRETARIAT_ENTITY", null},
                {"EXT-DPKO-PAS", "Public Affairs Section, DPKO", "SECRETARIAT_ENTITY", null},
                {"EXT-OLA", "Office of Legal Affairs", "SECRETARIAT_ENTITY", null},
                {"MSF", "Médecins Sans Frontières", "NGO", null}};
        for (String[] p : partners) {
            liaison.createPartner(new LiaisonRegister.NewPartner(p[0], p[1], p[2], p[3], "Liaison officer " + p[0],
                    p[0].toLowerCase() + "@partners.example", "+1 212 555 0100", null));
        }
        liaison.recordMeeting("PM-BGD", new LiaisonRegister.NewMeeting(today.minusDays(12),
                "Reimbursement of contingent-owned equipment, MINUSCA", "USG", "MINUSCA",
                "Outstanding claims reviewed; the Member State asks for a payment schedule.",
                List.of(new LiaisonRegister.NewFollowUp("Send the payment schedule", "DFS-MCMS", today.plusDays(5)),
                        new LiaisonRegister.NewFollowUp("Confirm verification reports for Q3", "DFS-MCMS", today.minusDays(2)))));
        liaison.recordMeeting("AU", new LiaisonRegister.NewMeeting(today.minusDays(30), "Support to AU-led operations",
                "ASG", null, "Strategic partnership on logistics support packages.",
                List.of(new LiaisonRegister.NewFollowUp("Share the support package options", "DFS-LSD", today.plusDays(14)))));
        liaison.recordMeeting("EXT-DM", new LiaisonRegister.NewMeeting(today.minusDays(7),
                "Budget and human resources coordination", "ASG", null, "Vacancy rates and budget performance.",
                List.of(new LiaisonRegister.NewFollowUp("Provide vacancy figures by mission", "DFS-FPD", today.plusDays(3)))));
        var n1 = liaison.openNegotiation("PM-RWA", new LiaisonRegister.NewNegotiation(
                "Letter of assist for a helicopter unit (MINUSCA)", "DFS-TMS", "Draft LOA to the Permanent Mission", today.plusDays(10)));
        liaison.updateNegotiation(n1.id(), new LiaisonRegister.NegotiationUpdate("IN_PROGRESS", "Cost review", today.plusDays(10)));
        liaison.openNegotiation("WFP", new LiaisonRegister.NewNegotiation("Shared air services agreement (UNMISS)",
                "DFS-TMS", "Exchange of letters", today.plusDays(20)));
        var n3 = liaison.openNegotiation("EU", new LiaisonRegister.NewNegotiation("Joint logistics hub arrangements",
                "DFS-LSD", null, null));
        liaison.updateNegotiation(n3.id(), new LiaisonRegister.NegotiationUpdate("IN_PROGRESS", "Final text", today));
        liaison.updateNegotiation(n3.id(), new LiaisonRegister.NegotiationUpdate("AGREED", null, null));
        var q1 = liaison.createQuery(new LiaisonRegister.NewQuery("PM-IND", "MEMBER_STATE",
                "Status of death and disability claims for UNMISS personnel", "UNMISS", today.minusDays(15),
                today.minusDays(1), "DFS-MCMS"));
        liaison.createQuery(new LiaisonRegister.NewQuery("PM-NPL", "MEMBER_STATE", "Rotation schedule of the level II hospital",
                "UNMISS", today.minusDays(3), today.plusDays(7), "DFS-TMS"));
        liaison.createQuery(new LiaisonRegister.NewQuery("EXT-DM", "BUDGET_RESOURCES", "Budget performance figures for the fifth committee",
                null, today.minusDays(2), today.plusDays(5), "DFS-FBFD"));
        liaison.createQuery(new LiaisonRegister.NewQuery("EXT-OLA", "SECRETARIAT", "Legal review of the status-of-forces agreement annex",
                "MINUSCA", today.minusDays(4), today.plusDays(9), "DFS-OUSG-FO"));
        liaison.createQuery(new LiaisonRegister.NewQuery("UNHCR", "MISSION_ISSUE", "Fuel supply to the humanitarian hub in Bria",
                "MINUSCA", today.minusDays(1), today.plusDays(2), "DFS-LSD"));
        liaison.answerQuery(q1.id(), "Eleven claims settled, three pending medical boards; details sent by note verbale.");
        var p1 = liaison.createPress(new LiaisonRegister.NewPress("Radio Ndeke Luka", "Water supply to the Bangui camps",
                "PRESS", today.minusDays(2), today.plusDays(1), "EXT-DPKO-PAS"));
        liaison.movePress(p1.id(), "WITH_PUBLIC_AFFAIRS", null);
        liaison.createPress(new LiaisonRegister.NewPress("Le Monde", "Environmental footprint of peacekeeping camps",
                "PRESS", today, today.plusDays(3), "EXT-DPKO-PAS"));
        var p3 = liaison.createPress(new LiaisonRegister.NewPress("Department of Global Communications",
                "Campaign: women in field support", "CAMPAIGN", today.minusDays(20), today.minusDays(5), "EXT-DPKO-PAS"));
        liaison.movePress(p3.id(), "WITH_PUBLIC_AFFAIRS", null);
        liaison.movePress(p3.id(), "ANSWERED", "Campaign plan agreed with public affairs; launch on 8 March.");
    }

    private void items(LocalDate today) {
        String[][] routed = {
                {"7.5.b", "MINUSCA", "Death and disability claim for a Bangladeshi engineer", "PM-BGD"},
                {"6.3.a", "UNMISS", "Appointment of national staff in Juba", null},
                {"9.3.a", "UNAMA", "Satellite bandwidth for the Kabul compound", null},
                {"8.3.d", "MONUSCO", "Release of strategic deployment stock kits", null},
                {"8.3.f", "UNMISS", "Aviation safety occurrence at Malakal", null},
                {"7.5.b", "UNMISS", "Reimbursement for the Indian infantry battalion", "PM-IND"},
                {"7.5.b", "UNIFIL", "Verification reports of the Ghanaian battalion", "PM-GHA"}};
        String[] freeText = {"fuel and rations supplies for Bria", "rations contract performance", "fuel storage in Goma",
                "supplies of rations for the Malakal camp", "fuel and rations supplies audit", "fuel for generators",
                "rations quality complaint", "fuel supply contract"};
        int n = 0;
        // 8 waiting for the clerk to confirm a proposed unit
        for (String text : freeText) {
            item(today, n++, null, "MONUSCO", text, null);
        }
        // 52 routed items, moved on to the various states
        for (int i = 0; i < 52; i++) {
            String[] r = routed[i % routed.length];
            CorrespondenceItem item = item(today, n++, r[0], r[1], r[2], r[3]);
            if (item == null) continue;
            int stage = i % 6;
            long id = item.id();
            if (stage >= 1 && stage <= 3) {
                correspondence.draftReply(id, "Draft reply prepared by the unit: the matter is being handled and a full answer follows.");
            }
            if (stage >= 2 && stage <= 3) correspondence.check(id);
            if (stage == 3) correspondence.sign(id);
            if (stage == 4) correspondence.close(id);
        }
    }

    private CorrespondenceItem item(LocalDate today, int n, String attribution, String mission, String subject,
                                    String partner) {
        String classification = n % 11 == 5 ? "STRICTLY_CONFIDENTIAL" : n % 7 == 3 ? "CONFIDENTIAL" : "UNCLASSIFIED";
        LocalDate received = today.minusDays(2 + (n * 3L) % 40);
        LocalDate due = received.plusDays(5 + (n * 7L) % 30);
        try {
            return correspondence.register(new NewCorrespondence(n % 5 == 0 ? "FOR_APPROVAL" : "INCOMING",
                    subject + " (" + (n + 1) + ")", partner == null ? "Mission support, " + mission : partner, partner,
                    received, due, classification, attribution, mission,
                    "STRICTLY_CONFIDENTIAL".equals(classification) ? List.of(USG) : List.of()));
        } catch (RuntimeException e) {
            log.warn("Demo correspondence {} not registered: {}", n, e.getMessage());
            return null;
        }
    }

    private void tasks(LocalDate today) {
        String[][] specs = {
                {"Advice on the global field support strategy, year 2", "ADVICE", "USG", "DFS-OUSG-FO", "DFS-LSD,DFS-FBFD"},
                {"Options for the liquidation of UNIFIL", "DECISION", "USG", "DFS-LSD", "DFS-FBFD,DFS-FPD"},
                {"Vacancy rates in start-up missions", "INFORMATION", "ASG", "DFS-FPD", "DFS-FPOS"},
                {"Fuel shortages in eastern DRC", "ISSUE", "ASG", "DFS-LSD", "DFS-TMS"},
                {"Talking points on COE reimbursement delays", "ADVICE", "USG", "DFS-MCMS", "DFS-FBFD"},
                {"Aviation safety trends for the Security Council briefing", "INFORMATION", "USG", "DFS-ASS", ""},
                {"Support to AU-led peace operations", "ADVICE", "ASG", "DFS-OASG-FO", "DFS-LSD"},
                {"ICT continuity plans for UNAMA", "ISSUE", "ASG", "DFS-ICTD", ""},
                {"Budget performance narrative", "INFORMATION", "USG", "DFS-FBFD", "DFS-BPRS"},
                {"Conduct and discipline statistics for the C-34", "INFORMATION", "ASG", "DFS-CDU", ""},
                {"Rations contract dispute in MINUSCA", "ISSUE", "ASG", "DFS-LSD", "DFS-FPLT"},
                {"Recruitment freeze impact", "ADVICE", "USG", "DFS-FPD", "DFS-FBFD"},
                {"Environmental strategy milestones", "DECISION", "USG", "DFS-LSD", "DFS-ICTD"},
                {"Mission support concept for a new SPM", "ADVICE", "ASG", "DFS-OASG-FO", "DFS-FPD,DFS-LSD"},
                {"Audit recommendations past due", "INFORMATION", "ASG", "DFS-ARBOI", ""}};
        int i = 0;
        for (String[] s : specs) {
            try {
                List<String> contributors = s[4].isEmpty() ? List.of() : List.of(s[4].split(","));
                TaskView t = tasks.create(new TaskBoard.NewTask(s[0], "Please prepare by the due date.", s[1], s[2], s[3],
                        contributors, null, today.plusDays((i * 3L) % 20)));
                if (i % 3 >= 1) {
                    for (String u : contributors) tasks.contribute(t.id(), u, "Contribution of " + u + " to " + s[0] + ".");
                }
                if (i % 3 == 2) {
                    tasks.consolidate(t.id(), "Consolidated answer for the principal on: " + s[0] + ".");
                    if (i % 2 == 0) tasks.clear(t.id());
                }
            } catch (RuntimeException e) {
                log.warn("Demo task {} not created: {}", s[0], e.getMessage());
            }
            i++;
        }
    }

    private void briefings(LocalDate today) {
        var b1 = briefings.request(new BriefingDesk.NewBriefing("Meeting with the Permanent Representative of Bangladesh",
                "Ambassador of Bangladesh", today.plusDays(3), "USG", "en", List.of(
                new BriefingDesk.NewSection("Contingent-owned equipment reimbursement", "DFS-MCMS"),
                new BriefingDesk.NewSection("Deployment and rotation", "DFS-TMS"))));
        fill(b1);
        briefings.assemble(b1.summary().id(), "en");
        var b2 = briefings.request(new BriefingDesk.NewBriefing("Réunion avec l’Union africaine",
                "Commissaire à la paix et à la sécurité", today.plusDays(8), "ASG", "fr", List.of(
                new BriefingDesk.NewSection("Appui logistique aux opérations de l’UA", "DFS-LSD"),
                new BriefingDesk.NewSection("Financement", "DFS-FBFD"))));
        fill(b2);
        briefings.assemble(b2.summary().id(), "fr");
        briefings.request(new BriefingDesk.NewBriefing("Fifth Committee informal consultations", "Fifth Committee members",
                today.plusDays(12), "USG", "en", List.of(
                new BriefingDesk.NewSection("Budget performance", "DFS-FBFD"),
                new BriefingDesk.NewSection("Vacancy rates", "DFS-FPD"))));
    }

    private void fill(BriefingDesk.Detail b) {
        for (var s : b.sections()) {
            briefings.contribute(b.summary().id(), s.id(), "Key points from " + s.unitCode() + " on " + s.heading()
                    + ".\n\nBackground and proposed line to take.");
        }
    }
}
