package org.fieldsupport.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's arithmetic: {@code hash = SHA-256(previousHash + canonical)}, where {@code canonical} is
 * the record as JSON with keys in alphabetical order, {@code before}/{@code after} as their stored JSON
 * text, and {@code occurredAt} in ISO-8601 UTC at microsecond precision (what both databases keep).
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() { }

    static String hash(JsonMapper canonicalMapper, AuditRecord record) {
        TreeMap<String, Object> content = new TreeMap<>();
        content.put("sequence", record.sequence());
        content.put("occurredAt", record.occurredAt().toString());
        content.put("actor", record.actor());
        content.put("entityType", record.entityType());
        content.put("entityId", record.entityId());
        content.put("action", record.action());
        content.put("before", record.beforeJson());
        content.put("after", record.afterJson());
        content.put("requestId", record.requestId());
        content.put("previousHash", record.previousHash());
        String canonical = canonicalMapper.writeValueAsString(content);
        return sha256(record.previousHash() + canonical);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
