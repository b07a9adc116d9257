package org.fieldsupport.claims.shared.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read a verification report: its own Member State's portal users and the mission's claims staff. */
class ClaimsAccessTests {

    /** A policy granting exactly the (user, permission, scope) triples given. */
    record Grants(Set<String> grants) implements AccessPolicy {
        public boolean may(String username, String permission, Scope scope) {
            return grants.contains(username + " " + permission + " " + scope);
        }
        public boolean mayCurrentUser(String permission, Scope scope) {
            return may(SecurityContextHolder.getContext().getAuthentication().getName(), permission, scope);
        }
        public void requireCurrentUser(String permission, Scope scope) {
            if (!mayCurrentUser(permission, scope)) {
                throw new AccessDeniedException(permission);
            }
        }
        public Set<Scope> scopesOf(String username, String permission) {
            return Set.of();
        }
    }

    private ClaimsAccess access(String... grants) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("policy", new Grants(Set.of(grants)));
        return new ClaimsAccess(beans.getBeanProvider(AccessPolicy.class));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_state_user_reads_its_own_reports_and_is_refused_another_states() {
        ClaimsAccess access = access("portal.bgd claims.portal.read MEMBER_STATE:BGD");
        signIn("portal.bgd");

        assertThatCode(() -> access.requireRead("MINUSCA", "BGD")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireRead("MINUSCA", "RWA")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mission_claims_staff_read_the_reports_of_their_mission_only() {
        ClaimsAccess access = access("coe.minusca claims.verification.submit MISSION:MINUSCA");
        signIn("coe.minusca");

        assertThatCode(() -> access.requireRead("MINUSCA", "RWA")).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireRead("UNMISS", "IND")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        assertThatThrownBy(() -> access().requireRead("MINUSCA", "BGD")).isInstanceOf(AccessDeniedException.class);
    }
}
