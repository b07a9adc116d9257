package org.fieldsupport.organization.delegation.domain;

import java.util.Locale;

/**
 * Why an authority check or a delegation change is refused. Each reason has a message key
 * {@code org.delegation.refused.<name in lower case>} in the organisation bundles; the refusal's
 * arguments fill its placeholders.
 *
 * <p>The order of the check reasons matters: when several delegations could have applied and all
 * refuse, the reported reason is the one that came closest to an allowance (latest in this order).
 */
public enum RefusalReason {
    // authority checks, in the order they are examined for one chain
    NO_DELEGATION,
    REVOKED,
    SUSPENDED,
    NOT_YET_VALID,
    EXPIRED,
    NOT_ACKNOWLEDGED,
    CHAIN_BROKEN,
    OUTSIDE_MISSION_SCOPE,
    CURRENCY_MISMATCH,
    ABOVE_LIMIT,
    UNKNOWN_GRADE,
    ABOVE_GRADE,
    // creating or changing a delegation
    INVALID_DELEGATION,
    UNKNOWN_AUTHORITY,
    UNKNOWN_PARENT,
    UNKNOWN_POSITION,
    UNKNOWN_PERSON,
    UNKNOWN_MISSION,
    UNKNOWN_CURRENCY,
    NO_LIMIT,
    ROOT_DELEGATOR_NOT_POSITION,
    SELF_DELEGATION,
    PARENT_NOT_SUB_DELEGABLE,
    PARENT_NOT_ACTIVE,
    PARENT_NOT_ACKNOWLEDGED,
    DELEGATOR_NOT_PARENT_DELEGATEE,
    AUTHORITY_DIFFERS_FROM_PARENT,
    WIDER_LIMIT_THAN_PARENT,
    CURRENCY_DIFFERS_FROM_PARENT,
    WIDER_GRADE_THAN_PARENT,
    WIDER_MISSION_SCOPE_THAN_PARENT,
    WIDER_VALIDITY_THAN_PARENT,
    ALREADY_ACKNOWLEDGED,
    NOT_ACKNOWLEDGEABLE,
    NOT_SUSPENDABLE,
    NOT_REINSTATABLE,
    ALREADY_REVOKED,
    REASON_REQUIRED;

    public String messageKey() {
        return "org.delegation.refused." + name().toLowerCase(Locale.ROOT);
    }
}
