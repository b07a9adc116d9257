package org.fieldsupport.ict.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fieldsupport.ict.desk.domain.SlaClock.Event;
import org.fieldsupport.ict.desk.domain.SlaClock.Kind;
import org.fieldsupport.ict.desk.domain.SlaClock.Result;
import org.fieldsupport.ict.desk.domain.SlaClock.State;
import org.fieldsupport.ict.desk.domain.SupportCalendar.Hours;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * ICT-SLA-2026-v2: clocks counted in the service's support hours, with exact timestamps. Bangui is UTC+1 all year;
 * Belgrade moves to UTC+2 on 29 March 2026. P2 targets: response 60 min, resolution 480 min.
 */
class SupportHoursClockTests {

    static final ZoneId BANGUI = ZoneId.of("Africa/Bangui");
    static final SupportCalendar BUSINESS = SupportCalendar.of(Hours.BUSINESS_HOURS, BANGUI);
    static final Map<Priority, SlaClock.Target> TARGETS = SlaClockProperties.targets();

    static Instant at(String utc) { return Instant.parse(utc); }

    @Test
    void businessHoursCountOnlyWeekdaysEightToFiveLocal() {
        // opened Friday 4 December 2026 16:00 in Bangui (15:00Z), nobody answers until Monday 10:00 Bangui (09:00Z)
        List<Event> ev = List.of(new Event(at("2026-12-04T15:00:00Z"), Kind.OPENED, Priority.P2));
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-07T09:00:00Z"), BUSINESS);
        assertThat(r.running()).isEqualTo(Duration.ofMinutes(60 + 120)); // Fri 16–17, Mon 08–10
        assertThat(r.response()).isEqualTo(Duration.ofMinutes(180));
        assertThat(r.responseBreached()).isTrue();
        assertThat(r.responseDueAt()).isEqualTo(at("2026-12-04T16:00:00Z")); // Friday 17:00 Bangui
        assertThat(r.resolutionBreached()).isFalse();
        assertThat(r.resolutionDueAt()).isEqualTo(at("2026-12-07T14:00:00Z")); // 300 min left: Monday 15:00 Bangui
    }

    @Test
    void theSameTicketOnATwentyFourSevenServiceCountsEveryMinute() {
        List<Event> ev = List.of(new Event(at("2026-12-04T15:00:00Z"), Kind.OPENED, Priority.P2));
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-07T09:00:00Z"),
                SupportCalendar.of(Hours.ALWAYS, BANGUI));
        assertThat(r.running()).isEqualTo(Duration.ofHours(66));
        assertThat(r.resolutionBreached()).isTrue();
        assertThat(r.responseDueAt()).isEqualTo(at("2026-12-04T16:00:00Z"));
        // and it is exactly what ICT-SLA-2026-v1 gives
        assertThat(r).isEqualTo(SlaClock.compute(ev, TARGETS, at("2026-12-07T09:00:00Z")));
    }

    @Test
    void waitingOnTheRequesterPausesInsideSupportHoursOnly() {
        List<Event> ev = List.of(
                new Event(at("2026-12-07T08:00:00Z"), Kind.OPENED, Priority.P2),      // Mon 09:00 Bangui
                Event.of(at("2026-12-07T09:00:00Z"), Kind.WAITING),                   // Mon 10:00: asks the requester
                Event.of(at("2026-12-08T08:00:00Z"), Kind.RESUMED));                  // Tue 09:00: answer received
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-08T10:00:00Z"), BUSINESS); // Tue 11:00
        assertThat(r.state()).isEqualTo(State.RUNNING);
        assertThat(r.respondedAt()).isEqualTo(at("2026-12-07T09:00:00Z"));
        assertThat(r.response()).isEqualTo(Duration.ofMinutes(60));
        assertThat(r.responseBreached()).isFalse();
        assertThat(r.running()).isEqualTo(Duration.ofMinutes(60 + 120));
        assertThat(r.paused()).isEqualTo(Duration.ofMinutes(420 + 60)); // Mon 10–17, Tue 08–09
        assertThat(r.resolutionDueAt()).isEqualTo(at("2026-12-08T15:00:00Z")); // 300 min after Tue 11:00 → 16:00 Bangui
    }

    @Test
    void aTicketOpenedAtTheWeekendStartsItsClockOnMondayMorning() {
        List<Event> ev = List.of(new Event(at("2026-12-05T11:00:00Z"), Kind.OPENED, Priority.P2)); // Sat 12:00
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-06T20:00:00Z"), BUSINESS);           // Sun 21:00
        assertThat(r.running()).isZero();
        assertThat(r.responseDueAt()).isEqualTo(at("2026-12-07T08:00:00Z"));   // Mon 09:00 Bangui
        assertThat(r.resolutionDueAt()).isEqualTo(at("2026-12-07T15:00:00Z")); // Mon 16:00 Bangui
    }

    @Test
    void extendedHoursAndADaylightSavingChange() {
        SupportCalendar belgrade = SupportCalendar.of(Hours.BUSINESS_HOURS, ZoneId.of("Europe/Belgrade"));
        // Friday 27 March 2026 16:00 CET (15:00Z) to Monday 30 March 09:00 CEST (07:00Z): 60 + 60 minutes
        assertThat(belgrade.between(at("2026-03-27T15:00:00Z"), at("2026-03-30T07:00:00Z")))
                .isEqualTo(Duration.ofMinutes(120));
        SupportCalendar extended = SupportCalendar.of(Hours.EXTENDED, BANGUI);
        // Saturday counts 07:00–19:00, Sunday does not: Sat 12:00 Bangui → Mon 08:00 Bangui = 7 h + 1 h
        assertThat(extended.between(at("2026-12-05T11:00:00Z"), at("2026-12-07T07:00:00Z")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void ticketsRecordedUnderV1KeepCountingEveryMinute() {
        assertThat(SlaClock.calendar(SlaClock.RULE_SET, BUSINESS)).isSameAs(SupportCalendar.ALWAYS);
        assertThat(SlaClock.calendar(SlaClock.RULE_SET_V2, BUSINESS)).isSameAs(BUSINESS);
        assertThat(SupportCalendar.of("NOT-A-VALUE", BANGUI)).isSameAs(SupportCalendar.ALWAYS);
    }

    @Test
    void plusIsTheInverseOfBetweenInsideSupportHours() {
        Instant start = at("2026-01-01T00:00:00Z");
        qt().withExamples(500).forAll(SourceDSL.integers().between(0, 60 * 24 * 120),
                        SourceDSL.integers().between(1, 60 * 24 * 30))
                .checkAssert((offset, minutes) -> {
                    Instant from = start.plus(Duration.ofMinutes(offset));
                    Instant due = BUSINESS.plus(from, Duration.ofMinutes(minutes));
                    assertThat(BUSINESS.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
                    assertThat(BUSINESS.between(from, due.minusSeconds(60)))
                            .isLessThan(Duration.ofMinutes(minutes));
                });
    }
}
