package org.fieldsupport.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldsupport.platform.audit.DataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins per account: the {@value #MAX_FAILURES}th locks the account for
 * {@link #LOCK_DURATION}; while locked even the right password is refused (the authentication
 * provider checks the lock before the password). A success resets the count; an administrator can
 * unlock at once.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserAccounts users;
    private final AccessDecisions access;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public LoginThrottle(UserAccounts users, AccessDecisions access, ApplicationEventPublisher events) {
        this.users = users;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public void failed(String username) {
        users.findByUsername(username).ifPresent(user -> {
            Instant now = clock.instant();
            if (user.lockedAt(now)) {
                return;
            }
            // a lock that has run out starts a fresh count
            int failures = (user.lockedUntil() != null ? 0 : user.failedAttempts()) + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_DURATION) : null;
            users.updateLoginState(user.id(), failures, lockedUntil);
            if (lockedUntil != null) {
                log.warn("Account '{}' locked until {} after {} failed logins", user.username(), lockedUntil, failures);
                Map<String, Object> after = new LinkedHashMap<>(user.auditView());
                after.put("lockedUntil", lockedUntil.toString());
                events.publishEvent(DataChanged.updated(UserAdministration.USER, user.id(), user.auditView(), after));
                access.invalidate(user.username());
            }
        });
    }

    @Transactional
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(user -> {
            if (user.failedAttempts() != 0 || user.lockedUntil() != null) {
                users.updateLoginState(user.id(), 0, null);
            }
        });
    }
}
