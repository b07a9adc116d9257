package org.fieldsupport.ict.shared.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.fieldsupport.ict.operations.Check;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.MissionScopes;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access helper of the ICT module: permission names of the ICT catalogue, service desk, integration catalogue
 * and training (those of the infrastructure half are in {@code IctInfraPermissions}), the missions a user acts for (a
 * mission service desk sees its mission only; ICTD headquarters sees every mission), and the checks the
 * infrastructure half uses ({@link #require}, {@link #may}, {@link #visible}, {@link #requireSees}, {@link #mission}).
 * Until session 5 the infrastructure half had its own copy ({@code IctAccess}); the behaviour is unchanged.
 */
@Component
public class IctAccess {

    public static final String CATALOGUE_READ = "ict.catalogue.read";
    public static final String CATALOGUE_MANAGE = "ict.catalogue.manage";
    public static final String DESK_REQUEST = "ict.desk.request";
    public static final String DESK_READ = "ict.desk.read";
    public static final String DESK_WORK = "ict.desk.work";
    public static final String DESK_SECOND_LINE = "ict.desk.second-line";
    public static final String DESK_REPORT = "ict.desk.report";
    public static final String DESK_MANAGE = "ict.desk.manage";
    public static final String CHANGES_APPROVE = "ict.changes.approve";
    public static final String INTEGRATION_READ = "ict.integration.read";
    public static final String INTEGRATION_MANAGE = "ict.integration.manage";
    public static final String TRAINING_READ = "ict.training.read";
    public static final String TRAINING_MANAGE = "ict.training.manage";

    public static final List<String> ALL = List.of(CATALOGUE_READ, CATALOGUE_MANAGE, DESK_REQUEST, DESK_READ, DESK_WORK,
            DESK_SECOND_LINE, DESK_REPORT, DESK_MANAGE, CHANGES_APPROVE, INTEGRATION_READ, INTEGRATION_MANAGE, TRAINING_READ,
            TRAINING_MANAGE);

    private final ObjectProvider<AccessPolicy> policies;
    private final Missions missionDirectory;
    private final MissionScopes scopes;

    IctAccess(ObjectProvider<AccessPolicy> policies, Missions missionDirectory, MissionScopes scopes) {
        this.policies = policies;
        this.missionDirectory = missionDirectory;
        this.scopes = scopes;
    }

    private AccessPolicy policy() { return policies.getObject(); }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public boolean department(String permission) {
        return policy().mayCurrentUser(permission, Scope.department());
    }

    public boolean forMission(String permission, String mission) {
        return mission != null && policy().mayCurrentUser(permission, Scope.mission(mission));
    }

    public boolean anywhere(String permission) {
        return CurrentUser.username().map(u -> !policy().scopesOf(u, permission).isEmpty()).orElse(false);
    }

    /** Missions the user holds the permission for: null when department-wide (every mission). */
    public Set<String> missions(String permission) {
        String user = CurrentUser.username().orElse(null);
        if (user == null) return Set.of();
        Set<String> missions = new LinkedHashSet<>();
        for (Scope s : policy().scopesOf(user, permission)) {
            if (s.type() == Scope.ScopeType.DEPARTMENT) return null;
            if (s.type() == Scope.ScopeType.MISSION) missions.add(s.key());
        }
        return missions;
    }

    public void requireDepartment(String permission) {
        if (!department(permission)) throw new AccessDeniedException(permission + " at DEPARTMENT scope required");
    }

    public void requireAnywhere(String permission) {
        if (!anywhere(permission)) throw new AccessDeniedException(permission + " required");
    }

    public void requireMission(String permission, String mission) {
        if (!forMission(permission, mission)) throw new AccessDeniedException(permission + " for " + mission + " required");
    }

    // ------------------------------------------------------------------ the infrastructure half's checks

    /** The signed-in user, when they hold {@code permission} for {@code mission} (null = department); 403 otherwise. */
    public String require(String permission, String mission) {
        return scopes.require(permission, mission);
    }

    /** Whether the user holds {@code permission} for {@code mission} (null = department). */
    public boolean may(String permission, String mission) {
        return scopes.may(permission, mission);
    }

    /** Missions whose records the user may list with {@code permission}: empty = all; 403 when none. */
    public Optional<Set<String>> visible(String permission) {
        return scopes.visible(permission);
    }

    /** A mission the organisation knows (400 naming the field otherwise), upper-cased. */
    public String mission(String field, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of(field, "Required", "ictinfra.input.required", Check.label(field));
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (missionDirectory.find(c).isEmpty()) {
            throw InvalidInputException.of(field, "UnknownMission", "ictinfra.input.mission", Check.label(field), c);
        }
        return c;
    }

    /** As {@link #mission(String, String)}, collecting the problem into {@code check} (null returned then). */
    public String mission(Check check, String field, String code) {
        if (code == null || code.isBlank()) {
            check.required(field, null);
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (missionDirectory.find(c).isEmpty()) {
            check.add(field, "UnknownMission", "ictinfra.input.mission", c);
            return null;
        }
        return c;
    }

    /** 404 (not 403) when the record's mission is outside what the user may read: its existence is not confirmed. */
    public void requireSees(String permission, String mission, String what, Object id) {
        Optional<Set<String>> v = visible(permission);
        if (mission != null && v.isPresent() && !v.get().contains(mission)) {
            throw new NotFoundException(what, id);
        }
    }

    /** SQL condition and parameters restricting {@code column} to the visible missions. */
    public static String missionFilter(String column, Optional<Set<String>> visible, List<Object> params) {
        return MissionScopes.missionFilter(column, visible, params);
    }
}
