package org.fieldsupport.platform.ops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a report or dashboard read that may be answered by the reporting replica (issue 20, item 4): the method runs
 * in a read-only transaction whose connection comes from the replica data source when one is configured
 * ({@code fsp.datasource.replica.url}), otherwise from the primary as before. Its data may then be a few seconds behind
 * the primary (streaming replication); it is meant for reports and dashboards, never for a screen that shows what its
 * user has just written.
 *
 * <ul>
 *   <li>Called inside a transaction already open (a write, or a read that began elsewhere), the method joins it on
 *   the primary: what that transaction wrote stays visible to it.</li>
 *   <li>The replica unreachable (down, or its pool exhausted for {@code fsp.datasource.replica.connection-timeout}):
 *   the read falls back to the primary and counts it (meter {@code fsp.reports.reads}, tag {@code source}).</li>
 *   <li>Only the transaction's own connection is routed: a {@code REQUIRES_NEW} write inside the report (an audit
 *   line, a register entry) goes to the primary.</li>
 * </ul>
 * Put it on a public method of a bean (called through its proxy), like {@code @Transactional}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReportQuery {
}
