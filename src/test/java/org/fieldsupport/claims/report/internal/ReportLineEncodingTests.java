package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.Rating;
import org.junit.jupiter.api.Test;

/** How a line's explanation arguments and flags are written to one column each (no Spring). */
class ReportLineEncodingTests {

    @Test
    void explanation_arguments_are_written_in_the_documented_form_and_read_back_exactly() {
        List<Object> args = List.of(new BigDecimal("5000.00"), 10, 9, new BigDecimal("0.035"), 15, 30);
        assertThat(ExplanationCodec.encode(args)).isEqualTo("D:5000.00|I:10|I:9|D:0.035|I:15|I:30");
        assertThat(ExplanationCodec.decode(ExplanationCodec.encode(args))).isEqualTo(args);

        List<Object> mixed = List.of(LocalDate.of(2026, 9, 30), YearMonth.of(2026, 7), Rating.PARTIALLY_SATISFACTORY,
                "a|b", new BigDecimal("1E+3"));
        assertThat(ExplanationCodec.encode(mixed)).isEqualTo("T:2026-09-30|M:2026-07|R:PARTIALLY_SATISFACTORY|S:a/b|D:1000");
        assertThat(ExplanationCodec.decode(ExplanationCodec.encode(mixed))).containsExactly(LocalDate.of(2026, 9, 30),
                YearMonth.of(2026, 7), Rating.PARTIALLY_SATISFACTORY, "a/b", new BigDecimal("1000"));
        assertThat(ExplanationCodec.encode(List.of())).isEmpty();
        assertThat(ExplanationCodec.decode("")).isEmpty();
    }

    @Test
    void flags_are_written_in_declaration_order_whatever_the_set() {
        assertThat(ReportStore.flags(Set.of())).isEmpty();
        assertThat(ReportStore.flags(Set.of(Flag.NOT_VERIFIED))).isEqualTo("NOT_VERIFIED");
        assertThat(ReportStore.flags(Set.of(Flag.BELOW_STANDARD, Flag.SURPLUS))).isEqualTo("SURPLUS,BELOW_STANDARD");
        assertThat(ReportStore.flags(EnumSet.allOf(Flag.class))).isEqualTo("NOT_VERIFIED,SURPLUS,BELOW_STANDARD");
    }
}
