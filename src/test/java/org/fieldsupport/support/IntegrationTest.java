package org.fieldsupport.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test configuration of the suite: a full application context with MockMvc on the
 * test database (H2 in memory, or PostgreSQL when FSP_TEST_DATABASE_URL is set) and demo data.
 * Use it rather than your own combination of annotations, so the context is built once and cached
 * across test classes (each variation costs a start-up). Tests must not assume empty tables: the
 * PostgreSQL leg shares one database across all test classes. {@link StatementCounter} counts the SQL statements
 * of a page view, for tests that a view's statements do not grow with the data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@org.junit.jupiter.api.extension.ExtendWith(UserLanguagesRestored.class)
public @interface IntegrationTest {
}
