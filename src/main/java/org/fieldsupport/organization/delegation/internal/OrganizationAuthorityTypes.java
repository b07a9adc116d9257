package org.fieldsupport.organization.delegation.internal;

import java.util.List;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.springframework.stereotype.Component;

/** The authority types the bulletin names; other modules contribute theirs the same way. */
@Component
class OrganizationAuthorityTypes implements AuthorityTypeContributor {

    @Override
    public List<AuthorityType> authorityTypes() {
        return List.of(
                new AuthorityType("PROCUREMENT", "organization", "org.authority.PROCUREMENT", true, false),
                new AuthorityType("RECRUITMENT_APPOINTMENT", "organization", "org.authority.RECRUITMENT_APPOINTMENT",
                        false, true),
                new AuthorityType("BUDGET_REDEPLOYMENT", "organization", "org.authority.BUDGET_REDEPLOYMENT", true, false),
                // allotments of funds: the Controller's budget allotments and COE allotments against an estimate
                new AuthorityType("BUDGET_ALLOTMENT", "organization", "org.authority.BUDGET_ALLOTMENT", true, false),
                new AuthorityType("PROPERTY_WRITE_OFF", "organization", "org.authority.PROPERTY_WRITE_OFF", true, false),
                new AuthorityType("CLAIM_CERTIFICATION", "organization", "org.authority.CLAIM_CERTIFICATION", true, false));
    }
}
