package org.fieldsupport.ict.infrastructure.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A link's availability in a calendar month (UTC) from its recorded outages: the minutes of the month (up to
 * {@code asOf} when the month is not over) less the minutes covered by at least one outage (overlapping outages are
 * counted once; an outage not yet ended lasts until {@code asOf}), as a percentage with three decimals. Pure.
 */
public final class LinkAvailability {

    private LinkAvailability() { }

    public record Outage(Instant start, Instant end) { }

    public record Month(YearMonth month, long minutes, long downMinutes, BigDecimal percent, boolean belowTarget) { }

    public static Month of(YearMonth month, List<Outage> outages, Instant asOf, BigDecimal targetPercent) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (asOf.isBefore(to)) {
            to = asOf.isBefore(from) ? from : asOf;
        }
        long minutes = Duration.between(from, to).toMinutes();
        List<Outage> clipped = new ArrayList<>();
        for (Outage o : outages) {
            Instant s = o.start().isBefore(from) ? from : o.start();
            Instant e = o.end() == null || o.end().isAfter(to) ? to : o.end();
            if (o.end() == null && asOf.isBefore(e)) {
                e = asOf.isBefore(s) ? s : asOf;
            }
            if (e.isAfter(s)) {
                clipped.add(new Outage(s, e));
            }
        }
        clipped.sort(Comparator.comparing(Outage::start));
        long down = 0;
        Instant curStart = null;
        Instant curEnd = null;
        for (Outage o : clipped) {
            if (curEnd == null || o.start().isAfter(curEnd)) {
                if (curEnd != null) {
                    down += Duration.between(curStart, curEnd).toSeconds();
                }
                curStart = o.start();
                curEnd = o.end();
            } else if (o.end().isAfter(curEnd)) {
                curEnd = o.end();
            }
        }
        if (curEnd != null) {
            down += Duration.between(curStart, curEnd).toSeconds();
        }
        long downMinutes = (down + 59) / 60;
        if (downMinutes > minutes) {
            downMinutes = minutes;
        }
        BigDecimal percent = minutes == 0 ? new BigDecimal("100.000")
                : BigDecimal.valueOf(minutes - downMinutes).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(minutes), 3, RoundingMode.DOWN);
        return new Month(month, minutes, downMinutes, percent, targetPercent != null && percent.compareTo(targetPercent) < 0);
    }
}
