package org.fieldsupport.organization.delegation.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.fieldsupport.organization.AuthorityTypeContributor;
import org.fieldsupport.organization.AuthorityTypeContributor.AuthorityType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The authority types known to the register: seeded by migration, completed by contributors at start-up. */
@Component
public class AuthorityTypes {

    private final JdbcClient jdbc;
    private final ObjectProvider<AuthorityTypeContributor> contributors;

    AuthorityTypes(JdbcClient jdbc, ObjectProvider<AuthorityTypeContributor> contributors) {
        this.jdbc = jdbc;
        this.contributors = contributors;
    }

    /** Adds the contributed types not yet known (idempotent; several nodes may run it at once). */
    public void registerContributions() {
        contributors.orderedStream().flatMap(c -> c.authorityTypes().stream()).forEach(t -> {
            String code = t.code().strip().toUpperCase(Locale.ROOT);
            if (!exists(code)) {
                try {
                    jdbc.sql("INSERT INTO org_authority_type (code, module, label_key, monetary, grade_limited, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)")
                            .params(code, t.module(), t.labelKey(), t.monetary(), t.gradeLimited(), OffsetDateTime.now())
                            .update();
                } catch (org.springframework.dao.DuplicateKeyException raced) {
                    // another node registered it first
                }
            }
        });
    }

    public boolean exists(String code) {
        return code != null && jdbc.sql("SELECT COUNT(*) FROM org_authority_type WHERE code = ?")
                .param(code.strip().toUpperCase(Locale.ROOT)).query(Integer.class).single() > 0;
    }

    public List<AuthorityType> all() {
        return jdbc.sql("SELECT code, module, label_key, monetary, grade_limited FROM org_authority_type ORDER BY code")
                .query((rs, n) -> new AuthorityType(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }
}
