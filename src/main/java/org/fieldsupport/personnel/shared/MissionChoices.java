package org.fieldsupport.personnel.shared;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.springframework.stereotype.Component;

/** The missions a screen offers in its mission filter: those where the user holds the permission. */
@Component
public class MissionChoices {

    private final Missions missions;
    private final PersonnelAccess access;

    MissionChoices(Missions missions, PersonnelAccess access) {
        this.missions = missions;
        this.access = access;
    }

    public List<MissionSummary> of(String permission) {
        Optional<Set<String>> visible = access.missions(permission);
        return missions.all(null).stream().filter(m -> visible.map(v -> v.contains(m.code())).orElse(true)).toList();
    }
}
