package org.fieldsupport.platform.security.internal;

import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start on a database without users (and without demo data): creates {@code admin} with a
 * random one-time password, written once to the log, to be changed at first login. There is no
 * default password outside demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Environment environment;
    private final UserAccounts users;
    private final UserAdministration administration;
    private final TransactionTemplate tx;

    AdminBootstrap(Environment environment, UserAccounts users, UserAdministration administration,
                   TransactionTemplate tx) {
        this.environment = environment;
        this.users = users;
        this.administration = administration;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoData.isOn(environment)) {
            bootstrapIfNoUsers();
        }
    }

    /** @return the one-time password when an administrator was created, else null. */
    String bootstrapIfNoUsers() {
        if (users.count() > 0) {
            return null;
        }
        String password = UserAdministration.randomPassword(20);
        try {
            tx.executeWithoutResult(status -> {
                UserAccount admin = administration.create(new UserAdministration.UserDetailsInput(
                        "admin", "Administrator", null, "en", true), password, true);
                administration.assign(admin.id(), PlatformPermissions.ADMINISTRATOR, Scope.department(), null, null);
            });
        } catch (DataIntegrityViolationException e) {
            return null; // another node created it first
        }
        log.warn("""

                ============================================================================
                 FIRST START: no users existed, so an administrator account was created.
                   username: admin
                   one-time password: {}
                 Sign in and choose a new password now (it is asked at first login).
                 This password is written to the log only this once.
                ============================================================================""", password);
        return password;
    }
}
