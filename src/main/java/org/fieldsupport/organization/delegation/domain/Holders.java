package org.fieldsupport.organization.delegation.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: the parties a person stands for on a date: the person under each of their identifiers
 * (username, index number) and every position they hold (incumbency) that day. Implemented on top
 * of the organisation structure.
 */
public interface Holders {

    Set<Party> partiesOf(String person, LocalDate date);
}
