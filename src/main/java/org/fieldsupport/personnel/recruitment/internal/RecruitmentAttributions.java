package org.fieldsupport.personnel.recruitment.internal;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which of the bulletin's attributions recruitment, rosters, outreach and careers serve (with the proving test). */
@Component
class RecruitmentAttributions implements AttributionFeatureContributor {

    private static final String T = "org.fieldsupport.personnel.";
    private static final String PIPELINE = T + "RecruitmentPipelineTests";
    private static final String OUTREACH = T + "RecruitmentOutreachTests";
    private static final String SCREENS = T + "RecruitmentScreensTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> out = new ArrayList<>();
        // 6.7.a: strategies to recruit highly qualified rostered candidates, with attention to women
        both(out, "6.7.a", "recruitment.feature.outreach", "/personnel/outreach/campaigns",
                "/api/v1/personnel/outreach/campaigns", OUTREACH);
        both(out, "6.7.a", "recruitment.feature.openings", "/personnel/recruitment/openings",
                "/api/v1/personnel/recruitment/openings", PIPELINE);
        // 6.7.b: the rosters of pre-approved candidates
        both(out, "6.7.b", "recruitment.feature.rosters", "/personnel/rosters", "/api/v1/personnel/rosters", PIPELINE);
        // 6.7.c: outreach to Member States, regional organisations, partners, networks, UN entities
        both(out, "6.7.c", "recruitment.feature.outreach", "/personnel/outreach/campaigns",
                "/api/v1/personnel/outreach/campaigns", OUTREACH);
        // 6.7.d: career-management strategies, plans and tools for staff of peace operations
        both(out, "6.7.d", "recruitment.feature.careers", "/personnel/careers/plans", "/api/v1/personnel/careers/plans",
                OUTREACH);
        return out;
    }

    private static void both(List<ServedAttribution> out, String id, String label, String screen, String api, String test) {
        out.add(new ServedAttribution(id, label, screen, ServedAttribution.Kind.SCREEN, SCREENS));
        out.add(new ServedAttribution(id, label, api, ServedAttribution.Kind.API, test));
    }
}
