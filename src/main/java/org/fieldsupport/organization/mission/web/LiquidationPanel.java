package org.fieldsupport.organization.mission.web;

import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.mission.internal.LiquidationWork;
import org.fieldsupport.organization.structure.internal.OrganizationAccess;
import org.fieldsupport.platform.security.Scope;
import org.springframework.stereotype.Component;

/** The liquidation checklist on the mission's page, once the mission entered liquidation (2.1.a). */
@Component
class LiquidationPanel implements MissionPanelContributor {

    private final LiquidationWork work;
    private final OrganizationAccess access;

    LiquidationPanel(LiquidationWork work, OrganizationAccess access) {
        this.work = work;
        this.access = access;
    }

    @Override
    public List<MissionPanel> panels(String missionCode) {
        List<LiquidationWork.ChecklistLine> lines = work.lines(missionCode);
        if (lines.stream().noneMatch(LiquidationWork.ChecklistLine::opened)) return List.of();
        return List.of(new MissionPanel("liquidation", "org.liquidation.title", "organization/liquidation-panel", "panel",
                Map.of("lines", lines, "missionCode", missionCode,
                        "mayEdit", access.may(OrganizationAccess.MISSIONS_EDIT, Scope.mission(missionCode))), 1));
    }
}
