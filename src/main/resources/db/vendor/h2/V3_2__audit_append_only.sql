-- H2: the audit trail is append-only. A Java trigger refuses UPDATE and DELETE on audit_record.
CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'org.fieldsupport.platform.audit.internal.H2AppendOnlyTrigger';
