package org.fieldsupport.claims.internal;

import org.fieldsupport.claims.domain.RuleSets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule sets the application computes with: the built-in editions (see docs/decisions on rule-set versioning). */
@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    RuleSets ruleSets() {
        return RuleSets.builtIn();
    }
}
