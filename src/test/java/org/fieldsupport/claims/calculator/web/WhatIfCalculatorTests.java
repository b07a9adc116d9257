package org.fieldsupport.claims.calculator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.claims.rules.domain.RuleSets;
import org.fieldsupport.claims.shared.internal.ClaimsMessages;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The calculator behind the API, without Spring: mapping, every field reported, explanations in EN and FR. */
class WhatIfCalculatorTests {

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/claims");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private final WhatIfCalculator calculator = new WhatIfCalculator(RuleSets.builtIn(), new ClaimsMessages(bundles()));

    static CalculationRequest workedExample(String to, List<CalculationRequest.StrengthReturn> extraReturns) {
        List<CalculationRequest.StrengthReturn> returns = new ArrayList<>(List.of(
                new CalculationRequest.StrengthReturn(YearMonth.of(2026, 6), new BigDecimal("870"))));
        returns.addAll(extraReturns);
        return new CalculationRequest("COE-2026-v1", LocalDate.parse("2026-06-01"), LocalDate.parse(to),
                LocalDate.parse("2026-06-16"), null, 850,
                new CalculationRequest.Factors(new BigDecimal("0.02"), new BigDecimal("0.015"), BigDecimal.ZERO,
                        BigDecimal.ZERO),
                List.of(new CalculationRequest.TroopCostRate(LocalDate.parse("2018-07-01"), new BigDecimal("1428.00"))),
                returns,
                List.of(new CalculationRequest.MajorEquipment("ME-1", "APC, wheeled", "WET", 10, new BigDecimal("5000.00"))),
                List.of(new CalculationRequest.SelfSustainment("CATERING", "CONTRIBUTOR", new BigDecimal("28.00"))),
                List.of(new CalculationRequest.Verification(LocalDate.parse("2026-06-20"),
                        List.of(new CalculationRequest.EquipmentFinding("ME-1", 9)),
                        List.of(new CalculationRequest.CategoryFinding("CATERING", "SATISFACTORY")))));
    }

    @Test
    void the_worked_example_is_explained_as_the_spec_writes_it() {
        CalculationResponse response = calculator.calculate(workedExample("2026-06-30", List.of()), Locale.ENGLISH);

        assertThat(response.ruleSet()).isEqualTo("COE-2026-v1");
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.total()).isEqualTo("642504.00");
        CalculationResponse.Month june = response.months().get(0);
        assertThat(june.month()).isEqualTo("2026-06");
        assertThat(june.lines()).containsExactly(
                new CalculationResponse.Line("MAJOR_EQUIPMENT", "ME-1", null, "23287.50", List.of(),
                        "5000.00 × min(10, 9) × (1 + 0.035) × 15/30"),
                new CalculationResponse.Line("SELF_SUSTAINMENT", null, "CATERING", "12316.50", List.of(),
                        "28.00 × min(870, 850) × 1.0 (satisfactory) × (1 + 0.035) × 15/30"),
                new CalculationResponse.Line("TROOP_COST", null, null, "606900.00", List.of(),
                        "1428.00 × min(870, 850) × 15/30"));
    }

    @Test
    void explanations_are_given_in_french_with_french_decimals() {
        CalculationResponse response = calculator.calculate(workedExample("2026-06-30", List.of()), Locale.FRENCH);

        assertThat(response.months().get(0).lines()).extracting(CalculationResponse.Line::explanation).containsExactly(
                "5000,00 × min(10 ; 9) × (1 + 0,035) × 15/30",
                "28,00 × min(870 ; 850) × 1,0 (satisfaisant) × (1 + 0,035) × 15/30",
                "1428,00 × min(870 ; 850) × 15/30");
        assertThat(response.total()).isEqualTo("642504.00");
    }

    @Test
    void the_spec_request_over_a_quarter_without_july_and_august_returns_is_refused_naming_both_months() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> calculator.calculate(workedExample("2026-08-31", List.of()), Locale.ENGLISH));

        assertThat(refused.errors()).extracting(FieldErrors.FieldError::field, FieldErrors.FieldError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("strengthReturns", "claims.input.strengthReturn.missing"),
                        org.assertj.core.groups.Tuple.tuple("strengthReturns", "claims.input.strengthReturn.missing"));
        assertThat(refused.errors()).extracting(e -> e.args()[0]).containsExactly("2026-07", "2026-08");
    }

    @Test
    void every_offending_field_is_listed_at_once() {
        CalculationRequest request = new CalculationRequest("COE-1999-v9", LocalDate.parse("2026-06-02"),
                LocalDate.parse("2026-08-30"), LocalDate.parse("2026-06-16"), LocalDate.parse("2026-05-01"), -5,
                new CalculationRequest.Factors(new BigDecimal("0.06"), new BigDecimal("0.015"), new BigDecimal("-0.01"),
                        BigDecimal.ZERO),
                List.of(),
                List.of(new CalculationRequest.StrengthReturn(YearMonth.of(2026, 6), new BigDecimal("-1"))),
                List.of(new CalculationRequest.MajorEquipment("ME-1", "APC", "DAMP", -10, null),
                        new CalculationRequest.MajorEquipment("ME-2", "Truck", "DRY", 4, new BigDecimal("12.345"))),
                List.of(new CalculationRequest.SelfSustainment("CATERING", "CONTRIBUTOR", null)),
                List.of(new CalculationRequest.Verification(LocalDate.parse("2026-06-20"),
                        List.of(new CalculationRequest.EquipmentFinding("ME-1", 9),
                                new CalculationRequest.EquipmentFinding("ME-2", -2),
                                new CalculationRequest.EquipmentFinding("ME-7", 1)),
                        List.of(new CalculationRequest.CategoryFinding("CATERING", "EXCELLENT")))));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> calculator.calculate(request, Locale.ENGLISH));

        assertThat(refused.errors()).extracting(FieldErrors.FieldError::field).containsExactlyInAnyOrder(
                "ruleSet", "from", "to", "repatriatedOn", "authorisedStrength",
                "missionFactors.environmental", "missionFactors.hostileAction",
                "strengthReturns[0].averageStrength",
                "majorEquipment[0].leaseType", "majorEquipment[0].mouQuantity", "majorEquipment[0].monthlyRate",
                "majorEquipment[1].monthlyRate",
                "selfSustainment[0].ratePerPersonPerMonth",
                "verifications[0].majorEquipment[1].serviceable", "verifications[0].majorEquipment[2].line",
                "verifications[0].selfSustainment[0].rating");
    }
}
