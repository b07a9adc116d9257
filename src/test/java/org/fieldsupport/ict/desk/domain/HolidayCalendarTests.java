package org.fieldsupport.ict.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.ict.desk.domain.SlaClock.Event;
import org.fieldsupport.ict.desk.domain.SlaClock.Kind;
import org.fieldsupport.ict.desk.domain.SlaClock.Result;
import org.fieldsupport.ict.desk.domain.SupportCalendar.Hours;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * ICT-SLA-2026-v2 with the desk's public holidays, and desk settings changing over time ({@link EffectiveCalendar}):
 * exact examples in Bangui (UTC+1 all year) and properties. P2 targets: response 60 min, resolution 480 min.
 */
class HolidayCalendarTests {

    static final ZoneId BANGUI = ZoneId.of("Africa/Bangui");
    static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 12, 1); // Tuesday
    static final SupportCalendar BUSINESS = SupportCalendar.of(Hours.BUSINESS_HOURS, BANGUI);
    static final SupportCalendar WITH_HOLIDAY = BUSINESS.withHolidays(List.of(NATIONAL_DAY));
    static final Map<Priority, SlaClock.Target> TARGETS = SlaClockProperties.targets();
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    static Instant at(String utc) { return Instant.parse(utc); }

    @Test
    void aPublicHolidayStopsTheClockForTheWholeDay() {
        // opened Monday 30 November 16:00 Bangui (15:00Z); Tuesday 1 December is National Day; now Wednesday 10:00 Bangui
        List<Event> ev = List.of(new Event(at("2026-11-30T15:00:00Z"), Kind.OPENED, Priority.P2));
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-02T09:00:00Z"), WITH_HOLIDAY);
        assertThat(r.running()).isEqualTo(Duration.ofMinutes(60 + 120));        // Mon 16–17, Wed 08–10
        assertThat(r.responseDueAt()).isEqualTo(at("2026-11-30T16:00:00Z"));   // Monday 17:00
        assertThat(r.resolutionDueAt()).isEqualTo(at("2026-12-02T14:00:00Z")); // 300 min left: Wednesday 15:00
        // without the holiday the same ticket has run 9 hours more and is breached
        Result without = SlaClock.compute(ev, TARGETS, at("2026-12-02T09:00:00Z"), BUSINESS);
        assertThat(without.running()).isEqualTo(Duration.ofMinutes(60 + 540 + 120));
        assertThat(without.resolutionBreached()).isTrue();
        assertThat(r.resolutionBreached()).isFalse();
    }

    @Test
    void holidaysAreDatesInTheDesksZoneAndTwentyFourSevenIgnoresThem() {
        assertThat(WITH_HOLIDAY.between(at("2026-11-30T23:00:00Z"), at("2026-12-01T23:00:00Z"))).isZero(); // all of 1 Dec Bangui
        assertThat(WITH_HOLIDAY.supportDay(NATIONAL_DAY)).isFalse();
        assertThat(WITH_HOLIDAY.supportDay(NATIONAL_DAY.plusDays(1))).isTrue();
        assertThat(SupportCalendar.of(Hours.ALWAYS, BANGUI, List.of(NATIONAL_DAY))).isSameAs(SupportCalendar.ALWAYS);
        assertThat(SupportCalendar.of(Hours.EXTENDED, BANGUI, List.of(LocalDate.of(2026, 12, 5)))  // a Saturday holiday
                .between(at("2026-12-05T06:00:00Z"), at("2026-12-05T18:00:00Z"))).isZero();
    }

    @Test
    void aSettingsChangeAppliesFromWhenItWasSavedAndNeverRecountsThePast() {
        // the holiday is added on Tuesday 1 December at 12:00 Bangui (11:00Z), the day itself
        Instant saved = at("2026-12-01T11:00:00Z");
        SupportTime cal = EffectiveCalendar.of(List.of(new EffectiveCalendar.Version(Instant.EPOCH, BUSINESS),
                new EffectiveCalendar.Version(saved, WITH_HOLIDAY)));
        List<Event> ev = List.of(new Event(at("2026-11-30T15:00:00Z"), Kind.OPENED, Priority.P2));
        // Tuesday 08:00–12:00 was counted before the change and stays counted; the afternoon is the holiday
        Result r = SlaClock.compute(ev, TARGETS, at("2026-12-02T09:00:00Z"), cal);
        assertThat(r.running()).isEqualTo(Duration.ofMinutes(60 + 240 + 120));
        // a ticket breached before a change stays breached: opened 24 November, breached on the 25th
        List<Event> old = List.of(new Event(at("2026-11-24T07:00:00Z"), Kind.OPENED, Priority.P2));
        SupportTime laterHoliday = EffectiveCalendar.of(List.of(new EffectiveCalendar.Version(Instant.EPOCH, BUSINESS),
                new EffectiveCalendar.Version(saved, BUSINESS.withHolidays(List.of(LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 25))))));
        assertThat(SlaClock.compute(old, TARGETS, at("2026-12-02T09:00:00Z"), laterHoliday).resolutionBreached()).isTrue();
        // a zone change counts the later stretch in the new zone
        SupportTime moved = EffectiveCalendar.of(List.of(new EffectiveCalendar.Version(Instant.EPOCH, BUSINESS),
                new EffectiveCalendar.Version(at("2026-12-07T00:00:00Z"), SupportCalendar.of(Hours.BUSINESS_HOURS, ZoneId.of("UTC")))));
        assertThat(moved.between(at("2026-12-04T15:00:00Z"), at("2026-12-07T10:00:00Z")))
                .isEqualTo(Duration.ofMinutes(60 + 120)); // Fri 16–17 Bangui, Mon 08–10 UTC
    }

    /** A few holidays among the first 120 days of 2026. */
    static Gen<Set<LocalDate>> holidays() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, 130)).ofSizeBetween(0, 12)
                .map(days -> {
                    Set<LocalDate> s = new TreeSet<>();
                    days.forEach(d -> s.add(LocalDate.of(2026, 1, 1).plusDays(d)));
                    return s;
                });
    }

    @Test
    void noSupportTimeIsCountedOnAHolidayAndMoreHolidaysNeverCountMore() {
        qt().withExamples(300).forAll(holidays(), SourceDSL.integers().between(0, 60 * 24 * 100),
                        SourceDSL.integers().between(1, 60 * 24 * 20))
                .checkAssert((h, offset, length) -> {
                    Instant from = START.plus(Duration.ofMinutes(offset));
                    Instant to = from.plus(Duration.ofMinutes(length));
                    SupportCalendar cal = BUSINESS.withHolidays(h);
                    assertThat(cal.between(from, to)).isLessThanOrEqualTo(BUSINESS.between(from, to));
                    for (LocalDate d : h) {
                        Instant dayStart = d.atStartOfDay(BANGUI).toInstant();
                        assertThat(cal.between(dayStart, d.plusDays(1).atStartOfDay(BANGUI).toInstant())).isZero();
                    }
                    // additivity at any split point
                    Instant mid = from.plus(Duration.ofMinutes(length / 2));
                    assertThat(cal.between(from, mid).plus(cal.between(mid, to))).isEqualTo(cal.between(from, to));
                });
    }

    @Test
    void plusIsTheInverseOfBetweenWithHolidaysAndDueTimesNeverFallOnAHoliday() {
        qt().withExamples(300).forAll(holidays(), SourceDSL.integers().between(0, 60 * 24 * 100),
                        SourceDSL.integers().between(1, 60 * 24 * 10))
                .checkAssert((h, offset, minutes) -> {
                    SupportCalendar cal = BUSINESS.withHolidays(h);
                    Instant from = START.plus(Duration.ofMinutes(offset));
                    Instant due = cal.plus(from, Duration.ofMinutes(minutes));
                    assertThat(cal.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
                    assertThat(cal.between(from, due.minusSeconds(60))).isLessThan(Duration.ofMinutes(minutes));
                    assertThat(h).doesNotContain(due.atZone(BANGUI).toLocalDate());
                });
    }

    @Test
    void anEffectiveCalendarCountsEachStretchInTheVersionThenInForce() {
        qt().withExamples(300).forAll(holidays(), SourceDSL.integers().between(0, 60 * 24 * 100),
                        SourceDSL.integers().between(0, 60 * 24 * 100), SourceDSL.integers().between(1, 60 * 24 * 20))
                .checkAssert((h, change, offset, length) -> {
                    Instant saved = START.plus(Duration.ofMinutes(change));
                    SupportCalendar after = BUSINESS.withHolidays(h);
                    SupportTime cal = EffectiveCalendar.of(List.of(new EffectiveCalendar.Version(START, BUSINESS),
                            new EffectiveCalendar.Version(saved, after)));
                    Instant from = START.plus(Duration.ofMinutes(offset));
                    Instant to = from.plus(Duration.ofMinutes(length));
                    Instant cut = saved.isBefore(from) ? from : saved.isAfter(to) ? to : saved;
                    // before the change as the old settings count, after it as the new ones
                    assertThat(cal.between(from, to)).isEqualTo(BUSINESS.between(from, cut).plus(after.between(cut, to)));
                    // time counted before a change is never recounted: what ran up to the change is the old figure
                    if (!saved.isBefore(from)) {
                        assertThat(cal.between(from, saved)).isEqualTo(BUSINESS.between(from, saved));
                    }
                    // and plus stays the inverse of between across the change
                    Duration amount = Duration.ofMinutes(1 + length % (60 * 24 * 5));
                    Instant due = cal.plus(from, amount);
                    assertThat(cal.between(from, due)).isEqualTo(amount);
                    assertThat(cal.between(from, due.minusSeconds(60))).isLessThan(amount);
                });
    }

    @Test
    void aSingleVersionIsTheCalendarItself() {
        assertThat(EffectiveCalendar.of(List.of(new EffectiveCalendar.Version(START, WITH_HOLIDAY)))).isSameAs(WITH_HOLIDAY);
    }
}
