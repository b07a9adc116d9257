package org.fieldsupport.platform.workflow;

import java.time.Instant;

/**
 * Published once per executed transition, inside the transaction that made it (listeners run in it, e.g. the
 * work-item inbox closes the record's open items). States are the enum constants' names; {@code scope} is the
 * record's scope ({@code "MISSION:MINUSCA"}); {@code delegationId} is the delegation used, when the transition
 * required one.
 */
public record RecordTransitioned(String recordType, String recordId, String reference, String action,
                                 String from, String to, String actor, Instant at, String note, String scope,
                                 Long delegationId) {
}
