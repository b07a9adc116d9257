package org.fieldsupport.personnel.leadership.internal;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fieldsupport.personnel.shared.PersonnelAccess;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in senior leadership: the section's officers (department scope; mission-scoped readers see
 * their missions' forecast and calls) and nominating Member States (their own lists only).
 */
@Component
public class LeadershipAccess {

    private final PersonnelAccess personnel;
    private final ObjectProvider<AccessPolicy> policy;

    LeadershipAccess(PersonnelAccess personnel, ObjectProvider<AccessPolicy> policy) {
        this.personnel = personnel;
        this.policy = policy;
    }

    public String user() {
        return personnel.user();
    }

    /** The officer's work (department scope). */
    public String requireManage() {
        return personnel.require(LeadershipPermissions.MANAGE, null);
    }

    public boolean mayManage() {
        return personnel.may(LeadershipPermissions.MANAGE, null);
    }

    public boolean maySelect() {
        return personnel.may(LeadershipPermissions.SELECT, null);
    }

    /** Missions whose forecast and calls the user reads: empty = all; refuses a user without the permission. */
    public Optional<Set<String>> readableMissions(String wanted) {
        return personnel.missionsFor(LeadershipPermissions.READ, wanted);
    }

    public boolean mayRead(String mission) {
        return personnel.may(LeadershipPermissions.READ, mission);
    }

    public boolean mayReadAnywhere() {
        return personnel.holdsAnywhere(LeadershipPermissions.READ);
    }

    /** The Member States (ISO alpha-3) for which the user may submit nomination lists. */
    public Set<String> nominatingStates() {
        String user = user();
        AccessPolicy p = policy.getIfAvailable();
        Set<String> out = new TreeSet<>();
        if (p == null) {
            return out;
        }
        for (Scope s : p.scopesOf(user, LeadershipPermissions.NOMINATE)) {
            if (s.type() == Scope.ScopeType.MEMBER_STATE) {
                out.add(s.key());
            }
        }
        return out;
    }

    /** Whether the user may submit or read a list of that nominating entity. */
    public boolean mayActFor(String nominatorKind, String nominatorCode) {
        if (mayManage()) {
            return true;
        }
        return "MEMBER_STATE".equals(nominatorKind) && nominatorCode != null
                && nominatingStates().contains(nominatorCode);
    }

    public void requireActFor(String nominatorKind, String nominatorCode) {
        if (!mayActFor(nominatorKind, nominatorCode)) {
            throw new AccessDeniedException("no nomination rights for " + nominatorKind + ":" + nominatorCode);
        }
    }
}
