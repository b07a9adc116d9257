package org.fieldsupport.ict.desk.internal;

import java.util.List;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.springframework.stereotype.Component;

/**
 * Approving a change to an ICT service in a mission is exercised under a delegation of authority (issue 18): the
 * organisation's register says who holds it, for which missions and until when, and logs every use. No amount, no
 * grade: the delegation's missions are the limit.
 */
@Component
class IctAuthorityTypes implements AuthorityTypeContributor {

    public static final String CHANGE_APPROVAL = "ICT_CHANGE_APPROVAL";

    @Override
    public List<AuthorityType> authorityTypes() {
        return List.of(new AuthorityType(CHANGE_APPROVAL, "ict", "ict.authority.ICT_CHANGE_APPROVAL", false, false));
    }
}
