package org.fieldsupport.claims.mou.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldsupport.claims.rules.domain.ClaimLine;
import org.fieldsupport.claims.rules.domain.CoeRuleSet2026v1;
import org.fieldsupport.claims.rules.domain.ContingentInput;
import org.fieldsupport.claims.rules.domain.Flag;
import org.fieldsupport.claims.rules.domain.IncompleteInputException;
import org.fieldsupport.claims.rules.domain.InputProblem;
import org.fieldsupport.claims.rules.domain.Inputs;
import org.fieldsupport.claims.rules.domain.LeaseType;
import org.fieldsupport.claims.rules.domain.MajorEquipmentLine;
import org.fieldsupport.claims.rules.domain.MissionFactors;
import org.fieldsupport.claims.rules.domain.MonthStatement;
import org.fieldsupport.claims.rules.domain.Rating;
import org.fieldsupport.claims.rules.domain.RuleSet;
import org.fieldsupport.claims.rules.domain.Statement;
import org.fieldsupport.claims.rules.domain.StrengthReturn;
import org.fieldsupport.claims.rules.domain.Verification;
import org.junit.jupiter.api.Test;

/**
 * A month is computed with the MOU version in force on its first day: a quarter spanning an amendment computes its
 * first month with version 1 and the next two with version 2 (amounts computed by hand below), with the unchanged
 * rule set.
 */
class MouTimelineTests {

    private final RuleSet rules = new CoeRuleSet2026v1();
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    /** Version 1: 10 APCs (wet, 5000.00), F = 0.02 + 0.015; catering 28.00; 850 authorised. */
    static Inputs version1() {
        Inputs in = Inputs.workedExample();
        in.deployedOn = LocalDate.of(2025, 1, 1);
        in.strengthReturns = new ArrayList<>(List.of(
                new StrengthReturn(YearMonth.of(2026, 7), new BigDecimal("800")),
                new StrengthReturn(YearMonth.of(2026, 8), new BigDecimal("800")),
                new StrengthReturn(YearMonth.of(2026, 9), new BigDecimal("800"))));
        in.verifications = new ArrayList<>(List.of(new Verification(LocalDate.of(2026, 6, 20),
                Map.of("ME-1", 12), Map.of("CATERING", Rating.SATISFACTORY))));
        return in;
    }

    /** Version 2 (amendment from 1 August 2026): 14 APCs and an environmental factor of 0.03 (F = 0.045). */
    static Inputs version2() {
        Inputs in = version1();
        in.majorEquipment = new ArrayList<>(List.of(
                new MajorEquipmentLine("ME-1", "APC, wheeled", LeaseType.WET, 14, new BigDecimal("5000.00"))));
        in.factors = new MissionFactors(new BigDecimal("0.03"), new BigDecimal("0.015"), BigDecimal.ZERO,
                BigDecimal.ZERO);
        return in;
    }

    private static MouTimeline timeline() {
        return new MouTimeline(List.of(
                new MouTimeline.Version(2, LocalDate.of(2026, 8, 1), version2().build()),
                new MouTimeline.Version(1, LocalDate.of(2025, 1, 1), version1().build())));
    }

    @Test
    void a_quarter_spanning_an_amendment_computes_july_with_version_1_and_august_september_with_version_2() {
        Statement s = timeline().calculate(rules, JULY, SEPTEMBER);

        assertThat(s.months()).extracting(MonthStatement::month)
                .containsExactly(JULY, YearMonth.of(2026, 8), SEPTEMBER);
        // July, version 1: APCs min(10, 12) = 10 x 5000.00 x 1.035 = 51,750.00 (surplus, never paid);
        // catering 28.00 x 800 x 1 x 1.035 = 23,184.00; troop cost 1428.00 x 800 = 1,142,400.00
        MonthStatement july = s.months().get(0);
        assertThat(july.lines()).extracting(ClaimLine::amount).containsExactly(new BigDecimal("51750.00"),
                new BigDecimal("23184.00"), new BigDecimal("1142400.00"));
        assertThat(july.lines().get(0).flags()).containsExactly(Flag.SURPLUS);
        assertThat(july.total()).isEqualByComparingTo("1217334.00");
        // August and September, version 2: APCs min(14, 12) = 12 x 5000.00 x 1.045 = 62,700.00, below the wet-lease
        // standard (12 / 14 < 90 %); catering 28.00 x 800 x 1.045 = 23,408.00; troop cost unchanged
        for (MonthStatement month : s.months().subList(1, 3)) {
            assertThat(month.lines()).extracting(ClaimLine::amount).containsExactly(new BigDecimal("62700.00"),
                    new BigDecimal("23408.00"), new BigDecimal("1142400.00"));
            assertThat(month.lines().get(0).flags()).containsExactly(Flag.BELOW_STANDARD);
            assertThat(month.total()).isEqualByComparingTo("1228508.00");
        }
        assertThat(s.total()).isEqualByComparingTo("3674350.00");
        assertThat(s.ruleSetId()).isEqualTo(CoeRuleSet2026v1.ID);
    }

    @Test
    void each_month_equals_what_the_rule_set_gives_with_the_version_in_force_alone() {
        Statement s = timeline().calculate(rules, JULY, SEPTEMBER);
        assertThat(s.months().get(0)).isEqualTo(rules.calculate(version1().build(), JULY, JULY).months().get(0));
        assertThat(s.months().subList(1, 3)).isEqualTo(
                rules.calculate(version2().build(), YearMonth.of(2026, 8), SEPTEMBER).months());
    }

    @Test
    void the_version_in_force_is_the_one_on_the_first_day_of_the_month() {
        MouTimeline t = timeline();
        assertThat(t.inForce(YearMonth.of(2026, 7)).number()).isEqualTo(1);
        assertThat(t.inForce(YearMonth.of(2026, 8)).number()).isEqualTo(2);
        assertThat(t.inForce(YearMonth.of(2027, 1)).number()).isEqualTo(2);
        assertThat(t.inForce(YearMonth.of(2024, 12)).number()).isEqualTo(1);   // before any version: the first
        assertThat(t.runs(JULY, SEPTEMBER)).extracting(r -> r.version().number() + ":" + r.from() + ".." + r.to())
                .containsExactly("1:2026-07..2026-07", "2:2026-08..2026-09");
        assertThat(t.runs(YearMonth.of(2026, 8), SEPTEMBER)).hasSize(1);
    }

    @Test
    void a_single_version_gives_exactly_the_rule_set_statement() {
        ContingentInput input = version1().build();
        assertThat(MouTimeline.single(input).calculate(rules, JULY, SEPTEMBER))
                .isEqualTo(rules.calculate(input, JULY, SEPTEMBER));
    }

    @Test
    void problems_of_every_run_are_listed_once_and_nothing_is_computed() {
        Inputs v2 = version2();
        v2.strengthReturns.removeIf(r -> r.month().equals(SEPTEMBER));
        MouTimeline t = new MouTimeline(List.of(new MouTimeline.Version(1, LocalDate.of(2025, 1, 1),
                version1().build()), new MouTimeline.Version(2, LocalDate.of(2026, 8, 1), v2.build())));
        assertThat(t.check(rules, JULY, SEPTEMBER)).containsExactly(
                InputProblem.of("strengthReturns", "claims.input.strengthReturn.missing", SEPTEMBER));
        assertThatThrownBy(() -> t.calculate(rules, JULY, SEPTEMBER)).isInstanceOf(IncompleteInputException.class);
        assertThat(new MouTimeline(List.of()).check(rules, JULY, SEPTEMBER)).extracting(InputProblem::field)
                .containsExactly("mouVersions");
    }
}
