package org.fieldsupport.platform.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 counterpart of the PostgreSQL trigger: refuses UPDATE and DELETE on audit_record
 * (installed by db/vendor/h2/V3_2__audit_append_only.sql).
 */
public class H2AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_record is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
