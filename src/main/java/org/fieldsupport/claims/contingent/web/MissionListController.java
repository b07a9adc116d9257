package org.fieldsupport.claims.contingent.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldsupport.claims.contingent.internal.CoeMissions;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The list of missions whose COE the user follows ({@code /claims/missions}, in the claims navigation for claims
 * staff): one row per mission, each leading to the mission's COE page ({@code /claims/missions/{code}}).
 */
@Controller
class MissionListController {

    private final CoeMissions coeMissions;
    private final Missions missions;

    MissionListController(CoeMissions coeMissions, Missions missions) {
        this.coeMissions = coeMissions;
        this.missions = missions;
    }

    @GetMapping("/claims/missions")
    String list(Locale locale, Model model) {
        CoeMissions.MissionList list = coeMissions.forCurrentUser();
        Map<String, MissionSummary> known = missions.all().stream()
                .collect(Collectors.toMap(MissionSummary::code, Function.identity(), (a, b) -> a));
        model.addAttribute("today", list.today());
        model.addAttribute("rows", list.missions());
        Map<String, String> names = new java.util.HashMap<>();
        for (CoeMissions.MissionRow row : list.missions()) {
            MissionSummary mission = known.get(row.missionCode());
            if (mission != null && mission.name(locale) != null) {
                names.put(row.missionCode(), mission.name(locale));
            }
        }
        model.addAttribute("names", names);
        model.addAttribute("overdue", list.missions().stream().mapToLong(CoeMissions.MissionRow::overdue).sum());
        return "claims/missions/list";
    }
}
