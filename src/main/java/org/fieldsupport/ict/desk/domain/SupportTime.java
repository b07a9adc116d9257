package org.fieldsupport.ict.desk.domain;

import java.time.Duration;
import java.time.Instant;

/** What an SLA clock counts in: support time between two instants, and the instant an amount of it has run. */
public interface SupportTime {

    /** Support time between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);

    /** The instant at which {@code amount} of support time has run from {@code from} (the clock running throughout). */
    Instant plus(Instant from, Duration amount);
}
