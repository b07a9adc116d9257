-- When a verification report was submitted and technically reviewed (certified_at exists already), for the
-- report screens' header; and an index for the HQ list filtered by mission and status.
ALTER TABLE claims_verification_report ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claims_verification_report ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_claims_report_mission_status ON claims_verification_report (mission_code, status, period_from);
