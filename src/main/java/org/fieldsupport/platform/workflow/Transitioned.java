package org.fieldsupport.platform.workflow;

import java.time.Instant;

/** The result of a transition: the move, who made it when, the record's new version, the delegation used. */
public record Transitioned<S extends Enum<S>>(String action, S from, S to, String actor, Instant at,
                                              long version, String note, Long delegationId, String delegationChain) {
}
