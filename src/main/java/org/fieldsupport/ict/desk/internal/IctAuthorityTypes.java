package org.fieldsupport.ict.desk.internal;

import java.util.List;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.springframework.stereotype.Component;

/**
 * Approving a change to an ICT service in a mission is exercised under a delegation of authority (issue 18): the
 * organisation's register says who holds it, for which missions and until when, and logs every use. No amount, no
 * grade: the delegation's missions are the limit. Granting an exception to a technology standard likewise (session 5).
 */
@Component
class IctAuthorityTypes implements AuthorityTypeContributor {

    public static final String CHANGE_APPROVAL = "ICT_CHANGE_APPROVAL";

    /** Granting an exception to a technology standard ({@code Standards.AUTHORITY}), by the requesting mission. */
    public static final String STANDARDS_EXCEPTION = "ICT_STANDARDS_EXCEPTION";

    @Override
    public List<AuthorityType> authorityTypes() {
        return List.of(new AuthorityType(CHANGE_APPROVAL, "ict", "ict.authority.ICT_CHANGE_APPROVAL", false, false),
                new AuthorityType(STANDARDS_EXCEPTION, "ict", "ict.authority.ICT_STANDARDS_EXCEPTION", false, false));
    }
}
