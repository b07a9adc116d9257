package org.fieldsupport.support;

import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;

/**
 * A "reader" of the organisation tests: a staff member who holds no organisation permission. Since the access review of
 * session 3 (docs/decisions/2026-12-05-access-review-s3.md), a signed-in user holding no role at all is not staff and is
 * refused the organisation's addresses (403), like a Member State user; so the reader holds one harmless role (the
 * reporting dashboard's reader) at department scope.
 */
public final class StaffReaders {

    private StaffReaders() {
    }

    public static void ensure(UserDirectory directory, String username) {
        directory.ensureUser(username, "Staff reader (test)", null, "en", username + "-test");
        directory.ensureRoleAssignment(username, "DASHBOARD_READER", Scope.department());
    }
}
