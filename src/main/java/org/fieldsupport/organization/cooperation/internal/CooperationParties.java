package org.fieldsupport.organization.cooperation.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who may be a party to a relation, team lead or agreement: a unit of the department or a known external entity. */
@Component
public class CooperationParties {

    private final JdbcClient jdbc;

    CooperationParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean known(String code) {
        if (code == null || code.isBlank()) return false;
        String c = code.strip().toUpperCase(Locale.ROOT);
        Long n = jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM org_external_entity WHERE code = :c)
                     + (SELECT COUNT(*) FROM org_unit WHERE code = :c AND (valid_to IS NULL OR valid_to >= :d))""")
                .param("c", c).param("d", LocalDate.now()).query(Long.class).single();
        return n > 0;
    }

    /** A unit of the department (not an external entity). */
    public boolean isUnit(String code) {
        if (code == null || code.isBlank()) return false;
        Long n = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = :c").param("c", code.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).single();
        return n > 0;
    }
}
