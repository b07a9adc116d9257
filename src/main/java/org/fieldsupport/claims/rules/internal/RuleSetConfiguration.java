package org.fieldsupport.claims.rules.internal;

import org.fieldsupport.claims.rules.domain.RuleSets;
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
