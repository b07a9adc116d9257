package org.fieldsupport.platform.security;

import java.util.List;

/**
 * A module declares the addresses (API and screens) that only the Secretariat's staff may call, whatever lists or
 * pages behind them would show: internal registers, budgets, oversight, staff data. The security configuration
 * refuses them (403) before any controller runs to a caller who is not staff in the sense of
 * {@link AccessPolicy#currentUserIsStaff()} (no role held today outside a Member State scope): a Member State portal
 * user, or a signed-in user without any role. Staff still get only what their permissions and scopes show.
 * <p>
 * Patterns are Spring path patterns ({@code /api/v1/budget/**}); list a family, not single pages, so a new page of
 * the family is covered from the start. Issue 9, access review of session 3
 * (docs/decisions/2026-12-05-access-review-s3.md).
 */
public interface StaffOnlyPaths {

    /** The module's staff-only path patterns, every HTTP method. */
    List<String> staffOnlyPaths();

    /**
     * Addresses inside those families that any signed-in user may still call because the record is their own matter
     * (e.g. the holder of a delegation acknowledging it: a delegatee need not hold any role). The module's own
     * permission and scope checks still decide; only the blanket staff rule is lifted. Default: none.
     */
    default List<String> openToAnySignedInUser() {
        return List.of();
    }
}
