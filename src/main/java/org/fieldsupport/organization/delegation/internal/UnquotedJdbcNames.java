package org.fieldsupport.organization.delegation.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers by default, so an explicit {@code @Table("org_delegation")} is
 * looked up case-sensitively: found on PostgreSQL, not on H2 (which folds unquoted names to upper
 * case). Our migrations use unquoted lower-case names (HELPERS.md), so names are left unquoted and
 * each database folds them its own way. Applies to every Spring Data JDBC aggregate of the app.
 */
@Configuration(proxyBeanMethods = false)
class UnquotedJdbcNames {

    @Bean
    static BeanPostProcessor unquotedRelationalNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
