package org.fieldsupport.platform.audit;

import java.util.List;

/**
 * Several {@link DataChanged} of one transaction published at once (a batch run storing hundreds of records):
 * the audit trail records each of them, in this order, exactly as if published one by one, but appends them
 * to the hash chain under one lock and in one JDBC batch.
 */
public record DataChanges(List<DataChanged> changes) {

    public DataChanges {
        changes = List.copyOf(changes);
    }
}
