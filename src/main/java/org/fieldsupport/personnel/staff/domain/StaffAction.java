package org.fieldsupport.personnel.staff.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An administrative decision on a staff record, with the delegation it was taken under (ids, root first). */
public record StaffAction(long id, String kind, LocalDate effectiveOn, String detail, String decidedBy,
                          Instant decidedAt, String delegationIds) { }
