package org.fieldsupport.platform.security.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Reads accounts for password logins (form and HTTP Basic); authorities are ROLE_&lt;role&gt; of today's assignments. */
public class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;
    private final AccessDecisions access;
    private final Clock clock = Clock.systemUTC();

    public AccountUserDetailsService(UserAccounts users, AccessDecisions access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() : account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .authorities(access.authorities(account.username()))
                .build();
    }
}
