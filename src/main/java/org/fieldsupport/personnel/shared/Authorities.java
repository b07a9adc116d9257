package org.fieldsupport.personnel.shared;

import java.util.stream.Collectors;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.AuthorityDecision;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.DelegationsOfAuthority;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.springframework.stereotype.Component;

/** Personnel decisions under a delegation of authority: checked and logged, refused (422) with the reason. */
@Component
public class Authorities {

    public static final String POST_ESTABLISHMENT = PersonnelAuthorityTypes.POST_ESTABLISHMENT;
    public static final String POST_CLASSIFICATION = PersonnelAuthorityTypes.POST_CLASSIFICATION;
    public static final String RECRUITMENT_APPOINTMENT = "RECRUITMENT_APPOINTMENT";

    private final DelegationsOfAuthority delegations;

    Authorities(DelegationsOfAuthority delegations) {
        this.delegations = delegations;
    }

    /** @return the ids of the delegations used, root first, comma-separated */
    public String require(String user, String authority, String mission, String grade, String purpose,
                          String reference) {
        AuthorityDecision d = delegations.checkAndRecordUse(AuthorityCheck.forGrade(user, authority, mission, grade,
                null), purpose, reference);
        if (d instanceof AuthorityDecision.Refused r) {
            throw new BusinessRuleException(r.messageKey(), r.args().toArray());
        }
        return d.chain().stream().map(DelegationLink::id).map(String::valueOf).collect(Collectors.joining(","));
    }
}
