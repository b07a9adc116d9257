package org.fieldsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@org.fieldsupport.support.IntegrationTest
class ApplicationStartsTests {

    @Autowired ApplicationContext context;

    @Test
    void the_application_context_starts_with_migrations_applied() {
        assertThat(context.getBean(org.flywaydb.core.Flyway.class).info().current()).isNotNull();
    }
}
