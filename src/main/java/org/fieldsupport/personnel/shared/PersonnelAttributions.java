package org.fieldsupport.personnel.shared;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which of the bulletin's attributions the personnel screens and APIs serve (each with the test proving it). */
@Component
class PersonnelAttributions implements AttributionFeatureContributor {

    private static final String T = "org.fieldsupport.personnel.";
    private static final String POSTS = T + "StaffingTableTests";
    private static final String STAFF = T + "StaffAdministrationTests";
    private static final String RR = T + "RestAndRecuperationTests";
    private static final String HR = T + "HrDataTests";
    private static final String SCREENS = T + "PersonnelScreensTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> out = new ArrayList<>();
        both(out, "2.1.c", "personnel.feature.staff", "/personnel/staff", "/api/v1/personnel/staff", STAFF);
        both(out, "3.3.c", "personnel.feature.staff", "/personnel/staff", "/api/v1/personnel/staff", STAFF);
        both(out, "5.5.d", "personnel.feature.rr", "/personnel/rr", "/api/v1/personnel/rr/cycles", RR);
        both(out, "6.3.a", "personnel.feature.staff", "/personnel/staff", "/api/v1/personnel/staff", STAFF);
        both(out, "6.3.b", "personnel.feature.review", "/personnel/staff", "/api/v1/personnel/staff/{id}/review", STAFF);
        both(out, "6.3.c", "personnel.feature.letters", "/personnel/staff", "/api/v1/personnel/staff/{id}/letter", STAFF);
        both(out, "6.5.a", "personnel.feature.guidance", "/personnel/guidance", "/api/v1/personnel/guidance", HR);
        both(out, "6.5.b", "personnel.feature.structures", "/personnel/structures", "/api/v1/personnel/structure-templates", POSTS);
        both(out, "6.5.c", "personnel.feature.classification", "/personnel/post-requests", "/api/v1/personnel/post-requests", POSTS);
        both(out, "6.5.d", "personnel.feature.guidance", "/personnel/guidance", "/api/v1/personnel/guidance", HR);
        both(out, "6.5.e", "personnel.feature.posts", "/personnel/posts", "/api/v1/personnel/posts", POSTS);
        both(out, "6.5.f", "personnel.feature.structures", "/personnel/structures", "/api/v1/personnel/structure-templates/{code}/apply", POSTS);
        both(out, "6.5.g", "personnel.feature.guidance", "/personnel/guidance", "/api/v1/personnel/guidance", HR);
        both(out, "6.6.a", "personnel.feature.qa", "/personnel/self-assessments", "/api/v1/personnel/self-assessments", HR);
        both(out, "6.6.b", "personnel.feature.qa", "/personnel/self-assessments", "/api/v1/personnel/self-assessments", HR);
        both(out, "6.6.c", "personnel.feature.indicators", "/personnel/indicators", "/api/v1/personnel/indicators", HR);
        both(out, "6.6.d", "personnel.feature.import", "/personnel/posts", "/api/v1/personnel/posts/import", POSTS);
        both(out, "6.6.e", "personnel.feature.files", "/personnel/staff", "/api/v1/personnel/staff/{id}/file", HR);
        both(out, "6.6.f", "personnel.feature.guidance", "/personnel/guidance", "/api/v1/personnel/guidance", HR);
        return out;
    }

    private static void both(List<ServedAttribution> out, String id, String label, String screen, String api, String test) {
        out.add(new ServedAttribution(id, label, screen, ServedAttribution.Kind.SCREEN, SCREENS));
        out.add(new ServedAttribution(id, label, api, ServedAttribution.Kind.API, test));
    }
}
