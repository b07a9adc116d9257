package org.fieldsupport.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Acting arrangements (5.2.c: the ASG replaces the USG in his absence): who is officer-in-charge of a position on
 * a day. Other modules route a position's work to the acting officer through this; the delegation check already
 * gives the acting officer the absent holder's delegations.
 */
public interface ActingOfficers {

    /** The officer-in-charge of the position on the day (null = today), if an arrangement is in force. */
    Optional<ActingArrangement> actingFor(String positionCode, LocalDate date);

    /**
     * Who receives the work of a position on a day: the officer-in-charge when an arrangement is in force,
     * otherwise the holder; empty when the position is vacant or its holder has no user name. A module opening a
     * work item for a position assigns it to this user.
     */
    Optional<String> userFor(String positionCode, LocalDate date);

    /** The arrangements under which the person (username or index number) acts on the day. */
    List<ActingArrangement> actingAs(String person, LocalDate date);

    /**
     * @param holder the absent holder of the position on the first day (null when the position is vacant)
     */
    record ActingArrangement(long id, String positionCode, PersonSummary actingOfficer, PersonSummary holder,
                             LocalDate validFrom, LocalDate validTo, String reason) { }
}
