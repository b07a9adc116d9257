package org.fieldsupport.claims.calculator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Body of {@code POST /api/v1/claims/calculations} (shared/spec/coe-rules.md): one contingent's MOU,
 * deployment, rates, strength returns and verifications over whole months. Money is given as strings
 * with two decimals; mission factors as fractions (0.02 = 2 %). Validity is the rule set's to judge
 * ({@code RuleSet.check}), so every offending field is reported at once.
 */
public record CalculationRequest(String ruleSet, LocalDate from, LocalDate to, LocalDate deployedOn,
                                 LocalDate repatriatedOn, Integer authorisedStrength, Factors missionFactors,
                                 List<TroopCostRate> troopCostRates, List<StrengthReturn> strengthReturns,
                                 List<MajorEquipment> majorEquipment, List<SelfSustainment> selfSustainment,
                                 List<Verification> verifications) {

    public record Factors(BigDecimal environmental, BigDecimal intensifiedOperational, BigDecimal hostileAction,
                          BigDecimal transport) { }

    public record TroopCostRate(LocalDate from, BigDecimal perPersonPerMonth) { }

    public record StrengthReturn(YearMonth month, BigDecimal averageStrength) { }

    public record MajorEquipment(String line, String description, String leaseType, Integer mouQuantity,
                                 BigDecimal monthlyRate) { }

    public record SelfSustainment(String category, String providedBy, BigDecimal ratePerPersonPerMonth) { }

    public record Verification(LocalDate date, List<EquipmentFinding> majorEquipment,
                               List<CategoryFinding> selfSustainment) { }

    public record EquipmentFinding(String line, Integer serviceable) { }

    public record CategoryFinding(String category, String rating) { }
}
