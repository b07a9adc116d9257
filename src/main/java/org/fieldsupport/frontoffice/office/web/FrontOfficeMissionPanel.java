package org.fieldsupport.frontoffice.office.web;

import java.util.List;
import java.util.Map;
import org.fieldsupport.frontoffice.correspondence.internal.CorrespondenceRegister;
import org.fieldsupport.frontoffice.office.internal.FrontOfficeAccess;
import org.fieldsupport.organization.MissionPanelContributor;
import org.springframework.stereotype.Component;

/**
 * The front office's panel on a mission's page (and the mission dashboard): open and overdue correspondence about
 * the mission, counted under the classification rule (only what the reader may see).
 */
@Component
class FrontOfficeMissionPanel implements MissionPanelContributor {

    private final CorrespondenceRegister register;
    private final FrontOfficeAccess access;

    FrontOfficeMissionPanel(CorrespondenceRegister register, FrontOfficeAccess access) {
        this.register = register;
        this.access = access;
    }

    @Override
    public List<MissionPanel> panels(String missionCode) {
        if (!access.mayAnywhere(FrontOfficeAccess.CORRESPONDENCE_READ)) {
            return List.of();
        }
        long[] counts = register.openForMission(missionCode);
        return List.of(new MissionPanel("frontoffice-correspondence", "frontoffice.panel.title", "frontoffice/cards",
                "missionPanel", Map.of("open", counts[0], "overdue", counts[1], "mission", missionCode), 400));
    }
}
