package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small builder for test inputs, defaulting to the spec's worked example. */
public final class Inputs {

    public LocalDate deployedOn = LocalDate.of(2026, 6, 16);
    public LocalDate repatriatedOn;
    public Integer authorisedStrength = 850;
    public MissionFactors factors = new MissionFactors(new BigDecimal("0.02"), new BigDecimal("0.015"),
            BigDecimal.ZERO, BigDecimal.ZERO);
    public List<DatedRate> troopCostRates = new ArrayList<>(List.of(new DatedRate(LocalDate.of(2018, 7, 1),
            new BigDecimal("1428.00"))));
    public List<StrengthReturn> strengthReturns = new ArrayList<>(List.of(
            new StrengthReturn(YearMonth.of(2026, 6), new BigDecimal("870"))));
    public List<MajorEquipmentLine> majorEquipment = new ArrayList<>(List.of(
            new MajorEquipmentLine("ME-1", "APC, wheeled", LeaseType.WET, 10, new BigDecimal("5000.00"))));
    public List<SelfSustainmentCategory> selfSustainment = new ArrayList<>(List.of(
            new SelfSustainmentCategory("CATERING", Provider.CONTRIBUTOR, new BigDecimal("28.00"))));
    public List<Verification> verifications = new ArrayList<>(List.of(new Verification(LocalDate.of(2026, 6, 20),
            Map.of("ME-1", 9), Map.of("CATERING", Rating.SATISFACTORY))));

    public static Inputs workedExample() {
        return new Inputs();
    }

    public Inputs strength(YearMonth month, String average) {
        strengthReturns.add(new StrengthReturn(month, new BigDecimal(average)));
        return this;
    }

    public ContingentInput build() {
        return new ContingentInput(deployedOn, repatriatedOn, authorisedStrength, factors, troopCostRates,
                strengthReturns, majorEquipment, selfSustainment, verifications);
    }
}
