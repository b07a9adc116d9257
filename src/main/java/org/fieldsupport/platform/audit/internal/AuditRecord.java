package org.fieldsupport.platform.audit.internal;

import java.time.Instant;

/** One stored audit record, as read from audit_record. */
public record AuditRecord(long id, long sequence, Instant occurredAt, String actor, String entityType,
                          String entityId, String action, String beforeJson, String afterJson, String requestId,
                          String previousHash, String recordHash) { }
