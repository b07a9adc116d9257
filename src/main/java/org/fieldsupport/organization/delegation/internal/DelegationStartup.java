package org.fieldsupport.organization.delegation.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, after the organisation demo data (order 100): register contributed authority types, then (when demo data is on) the demo delegations. */
@Component
@Order(200)
class DelegationStartup implements ApplicationRunner {

    private final AuthorityTypes authorityTypes;
    private final DelegationDemoData demoData;

    DelegationStartup(AuthorityTypes authorityTypes, DelegationDemoData demoData) {
        this.authorityTypes = authorityTypes;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        authorityTypes.registerContributions();
        if (demoData.enabled()) {
            demoData.load();
        }
    }
}
