-- Computed report lines are written together with their report, by the same user at the same moment: their
-- audit (who computed, when) is the report's created_by / created_at, stored once per report instead of on each
-- of its hundreds of lines. Adjustment lines are added later by someone else, so they keep their own.
-- Existing rows keep their values. Portable: H2 (MODE=PostgreSQL) and PostgreSQL 15.
ALTER TABLE claims_report_line ALTER COLUMN created_by DROP NOT NULL;
ALTER TABLE claims_report_line ALTER COLUMN created_at DROP NOT NULL;
ALTER TABLE claims_report_line ADD CONSTRAINT ck_claims_report_line_adjustment_audit
    CHECK (kind <> 'ADJUSTMENT' OR (created_by IS NOT NULL AND created_at IS NOT NULL));
