package org.fieldsupport.organization.cooperation.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.organization.Responsibility;
import org.fieldsupport.organization.cooperation.domain.AgreementReview;
import org.fieldsupport.organization.cooperation.internal.AgreementRegister;
import org.fieldsupport.organization.cooperation.internal.TeamRegister;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On each mission's page: the instruction line it gets (2.4.a–b, from the editable relations), the integrated
 * teams covering it (2.4.f) and the agreements in force for its type (2.4.c–e).
 */
@Component
@Order(0)
class CooperationMissionPanel implements MissionPanelContributor {

    private final Missions missions;
    private final Responsibility responsibility;
    private final TeamRegister teams;
    private final AgreementRegister agreements;

    CooperationMissionPanel(Missions missions, Responsibility responsibility, TeamRegister teams,
                            AgreementRegister agreements) {
        this.missions = missions;
        this.responsibility = responsibility;
        this.teams = teams;
        this.agreements = agreements;
    }

    @Override
    public List<MissionPanel> panels(String missionCode) {
        MissionSummary m = missions.find(missionCode).orElse(null);
        if (m == null) return List.of();
        LocalDate today = LocalDate.now();
        Map<String, Object> model = new HashMap<>();
        model.put("missionCode", m.code());
        responsibility.instructionLine(m.code(), today).ifPresent(line -> model.put("line", line));
        model.put("teams", teams.teamsOfMission(m.code(), today));
        model.put("agreements", agreements.list(null, null).stream()
                .filter(a -> a.review() != AgreementReview.ENDED && !a.validFrom().isAfter(today) && a.appliesTo(m.type()))
                .toList());
        return List.of(new MissionPanel("cooperation", "org.mission.cooperation", "organization/cooperation-panel",
                "panel", model, 5));
    }
}
