package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One calendar month of a contingent: N days in the month, D days deployed, its lines and their total
 * (the sum of the rounded line amounts). A month with D = 0 has no lines and a zero total.
 */
public record MonthStatement(YearMonth month, int daysInMonth, int deployedDays, List<ClaimLine> lines,
                             BigDecimal total) {

    public MonthStatement {
        lines = List.copyOf(lines);
    }
}
