package org.fieldsupport.claims.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.claims.rules.domain.ClaimLine;
import org.fieldsupport.claims.rules.domain.Explanation;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.LineKind;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.Statement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** A report's computed lines written as one document and read back exactly (no Spring). */
class ComputedLinesCodecProperties {

    @Test
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

    @Test
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

    @Test
    void any_statement_is_read_back_exactly() {
        qt().withExamples(300).forAll(statements()).checkAssert(ComputedLinesCodecProperties::readBackExactly);
    }

    private static void readBackExactly(Statement statement) {
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

    static Gen<Statement> statements() {
        Gen<MonthStatement> month = Generate.range(-3000, 30000).map(m -> YearMonth.of(2000, 1).plusMonths(m))
                .zip(SourceDSL.lists().of(lines()).ofSizeBetween(0, 12),
                        (m, lines) -> new MonthStatement(m, m.lengthOfMonth(), m.lengthOfMonth(), lines, BigDecimal.ZERO));
        return SourceDSL.lists().of(month).ofSizeBetween(0, 4)
                .map(months -> new Statement("COE-2026-v1", "USD", months, BigDecimal.ZERO));
    }

    private static Gen<ClaimLine> lines() {
        Gen<String> reference = Generate.oneOf(Generate.constant((String) null),
                Generate.pick(List.of("ME-1", "ME-2", "CATERING")), text(20));
        Gen<Set<Flag>> flags = SourceDSL.lists().of(Generate.enumValues(Flag.class)).ofSizeBetween(0, Flag.values().length)
                .map(list -> (Set<Flag>) new HashSet<>(list));
        Gen<Explanation> explanation = Generate.pick(List.of("claims.explain.a", "claims.explain.b", "k"))
                .zip(SourceDSL.lists().of(arguments()).ofSizeBetween(0, 8), Explanation::new);
        return Generate.enumValues(LineKind.class).zip(reference, decimals(), flags, explanation, ClaimLine::new);
    }

    private static Gen<Object> arguments() {
        return Generate.oneOf(
                decimals().map(Object.class::cast),
                SourceDSL.integers().all().map(Object.class::cast),
                Generate.longRange(-800_000, 2_000_000).map(LocalDate::ofEpochDay).map(Object.class::cast),
                Generate.range(-20_000, 100_000).map(m -> YearMonth.of(2000, 1).plusMonths(m)).map(Object.class::cast),
                Generate.enumValues(Rating.class).map(Object.class::cast),
                text(30).map(Object.class::cast));
    }

    /**
     * Text of valid UTF-16 (no lone surrogate: a Java string holding one cannot round-trip through UTF-8, so no
     * stored text ever has one), from the basic plane and beyond.
     */
    private static Gen<String> text(int maxLength) {
        return SourceDSL.strings().allPossible().ofLengthBetween(0, maxLength).map(s -> new String(s.codePoints()
                .map(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp).toArray(), 0,
                (int) s.codePoints().count()));
    }

    /** Unscaled values up to about ±10^40 (17 bytes), scales -5 to 12. */
    private static Gen<BigDecimal> decimals() {
        return SourceDSL.bigIntegers().ofBytes(17).zip(Generate.range(-5, 12), BigDecimal::new);
    }
}
