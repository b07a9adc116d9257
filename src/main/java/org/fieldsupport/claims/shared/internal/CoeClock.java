package org.fieldsupport.claims.shared.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today for inspections, schedules and strength returns: the application's {@link Clock} bean when one exists
 * (none is defined by the platform today), else the system clock in UTC. Date logic is in
 * {@link org.fieldsupport.claims.contingent.domain.ReadinessSchedule} and the services take {@code today} as a parameter
 * where tests need a fixed date.
 */
@Component
public class CoeClock {

    private final Clock clock;

    CoeClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
