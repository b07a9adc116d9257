package org.fieldsupport.personnel.leadership.internal;

import java.util.List;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.springframework.stereotype.Component;

/** The selection of a head or deputy head of mission is exercised under its own delegation (grade-limited). */
@Component
class LeadershipAuthorityTypes implements AuthorityTypeContributor {

    public static final String SENIOR_LEADERSHIP_SELECTION = "SENIOR_LEADERSHIP_SELECTION";

    @Override
    public List<AuthorityType> authorityTypes() {
        return List.of(new AuthorityType(SENIOR_LEADERSHIP_SELECTION, "personnel",
                "leadership.authority.SENIOR_LEADERSHIP_SELECTION", false, true));
    }
}
