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

    /**
     * The parties among {@link #partiesOf} the person stands for only as an officer-in-charge that day (the
     * position acted for and its absent holder), each with whom they act for, e.g. {@code DFS-HEAD (Amara Okafor)}.
     */
    default java.util.Map<Party, String> actingParties(String person, LocalDate date) {
        return java.util.Map.of();
    }
}
