package org.fieldsupport.platform.security.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A platform user as stored in {@code app_user}. */
public record UserAccount(
        Long id, String username, String displayName, String email, String preferredLanguage,
        String passwordHash, boolean enabled, Instant lockedUntil, int failedAttempts,
        boolean passwordChangeRequired, long version,
        String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** What the audit trail records: never the password hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("displayName", displayName);
        view.put("email", email);
        view.put("preferredLanguage", preferredLanguage);
        view.put("enabled", enabled);
        view.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        view.put("passwordChangeRequired", passwordChangeRequired);
        return view;
    }
}
