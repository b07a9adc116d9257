package org.fieldsupport.guidance.library.web;

import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.organization.AttributionFeatureContributor;
import org.springframework.stereotype.Component;

/** Which attributions guidance and training serve (each with its test). */
@Component
class GuidanceAttributions implements AttributionFeatureContributor {

    private static final String POLICY_T = "org.fieldsupport.guidance.library.web.PolicyLibraryApiTests";
    private static final String TRAINING_T = "org.fieldsupport.guidance.training.web.TrainingApiTests";

    @Override
    public List<ServedAttribution> servedAttributions() {
        List<ServedAttribution> s = new ArrayList<>();
        // 2.4.g, 3.3.b, 3.5.e, 5.2.a: policies, procedures and guidelines — versions, approval, dissemination, acknowledgement
        for (String a : List.of("2.4.g", "3.3.b", "3.5.e", "5.2.a")) {
            s.add(new ServedAttribution(a, "guidance.feature.library", "/guidance/policies", ServedAttribution.Kind.SCREEN, POLICY_T));
            s.add(new ServedAttribution(a, "guidance.feature.library", "/api/v1/guidance/policies", ServedAttribution.Kind.API, POLICY_T));
        }
        // 8.3.g, 8.5.g: training programmes and courses
        for (String a : List.of("8.3.g", "8.5.g")) {
            s.add(new ServedAttribution(a, "guidance.feature.training", "/guidance/training", ServedAttribution.Kind.SCREEN, TRAINING_T));
            s.add(new ServedAttribution(a, "guidance.feature.training", "/api/v1/guidance/training/courses", ServedAttribution.Kind.API, TRAINING_T));
        }
        return s;
    }
}
