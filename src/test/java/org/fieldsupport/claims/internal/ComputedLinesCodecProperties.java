package org.fieldsupport.claims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fieldsupport.claims.domain.ClaimLine;
import org.fieldsupport.claims.domain.Explanation;
import org.fieldsupport.claims.domain.Flag;
import org.fieldsupport.claims.domain.LineKind;
import org.fieldsupport.claims.domain.MonthStatement;
import org.fieldsupport.claims.domain.Rating;
import org.fieldsupport.claims.domain.Statement;

/** A report's computed lines written as one document and read back exactly (no Spring). */
class ComputedLinesCodecProperties {

    @Example
    void a_statement_is_read_back_line_by_line_with_its_typed_explanation_arguments() {
        ClaimLine equipment = new ClaimLine(LineKind.MAJOR_EQUIPMENT, "ME-1", new BigDecimal("23287.50"),
                EnumSet.of(Flag.BELOW_STANDARD, Flag.SURPLUS), Explanation.of("claims.explain.majorEquipment",
                        new BigDecimal("5000.00"), 10, 9, new BigDecimal("0.035"), 15, 30));
        ClaimLine category = new ClaimLine(LineKind.SELF_SUSTAINMENT, "CATERING", new BigDecimal("0.00"),
                Set.of(Flag.NOT_VERIFIED), Explanation.of("claims.explain.selfSustainment.notVerified",
                        Rating.PARTIALLY_SATISFACTORY, LocalDate.of(2026, 9, 30), YearMonth.of(2026, 7), "a|b — é"));
        ClaimLine troops = new ClaimLine(LineKind.TROOP_COST, null, new BigDecimal("-1E+3"), Set.of(),
                Explanation.of("claims.explain.troopCost", new BigDecimal(new BigInteger("123456789012345678901234567890"), 4)));
        Statement statement = new Statement("COE-2026-v1", "USD", List.of(
                new MonthStatement(YearMonth.of(2026, 6), 30, 30, List.of(equipment, category), BigDecimal.ZERO),
                new MonthStatement(YearMonth.of(2026, 7), 31, 0, List.of(), BigDecimal.ZERO),
                new MonthStatement(YearMonth.of(2026, 8), 31, 31, List.of(troops, equipment), BigDecimal.ZERO)),
                BigDecimal.ZERO);

        ComputedLinesCodec.Document document = ComputedLinesCodec.encode(statement);

        assertThat(document.lines()).isEqualTo(4);
        assertThat(ComputedLinesCodec.decode(document.content())).containsExactlyElementsOf(expected(statement));
        Statement once = new Statement("COE-2026-v1", "USD", List.of(
                new MonthStatement(YearMonth.of(2026, 6), 30, 30, List.of(equipment), BigDecimal.ZERO)), BigDecimal.ZERO);
        Statement twice = new Statement("COE-2026-v1", "USD", List.of(
                new MonthStatement(YearMonth.of(2026, 6), 30, 30, List.of(equipment, equipment), BigDecimal.ZERO)),
                BigDecimal.ZERO);
        assertThat(ComputedLinesCodec.encode(twice).content().length - ComputedLinesCodec.encode(once).content().length)
                .as("a line whose strings were already written costs its numbers and a byte per string (kind, reference, flags, key by index)")
                .isLessThan(40);
    }

    @Example
    void a_damaged_document_is_refused_not_misread() {
        Statement statement = new Statement("COE-2026-v1", "USD", List.of(new MonthStatement(YearMonth.of(2026, 6), 30,
                30, List.of(new ClaimLine(LineKind.SELF_SUSTAINMENT, "CATERING", new BigDecimal("625.00"), Set.of(),
                        Explanation.of("k", 1))), BigDecimal.ZERO)), BigDecimal.ZERO);
        byte[] content = ComputedLinesCodec.encode(statement).content();

        assertThatThrownBy(() -> ComputedLinesCodec.decode(Arrays.copyOf(content, content.length - 1)))
                .isInstanceOf(IllegalStateException.class);
        byte[] longer = Arrays.copyOf(content, content.length + 1);
        assertThatThrownBy(() -> ComputedLinesCodec.decode(longer)).hasMessageContaining("trailing");
        byte[] otherFormat = content.clone();
        otherFormat[0] = 9;
        assertThatThrownBy(() -> ComputedLinesCodec.decode(otherFormat)).hasMessageContaining("format 9");
    }

    @Property(tries = 300)
    void any_statement_is_read_back_exactly(@ForAll("statements") Statement statement) {
        ComputedLinesCodec.Document document = ComputedLinesCodec.encode(statement);
        List<ReportStore.StoredLine> expected = expected(statement);
        assertThat(document.lines()).isEqualTo(expected.size());
        assertThat(ComputedLinesCodec.decode(document.content())).isEqualTo(expected);
    }

    /** What the rows of claims_report_line held for the same lines (the reader's contract). */
    static List<ReportStore.StoredLine> expected(Statement statement) {
        List<ReportStore.StoredLine> lines = new ArrayList<>();
        for (MonthStatement month : statement.months()) {
            for (ClaimLine line : month.lines()) {
                lines.add(new ReportStore.StoredLine(month.month().atDay(1), line.kind().name(), line.reference(),
                        line.amount(), line.flags().stream().sorted().map(Enum::name).toList(), line.explanation(),
                        null));
            }
        }
        return lines;
    }

    @Provide
    Arbitrary<Statement> statements() {
        Arbitrary<MonthStatement> month = Combinators.combine(
                        Arbitraries.integers().between(-3000, 30000).map(m -> YearMonth.of(2000, 1).plusMonths(m)),
                        lines().list().ofMaxSize(12))
                .as((m, lines) -> new MonthStatement(m, m.lengthOfMonth(), m.lengthOfMonth(), lines, BigDecimal.ZERO));
        return month.list().ofMaxSize(4)
                .map(months -> new Statement("COE-2026-v1", "USD", months, BigDecimal.ZERO));
    }

    private Arbitrary<ClaimLine> lines() {
        Arbitrary<String> reference = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("ME-1", "ME-2", "CATERING"), Arbitraries.strings().ofMaxLength(20));
        Arbitrary<Set<Flag>> flags = Arbitraries.of(Flag.class).set();
        Arbitrary<Explanation> explanation = Combinators.combine(
                        Arbitraries.of("claims.explain.a", "claims.explain.b", "k"), arguments().list().ofMaxSize(8))
                .as(Explanation::new);
        return Combinators.combine(Arbitraries.of(LineKind.class), reference, decimals(), flags, explanation)
                .as(ClaimLine::new);
    }

    private Arbitrary<Object> arguments() {
        return Arbitraries.oneOf(
                decimals().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().between(-800_000, 2_000_000).map(LocalDate::ofEpochDay).map(Object.class::cast),
                Arbitraries.integers().between(-20_000, 100_000).map(m -> YearMonth.of(2000, 1).plusMonths(m))
                        .map(Object.class::cast),
                Arbitraries.of(Rating.class).map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(30).map(Object.class::cast));
    }

    private Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.bigIntegers().between(
                        new BigInteger("-1" + "0".repeat(40)), new BigInteger("1" + "0".repeat(40))),
                        Arbitraries.integers().between(-5, 12))
                .as(BigDecimal::new);
    }
}
