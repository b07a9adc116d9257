package org.fieldsupport.frontoffice.office.web;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which of the bulletin's attributions the front office's screens and APIs serve (each with its test). */
@Component
class FrontOfficeAttributions implements AttributionFeatureContributor {

    private static final String T = "org.fieldsupport.frontoffice.";
    private static final String CORR_T = T + "correspondence.web.CorrespondenceApiTests";
    private static final String TASK_T = T + "tasking.web.TaskingApiTests";
    private static final String BRIEF_T = T + "briefing.web.BriefingApiTests";
    private static final String LIAISON_T = T + "liaison.web.LiaisonApiTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> s = new ArrayList<>();
        // 4.3.c: correspondence review and tracking, documents for approval (ROUTING-v1)
        both(s, "4.3.c", "frontoffice.feature.correspondence", "/frontoffice/correspondence",
                "/api/v1/frontoffice/correspondence", CORR_T);
        // 4.3.a, 4.3.b, 4.3.d, 5.5.a, 5.5.b: the principal's tasks (advice, decisions, information, issues)
        for (String a : List.of("4.3.a", "4.3.b", "4.3.d", "5.5.a", "5.5.b")) {
            both(s, a, "frontoffice.feature.tasks", "/frontoffice/tasks", "/api/v1/frontoffice/tasks", TASK_T);
        }
        // 4.3.f: mission support problems followed to a solution (tasks of kind ISSUE, queries on mission issues)
        both(s, "4.3.f", "frontoffice.feature.tasks", "/frontoffice/tasks", "/api/v1/frontoffice/tasks", TASK_T);
        // 4.3.j: briefing notes and talking points
        both(s, "4.3.j", "frontoffice.feature.briefings", "/frontoffice/briefings", "/api/v1/frontoffice/briefings", BRIEF_T);
        // 2.1.h, 3.5.d, 4.3.g, 5.5.c: liaison with partners (register, meetings, follow-up actions)
        for (String a : List.of("2.1.h", "3.5.d", "4.3.g", "5.5.c")) {
            both(s, a, "frontoffice.feature.partners", "/frontoffice/partners", "/api/v1/frontoffice/partners", LIAISON_T);
        }
        // 3.3.d: negotiations with Member States and organisations
        both(s, "3.3.d", "frontoffice.feature.negotiations", "/frontoffice/partners", "/api/v1/frontoffice/negotiations", LIAISON_T);
        // 3.3.e, 3.5.b, 4.3.i: queries from Secretariat services, Member States, the Department of Management
        for (String a : List.of("3.3.e", "3.5.b", "4.3.i")) {
            both(s, a, "frontoffice.feature.queries", "/frontoffice/queries", "/api/v1/frontoffice/queries", LIAISON_T);
        }
        // 4.3.h: press and public information with the public affairs contact
        both(s, "4.3.h", "frontoffice.feature.press", "/frontoffice/press", "/api/v1/frontoffice/press", LIAISON_T);
        return s;
    }

    private static void both(List<ServedAttribution> s, String id, String label, String screen, String api, String test) {
        s.add(new ServedAttribution(id, label, screen, ServedAttribution.Kind.SCREEN, test));
        s.add(new ServedAttribution(id, label, api, ServedAttribution.Kind.API, test));
    }
}
