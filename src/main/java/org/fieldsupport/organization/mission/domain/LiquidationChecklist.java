package org.fieldsupport.organization.mission.domain;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.organization.MissionPhase;

/**
 * What entering liquidation sets in motion (2.1.a, 8.3): one checklist item per support area, each owed by a
 * unit of the department (or by the mission's own support lead) within a number of days of the phase change.
 */
public final class LiquidationChecklist {

    /** The owner code for items owed by the mission's Director/Chief of Mission Support. */
    public static final String SUPPORT_LEAD = "SUPPORT_LEAD";

    private LiquidationChecklist() { }

    public record Item(String key, String owner, int dueDays) {
        public LocalDate dueOn(LocalDate phaseEffectiveOn) {
            return phaseEffectiveOn.plusDays(dueDays);
        }

        /** The record the work item is about: one per mission and item. */
        public String recordId(String missionCode) {
            return missionCode + ":" + key;
        }
    }

    /** Entering liquidation opens the checklist; no other change does (skipping liquidation opens nothing). */
    public static boolean opensChecklist(MissionPhase from, MissionPhase to) {
        return to == MissionPhase.LIQUIDATION && from != MissionPhase.LIQUIDATION;
    }

    public static List<Item> of(List<java.util.Map<String, String>> rows) {
        return rows.stream().map(r -> new Item(r.get("key"), r.get("unit"), Integer.parseInt(r.get("due_days")))).toList();
    }
}
