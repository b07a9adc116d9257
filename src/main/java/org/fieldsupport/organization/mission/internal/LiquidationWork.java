package org.fieldsupport.organization.mission.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fieldsupport.organization.ActingOfficers;
import org.fieldsupport.organization.MissionPhase;
import org.fieldsupport.organization.MissionPhaseChanged;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.PositionSummary;
import org.fieldsupport.organization.mission.domain.LiquidationChecklist;
import org.fieldsupport.organization.structure.internal.Tsv;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.work.Assignee;
import org.fieldsupport.platform.work.NewWorkItem;
import org.fieldsupport.platform.work.WorkItem;
import org.fieldsupport.platform.work.WorkItems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mission phases drive work (2.1.a): when a mission enters liquidation, the liquidation checklist opens as work
 * items in the "my work" inbox of the units concerned (and of the mission's support lead — or whoever acts for
 * them). Consumed in the phase change's transaction, so the change and its work commit together.
 */
@Service
@Transactional
public class LiquidationWork {

    public static final String RECORD_TYPE = "organization.liquidation-item";

    private final WorkItems workItems;
    private final Missions missions;
    private final ActingOfficers acting;
    private final List<LiquidationChecklist.Item> checklist;

    LiquidationWork(WorkItems workItems, Missions missions, ActingOfficers acting) {
        this.workItems = workItems;
        this.missions = missions;
        this.acting = acting;
        this.checklist = LiquidationChecklist.of(Tsv.readResource("organization/liquidation-checklist.tsv"));
    }

    public List<LiquidationChecklist.Item> checklist() {
        return checklist;
    }

    @EventListener
    void phaseChanged(MissionPhaseChanged change) {
        if (!LiquidationChecklist.opensChecklist(change.from(), change.to())) return;
        openChecklist(missions.find(change.missionCode()).orElseThrow(), change.effectiveOn());
    }

    /** Opens the checklist's work items (an item already open for the same assignee is kept, not doubled). */
    public void openChecklist(MissionSummary mission, LocalDate liquidationFrom) {
        for (LiquidationChecklist.Item item : checklist) {
            workItems.open(NewWorkItem.of(RECORD_TYPE, item.recordId(mission.code()), mission.code(),
                    "/organization/missions/" + mission.code(), assignee(mission, item), item.dueOn(liquidationFrom),
                    "org.liquidation.work." + item.key(), mission.code()));
        }
    }

    /** A unit's item goes to the unit; the support lead's to the user holding (or acting for) the position. */
    private Assignee assignee(MissionSummary mission, LiquidationChecklist.Item item) {
        if (!LiquidationChecklist.SUPPORT_LEAD.equals(item.owner())) return Assignee.unit(item.owner());
        Optional<String> user = missions.supportPositions(mission.code(), LocalDate.now()).stream().findFirst()
                .map(PositionSummary::code).flatMap(code -> acting.userFor(code, LocalDate.now()));
        return user.map(Assignee::user).orElse(Assignee.unit("DFS-LSD"));
    }

    /** One checklist line: the item, its work item (null before liquidation), done or not. */
    public record ChecklistLine(LiquidationChecklist.Item item, WorkItem work) {
        public boolean opened() { return work != null; }
        public boolean done() { return work != null && work.state() == WorkItem.State.CLOSED; }
    }

    @Transactional(readOnly = true)
    public List<ChecklistLine> lines(String missionCode) {
        return checklist.stream().map(item -> new ChecklistLine(item,
                workItems.forRecord(RECORD_TYPE, item.recordId(missionCode)).stream()
                        .reduce((a, b) -> b).orElse(null))).toList();
    }

    /** Marks a checklist item done (its work items close); 422 when the mission's checklist is not open. */
    public ChecklistLine done(String missionCode, String key) {
        MissionSummary mission = missions.find(missionCode).orElseThrow(() -> new NotFoundException("mission", missionCode));
        LiquidationChecklist.Item item = checklist.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("liquidation checklist item", key));
        if (workItems.forRecord(RECORD_TYPE, item.recordId(mission.code())).isEmpty()) {
            throw new BusinessRuleException("org.liquidation.notOpen", mission.code());
        }
        if (mission.phase() != MissionPhase.LIQUIDATION && mission.phase() != MissionPhase.CLOSED) {
            throw new BusinessRuleException("org.liquidation.notOpen", mission.code());
        }
        workItems.closeFor(RECORD_TYPE, item.recordId(mission.code()));
        return lines(mission.code()).stream().filter(l -> l.item().key().equals(key)).findFirst().orElseThrow();
    }
}
