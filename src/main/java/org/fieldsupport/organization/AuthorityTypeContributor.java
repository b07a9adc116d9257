package org.fieldsupport.organization;

import java.util.List;

/**
 * How a module adds the authority types its approvals need to the delegation register (authority
 * types are data, not an enum). Register a bean; at start-up the register adds the types it does not
 * know yet. The organisation module itself contributes the types of the bulletin (procurement,
 * recruitment/appointment, budget redeployment, property write-off, claim certification).
 */
public interface AuthorityTypeContributor {

    List<AuthorityType> authorityTypes();

    /**
     * @param code         upper-case code, e.g. {@code CLAIM_CERTIFICATION}
     * @param module       contributing module, e.g. {@code claims}
     * @param labelKey     message key of its name
     * @param monetary     delegations of this type usually carry a monetary limit
     * @param gradeLimited delegations of this type usually carry a grade limit
     */
    record AuthorityType(String code, String module, String labelKey, boolean monetary, boolean gradeLimited) { }
}
