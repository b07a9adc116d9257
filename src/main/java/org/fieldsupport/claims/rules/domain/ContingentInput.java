package org.fieldsupport.claims.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
        troopCostRates = copy(troopCostRates);
        strengthReturns = copy(strengthReturns);
        majorEquipment = copy(majorEquipment);
        selfSustainment = copy(selfSustainment);
        verifications = copy(verifications);
    }

    /** An unmodifiable copy that keeps null elements, so that the rule set's check can name them. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
