package org.fieldsupport.claims.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a rule set needs about one contingent: its MOU (authorised strength, Annex B lines, Annex C
 * categories, mission factors), deployment dates, the troop cost rates, strength returns and
 * verifications. {@code repatriatedOn} {@code null} = still deployed.
 */
public record ContingentInput(LocalDate deployedOn, LocalDate repatriatedOn, Integer authorisedStrength,
                              MissionFactors missionFactors, List<DatedRate> troopCostRates,
                              List<StrengthReturn> strengthReturns, List<MajorEquipmentLine> majorEquipment,
                              List<SelfSustainmentCategory> selfSustainment, List<Verification> verifications) {

    public ContingentInput {
        missionFactors = missionFactors == null ? MissionFactors.NONE : missionFactors;
        troopCostRates = troopCostRates == null ? List.of() : List.copyOf(troopCostRates);
        strengthReturns = strengthReturns == null ? List.of() : List.copyOf(strengthReturns);
        majorEquipment = majorEquipment == null ? List.of() : List.copyOf(majorEquipment);
        selfSustainment = selfSustainment == null ? List.of() : List.copyOf(selfSustainment);
        verifications = verifications == null ? List.of() : List.copyOf(verifications);
    }
}
