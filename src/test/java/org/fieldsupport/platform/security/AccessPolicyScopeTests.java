package org.fieldsupport.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.fieldsupport.platform.security.internal.UserAccounts;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** may(user, permission, scope) against real assignments (AUDITOR holds platform.audit.read). */
@IntegrationTest
class AccessPolicyScopeTests {

    private static final String READ = PlatformPermissions.AUDIT_READ;

    @Autowired AccessPolicy access;
    @Autowired UserDirectory directory;
    @Autowired UserAdministration administration;
    @Autowired UserAccounts users;

    private String userWith(String role, Scope scope, LocalDate from, LocalDate to) {
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        directory.ensureUser(username, "Policy " + username, null, "en", "irrelevant-pw");
        if (role != null) {
            administration.assign(users.findByUsername(username).orElseThrow().id(), role, scope, from, to);
        }
        return username;
    }

    @Test
    void a_department_assignment_covers_every_scope() {
        String u = userWith("AUDITOR", Scope.department(), null, null);
        assertThat(access.may(u, READ, Scope.department())).isTrue();
        assertThat(access.may(u, READ, Scope.mission("MINUSCA"))).isTrue();
        assertThat(access.may(u, READ, Scope.unit("LSD"))).isTrue();
        assertThat(access.may(u, READ, Scope.memberState("BGD"))).isTrue();
        assertThat(access.may(u, PlatformPermissions.USERS_MANAGE, Scope.department())).isFalse();
    }

    @Test
    void a_mission_assignment_does_not_cover_another_mission_nor_the_department() {
        String u = userWith("AUDITOR", Scope.mission("MINUSCA"), null, null);
        assertThat(access.may(u, READ, Scope.mission("MINUSCA"))).isTrue();
        assertThat(access.may(u, READ, Scope.mission("MONUSCO"))).isFalse();
        assertThat(access.may(u, READ, Scope.department())).isFalse();
        assertThat(access.scopesOf(u, READ)).containsExactly(Scope.mission("MINUSCA"));
    }

    @Test
    void an_expired_or_future_assignment_is_ignored() {
        LocalDate today = LocalDate.now();
        String expired = userWith("AUDITOR", Scope.department(), today.minusDays(30), today.minusDays(1));
        String future = userWith("AUDITOR", Scope.department(), today.plusDays(1), null);
        String current = userWith("AUDITOR", Scope.department(), today, today);
        assertThat(access.may(expired, READ, Scope.department())).isFalse();
        assertThat(access.may(future, READ, Scope.department())).isFalse();
        assertThat(access.may(current, READ, Scope.department())).isTrue();
    }

    @Test
    void a_member_state_assignment_covers_only_that_member_state() {
        String u = userWith("AUDITOR", Scope.memberState("BGD"), null, null);
        assertThat(access.may(u, READ, Scope.memberState("BGD"))).isTrue();
        assertThat(access.may(u, READ, Scope.memberState("PAK"))).isFalse();
        assertThat(access.may(u, READ, Scope.department())).isFalse();
        assertThat(access.may(u, READ, Scope.mission("MINUSCA"))).isFalse();
    }

    @Test
    void an_administrator_at_department_scope_may_do_everything_but_not_at_mission_scope() {
        String dept = userWith("ADMINISTRATOR", Scope.department(), null, null);
        String mission = userWith("ADMINISTRATOR", Scope.mission("UNMISS"), null, null);
        assertThat(access.may(dept, "claims.verification.certify", Scope.mission("UNMISS"))).isTrue();
        assertThat(access.may(mission, "claims.verification.certify", Scope.mission("UNMISS"))).isFalse();
        assertThat(access.may(mission, PlatformPermissions.USERS_MANAGE, Scope.mission("UNMISS"))).isTrue();
        assertThat(access.may(mission, PlatformPermissions.USERS_MANAGE, Scope.department())).isFalse();
    }

    @Test
    void a_disabled_user_or_one_without_roles_may_nothing() {
        String u = userWith("AUDITOR", Scope.department(), null, null);
        administration.setEnabled(users.findByUsername(u).orElseThrow().id(), false);
        assertThat(access.may(u, READ, Scope.department())).isFalse();
        String none = userWith(null, null, null, null);
        assertThat(access.may(none, READ, Scope.department())).isFalse();
        assertThat(access.may("nobody-" + UUID.randomUUID(), READ, Scope.department())).isFalse();
    }

    @Test
    void the_catalogue_holds_the_platform_roles_and_permissions() {
        assertThat(directory.scopesWithRole("admin", PlatformPermissions.ADMINISTRATOR)).contains(Scope.department());
        assertThat(access.may("admin", PlatformPermissions.ACTUATOR_READ, Scope.department())).isTrue();
        assertThat(access.may("auditor", PlatformPermissions.AUDIT_READ, Scope.department())).isTrue();
        assertThat(access.may("auditor", PlatformPermissions.USERS_MANAGE, Scope.department())).isFalse();
    }
}
