package org.fieldsupport.conduct.cases.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldsupport.conduct.cases.domain.NeedToKnow;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need-to-know of the signed-in user, from the conduct roles actually assigned to them (valid today) and the
 * cases given to them explicitly. The platform administrator's blanket permissions do not count here: a case
 * is opened by need-to-know, never by a superuser flag.
 */
@Component
public class ConductAccess {

    private final ObjectProvider<UserDirectory> users;
    private final ObjectProvider<AccessPolicy> policy;
    private final JdbcClient jdbc;

    ConductAccess(ObjectProvider<UserDirectory> users, ObjectProvider<AccessPolicy> policy, JdbcClient jdbc) {
        this.users = users;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    public String user() {
        return CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    public NeedToKnow current() {
        return of(CurrentUser.username().orElse(null));
    }

    /** Need-to-know of any user (a subscriber's notice is made for them, not for whoever runs the job). */
    public NeedToKnow of(String user) {
        UserDirectory directory = users.getIfAvailable();
        if (user == null || directory == null) {
            return NeedToKnow.nobody();
        }
        Set<String> missions = new HashSet<>();
        boolean hq = false;
        for (String role : List.of(ConductPermissions.OFFICER, ConductPermissions.HQ, ConductPermissions.HEAD)) {
            for (Scope scope : directory.scopesWithRole(user, role)) {
                if (scope.type() == Scope.ScopeType.DEPARTMENT) {
                    hq = true;
                } else if (scope.type() == Scope.ScopeType.MISSION) {
                    missions.add(scope.key());
                }
            }
        }
        boolean victims = !directory.scopesWithRole(user, ConductPermissions.VICTIMS_ASSISTANCE).isEmpty();
        Set<Long> granted = new HashSet<>(jdbc.sql("SELECT case_id FROM conduct_case_grant WHERE username = ?")
                .param(user).query(Long.class).list());
        return new NeedToKnow(missions, hq, granted, victims);
    }

    public boolean userExists(String username) {
        UserDirectory directory = users.getIfAvailable();
        return directory != null && directory.find(username).isPresent();
    }

    /** The head of the conduct unit (reviews the read log): the CONDUCT_HEAD role at department scope. */
    public boolean isHead() {
        return isHead(CurrentUser.username().orElse(null));
    }

    /** Whether {@code user} holds CONDUCT_HEAD at department scope (the menu asks it for the signed-in user). */
    public boolean isHead(String user) {
        return holdsAtDepartment(user, List.of(ConductPermissions.HEAD));
    }

    /** Whether {@code user} is in the headquarters conduct unit (a conduct role at department scope): reconciliation. */
    public boolean isHeadquarters(String user) {
        return holdsAtDepartment(user, List.of(ConductPermissions.OFFICER, ConductPermissions.HQ, ConductPermissions.HEAD));
    }

    private boolean holdsAtDepartment(String user, List<String> roles) {
        UserDirectory directory = users.getIfAvailable();
        return user != null && directory != null && roles.stream().anyMatch(role -> directory.scopesWithRole(user, role)
                .stream().anyMatch(s -> s.type() == Scope.ScopeType.DEPARTMENT));
    }

    /** The case or a 404 that says nothing more: outside need-to-know the case does not exist. */
    public NeedToKnow requireSees(long caseId, String missionCode) {
        NeedToKnow ntk = current();
        if (missionCode == null || !ntk.sees(caseId, missionCode)) {
            throw new NotFoundException("conduct case", caseId);
        }
        return ntk;
    }

    /** Whether the signed-in user holds {@code permission} in {@code scope} (non-case data: prevention, policies). */
    public boolean may(String permission, Scope scope) {
        AccessPolicy p = policy.getIfAvailable();
        return CurrentUser.username().isPresent() && (p == null || p.mayCurrentUser(permission, scope));
    }

    public void require(String permission, Scope scope) {
        if (!may(permission, scope)) {
            throw new AccessDeniedException(permission + " in " + scope);
        }
    }

    /** Holds {@code permission} in some scope, or refuses (403). */
    public void requireAnywhere(String permission) {
        String user = user();
        AccessPolicy p = policy.getIfAvailable();
        if (p != null && !p.mayCurrentUser(permission, Scope.department()) && p.scopesOf(user, permission).isEmpty()) {
            throw new AccessDeniedException(permission);
        }
    }

    /** Missions where the user holds {@code permission}; null = every mission (department scope). */
    public Set<String> missionsWith(String permission) {
        String user = user();
        AccessPolicy p = policy.getIfAvailable();
        if (p == null || p.mayCurrentUser(permission, Scope.department())) {
            return null;
        }
        Set<String> missions = new HashSet<>();
        p.scopesOf(user, permission).stream().filter(s -> s.type() == Scope.ScopeType.MISSION)
                .forEach(s -> missions.add(s.key()));
        return missions;
    }
}
