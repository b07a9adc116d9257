package org.fieldsupport.platform.api.internal;

import org.fieldsupport.platform.api.ReferenceNumbers;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReferenceNumbers} on {@code platform_reference_counter}: the UPDATE takes the row lock until the caller
 * commits. A missing row is created in its own short transaction (a concurrent creation is ignored), then
 * incremented like any other.
 */
@Component
class JdbcReferenceNumbers implements ReferenceNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    JdbcReferenceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String counter, String scope) {
        if (increment(counter, scope) == 0) {
            try {
                separate.executeWithoutResult(status -> jdbc.sql(
                                "INSERT INTO platform_reference_counter (counter, scope, last_value) VALUES (?, ?, 0)")
                        .params(counter, scope).update());
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // another writer created the row first: increment it like any other
            }
            if (increment(counter, scope) == 0) {
                throw new IllegalStateException("reference counter " + counter + "/" + scope + " not found");
            }
        }
        return jdbc.sql("SELECT last_value FROM platform_reference_counter WHERE counter = ? AND scope = ?")
                .params(counter, scope).query(Long.class).single();
    }

    private int increment(String counter, String scope) {
        return jdbc.sql("UPDATE platform_reference_counter SET last_value = last_value + 1 WHERE counter = ? AND scope = ?")
                .params(counter, scope).update();
    }
}
