package org.fieldsupport.platform.security.internal;

import org.fieldsupport.platform.security.DemoData;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The platform's demo users (docs/demo-users.md), only with demo data on. Idempotent. */
@Component
@DemoData.OnDemoData
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoUsers implements ApplicationRunner {

    private final UserDirectory directory;

    DemoUsers(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        directory.ensureUser("admin", "Demo Administrator", "admin@demo.fieldsupport.org", "en", "admin");
        directory.ensureRoleAssignment("admin", PlatformPermissions.ADMINISTRATOR, Scope.department());
        directory.ensureUser("auditor", "Demo Auditor", "auditor@demo.fieldsupport.org", "fr", "auditor");
        directory.ensureRoleAssignment("auditor", PlatformPermissions.AUDITOR, Scope.department());
    }
}
