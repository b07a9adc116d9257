package org.fieldsupport.personnel.recruitment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The time recruitment decides with (posting windows, experience as of today): the system clock, UTC. */
@Component
public class RecruitmentClock {

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
