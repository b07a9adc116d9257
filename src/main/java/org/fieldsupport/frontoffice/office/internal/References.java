package org.fieldsupport.frontoffice.office.internal;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference numbers of the front office: {@code <prefix>/<year>/<5 digits>}, one counter per prefix and year
 * (row-locked by the increment, so two registrations never get the same number).
 */
@Component
public class References {

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, LocalDate on) {
        String name = prefix + "-" + on.getYear();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("UPDATE fo_counter SET next_value = next_value + 1 WHERE name = ?").param(name).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO fo_counter (name, next_value) VALUES (?, 1)").param(name).update();
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            long value = jdbc.sql("SELECT next_value FROM fo_counter WHERE name = ?").param(name).query(Long.class).single();
            return "%s/%d/%05d".formatted(prefix.replace('-', '/'), on.getYear(), value);
        }
        throw new IllegalStateException("no reference for " + name);
    }
}
