package org.fieldsupport.personnel.shared;

import java.util.List;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.springframework.stereotype.Component;

/**
 * Authority types of the personnel decisions the organisation does not already have. Appointments, extensions
 * and separations use the organisation's {@code RECRUITMENT_APPOINTMENT} (grade-limited); posts need their own.
 */
@Component
class PersonnelAuthorityTypes implements AuthorityTypeContributor {

    /** Creation, abolition and redeployment of posts (grade-limited: up to the grade of the post). */
    public static final String POST_ESTABLISHMENT = "POST_ESTABLISHMENT";
    /** Classification and reclassification of posts (grade-limited). */
    public static final String POST_CLASSIFICATION = "POST_CLASSIFICATION";

    @Override
    public List<AuthorityType> authorityTypes() {
        return List.of(
                new AuthorityType(POST_ESTABLISHMENT, "personnel", "personnel.authority.POST_ESTABLISHMENT", false, true),
                new AuthorityType(POST_CLASSIFICATION, "personnel", "personnel.authority.POST_CLASSIFICATION", false, true));
    }
}
