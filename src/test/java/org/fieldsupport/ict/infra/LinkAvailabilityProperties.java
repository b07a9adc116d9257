package org.fieldsupport.ict.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fieldsupport.ict.infrastructure.domain.LinkAvailability;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Monthly link availability from outages (QuickTheories): bounds, order and overlap independence. */
class LinkAvailabilityProperties {

    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final Instant START = MONTH.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Instant LATER = START.plusSeconds(86400L * 60);

    static Gen<LinkAvailability.Outage> outages() {
        return Generate.range(-3 * 24 * 60, 33 * 24 * 60).zip(Generate.range(1, 3 * 24 * 60),
                (start, length) -> new LinkAvailability.Outage(START.plusSeconds(start * 60L), START.plusSeconds((start + length) * 60L)));
    }

    @Test
    void availability_stays_within_bounds_and_does_not_depend_on_the_order_or_on_duplicates() {
        qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.lists().of(outages()).ofSizeBetween(0, 10)).checkAssert(list -> {
            LinkAvailability.Month m = LinkAvailability.of(MONTH, list, LATER, new BigDecimal("99.5"));
            assertThat(m.minutes()).isEqualTo(31 * 24 * 60);
            assertThat(m.downMinutes()).isBetween(0L, m.minutes());
            assertThat(m.percent()).isBetween(BigDecimal.ZERO, new BigDecimal("100.000"));
            List<LinkAvailability.Outage> shuffled = new ArrayList<>(list);
            Collections.reverse(shuffled);
            shuffled.addAll(list);
            assertThat(LinkAvailability.of(MONTH, shuffled, LATER, new BigDecimal("99.5"))).isEqualTo(m);
            long sum = list.stream().mapToLong(o -> Math.max(0, java.time.Duration.between(o.start().isBefore(START) ? START : o.start(),
                    o.end().isAfter(START.plusSeconds(31L * 86400)) ? START.plusSeconds(31L * 86400) : o.end()).toMinutes())).sum();
            assertThat(m.downMinutes()).isLessThanOrEqualTo(sum);
            assertThat(m.belowTarget()).isEqualTo(m.percent().compareTo(new BigDecimal("99.5")) < 0);
        });
    }

    @Test
    void an_outage_still_open_counts_until_now_and_the_month_so_far_only() {
        Instant now = START.plusSeconds(10L * 86400);
        LinkAvailability.Month m = LinkAvailability.of(MONTH, List.of(new LinkAvailability.Outage(START.plusSeconds(9L * 86400), null)),
                now, new BigDecimal("99"));
        assertThat(m.minutes()).isEqualTo(10 * 24 * 60);
        assertThat(m.downMinutes()).isEqualTo(24 * 60);
        assertThat(m.percent()).isEqualByComparingTo("90.000");
    }
}
