package org.fieldsupport.platform.security.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A personal access token as stored: its SHA-256 hash and a short prefix, never the token itself. */
public record PersonalAccessToken(Long id, long userId, String username, String name, String prefix, String hash,
                                  Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** What the audit trail records: name and prefix, never the token or its hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", username);
        view.put("name", name);
        view.put("prefix", prefix);
        view.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        view.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return view;
    }
}
