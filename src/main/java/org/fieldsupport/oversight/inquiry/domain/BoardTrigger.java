package org.fieldsupport.oversight.inquiry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BOI-2026-v1: when a board of inquiry is mandatory. Triggers are listed in this order:
 * personnel death or serious injury (&gt; 0), third-party death or serious injury with personnel involved (&gt; 0),
 * kidnapping, UN-owned equipment loss (&ge; 25,000 USD), third-party equipment loss with personnel involved
 * (&ge; 10,000 USD), COE major equipment lost to hostile action (GFMV &ge; 250,000 USD), COE used by one contingent
 * but provided by another, COE loss involving several contingents (&ge; 2). The board is convened within 14 days of
 * the final investigation report.
 */
public final class BoardTrigger {

    public static final String RULE_SET = "BOI-2026-v1";
    public static final BigDecimal UN_EQUIPMENT_THRESHOLD = new BigDecimal("25000");
    public static final BigDecimal THIRD_PARTY_EQUIPMENT_THRESHOLD = new BigDecimal("10000");
    public static final BigDecimal COE_HOSTILE_THRESHOLD = new BigDecimal("250000");
    public static final int CONVENING_DAYS = 14;

    public enum Trigger {
        PERSONNEL_DEATH_OR_INJURY, THIRD_PARTY_DEATH_OR_INJURY, KIDNAPPING, UN_EQUIPMENT_LOSS,
        THIRD_PARTY_EQUIPMENT_LOSS, COE_HOSTILE_LOSS, COE_OTHER_CONTINGENT, COE_SEVERAL_CONTINGENTS
    }

    /** The facts of an incident the rule reads (amounts in USD, never negative). */
    public record Facts(int personnelDeathsOrSeriousInjuries, int thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved,
                        boolean kidnapping, BigDecimal unOwnedEquipmentLossUsd,
                        BigDecimal thirdPartyEquipmentLossWithPersonnelInvolvedUsd,
                        BigDecimal coeMajorEquipmentHostileLossGfmvUsd, boolean coeUsedByOneContingentProvidedByAnother,
                        int coeContingentsInvolved) { }

    public record Result(String ruleSet, boolean required, List<Trigger> triggers) {
        public Result {
            triggers = List.copyOf(triggers);
        }
    }

    private BoardTrigger() { }

    public static Result check(Facts f) {
        List<Trigger> triggers = new ArrayList<>();
        if (f.personnelDeathsOrSeriousInjuries() > 0) triggers.add(Trigger.PERSONNEL_DEATH_OR_INJURY);
        if (f.thirdPartyDeathsOrSeriousInjuriesWithPersonnelInvolved() > 0) triggers.add(Trigger.THIRD_PARTY_DEATH_OR_INJURY);
        if (f.kidnapping()) triggers.add(Trigger.KIDNAPPING);
        if (f.unOwnedEquipmentLossUsd().compareTo(UN_EQUIPMENT_THRESHOLD) >= 0) triggers.add(Trigger.UN_EQUIPMENT_LOSS);
        if (f.thirdPartyEquipmentLossWithPersonnelInvolvedUsd().compareTo(THIRD_PARTY_EQUIPMENT_THRESHOLD) >= 0) {
            triggers.add(Trigger.THIRD_PARTY_EQUIPMENT_LOSS);
        }
        if (f.coeMajorEquipmentHostileLossGfmvUsd().compareTo(COE_HOSTILE_THRESHOLD) >= 0) triggers.add(Trigger.COE_HOSTILE_LOSS);
        if (f.coeUsedByOneContingentProvidedByAnother()) triggers.add(Trigger.COE_OTHER_CONTINGENT);
        if (f.coeContingentsInvolved() >= 2) triggers.add(Trigger.COE_SEVERAL_CONTINGENTS);
        return new Result(RULE_SET, !triggers.isEmpty(), triggers);
    }

    /** The last day to convene the board: 14 days after the final investigation report. */
    public static LocalDate conveningDeadline(LocalDate finalInvestigationReport) {
        return finalInvestigationReport.plusDays(CONVENING_DAYS);
    }
}
