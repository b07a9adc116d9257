package org.fieldsupport.personnel.recruitment.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in recruitment. An opening of a mission is read by holders of a "broad" permission
 * (manage, endorse, select) in that mission or the department; an assessor reads only the openings they are named
 * on. A generic opening (no mission) is the department's.
 */
@Component
public class RecruitmentAccess {

    static final List<String> BROAD = List.of(RecruitmentPermissions.MANAGE, RecruitmentPermissions.ENDORSE,
            RecruitmentPermissions.ENDORSE_SENIOR, RecruitmentPermissions.SELECT);

    private final PersonnelAccess access;
    private final JdbcClient jdbc;

    RecruitmentAccess(PersonnelAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    public String user() {
        return access.user();
    }

    public String require(String permission, String mission) {
        return access.require(permission, mission);
    }

    public boolean may(String permission, String mission) {
        return access.may(permission, mission);
    }

    /** Missions a list may show for the permission: empty = all (department scope). */
    public Optional<Set<String>> missions(String permission) {
        return access.missions(permission);
    }

    public boolean holdsAnywhere(String permission) {
        return access.holdsAnywhere(permission);
    }

    public boolean namedAssessor(long openingId, String user) {
        return jdbc.sql("SELECT COUNT(*) FROM rec_opening_assessor WHERE opening_id = ? AND username = ?")
                .params(openingId, user).query(Long.class).single() > 0;
    }

    /** Broad readers in the mission, or an assessor named on the opening (with the assess permission there). */
    public boolean mayRead(long openingId, String mission) {
        for (String p : BROAD) {
            if (access.may(p, mission)) {
                return true;
            }
        }
        return access.may(RecruitmentPermissions.ASSESS, mission) && namedAssessor(openingId, user());
    }

    public void requireRead(long openingId, String mission) {
        if (!mayRead(openingId, mission)) {
            throw new AccessDeniedException("no access to opening " + openingId);
        }
    }

    /** An assessor may score only on an opening they are named on. */
    public String requireAssessor(long openingId, String mission) {
        String user = access.require(RecruitmentPermissions.ASSESS, mission);
        if (!namedAssessor(openingId, user)) {
            throw new AccessDeniedException("not an assessor of opening " + openingId);
        }
        return user;
    }

    /** An SQL condition on {@code o.} (rec_opening) for the openings the user may read, with its parameters. */
    public String visibleOpenings(Map<String, Object> params) {
        String user = user();
        params.put("viewer", user);
        Set<String> missions = new HashSet<>();
        boolean all = false;
        boolean any = false;
        for (String p : BROAD) {
            Optional<Set<String>> m = access.missions(p);
            if (m.isEmpty()) {
                all = true;
                break;
            }
            missions.addAll(m.get());
        }
        String named = "o.id IN (SELECT a.opening_id FROM rec_opening_assessor a WHERE a.username = :viewer)";
        if (all) {
            return "1 = 1";
        }
        if (!missions.isEmpty()) {
            params.put("viewerMissions", missions);
            return "(o.mission_code IN (:viewerMissions) OR " + named + ")";
        }
        return named;
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }
}
