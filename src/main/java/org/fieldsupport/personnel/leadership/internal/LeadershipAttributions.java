package org.fieldsupport.personnel.leadership.internal;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** The attributions senior leadership appointments serve (4.5.a–e, 6.7.e), each with the test proving it. */
@Component
class LeadershipAttributions implements AttributionFeatureContributor {

    private static final String T = "org.fieldsupport.personnel.";
    private static final String API = T + "SeniorLeadershipTests";
    private static final String SCREENS = T + "SeniorLeadershipScreensTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> out = new ArrayList<>();
        both(out, "4.5.a", "leadership.feature.forecast", "/personnel/leadership/forecast",
                "/api/v1/personnel/leadership/forecast");
        both(out, "4.5.b", "leadership.feature.outreach", "/personnel/leadership/outreach",
                "/api/v1/personnel/leadership/campaigns");
        // 4.5.b: self-nomination on the public careers site (applicant account by e-mail confirmation)
        out.add(new ServedAttribution("4.5.b", "leadership.feature.selfNomination", "/careers/leadership",
                ServedAttribution.Kind.SCREEN, T + "SelfNominationTests"));
        out.add(new ServedAttribution("4.5.b", "leadership.feature.selfNomination",
                "/api/v1/careers/leadership-calls/{id}/self-nominations", ServedAttribution.Kind.API, T + "SelfNominationTests"));
        both(out, "4.5.c", "leadership.feature.calls", "/personnel/leadership/calls",
                "/api/v1/personnel/leadership/calls/{id}/nomination-lists");
        both(out, "4.5.d", "leadership.feature.briefing", "/personnel/leadership/calls/{id}",
                "/api/v1/personnel/leadership/calls/{id}/briefing-pack");
        both(out, "4.5.e", "leadership.feature.talent", "/personnel/leadership/talent",
                "/api/v1/personnel/leadership/talent");
        both(out, "6.7.e", "leadership.feature.succession", "/personnel/leadership/forecast",
                "/api/v1/personnel/leadership/calls/{id}");
        return out;
    }

    private static void both(List<ServedAttribution> out, String id, String label, String screen, String api) {
        out.add(new ServedAttribution(id, label, screen, ServedAttribution.Kind.SCREEN, SCREENS));
        out.add(new ServedAttribution(id, label, api, ServedAttribution.Kind.API, API));
    }
}
