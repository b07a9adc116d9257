-- Budget, session 4: where each cost-estimate line's figures came from (personnel's staffing table for group II,
-- claims' MOUs for group I, or typed by the officer), the officer's override of a filled count with its reason, and
-- legislative questions against a budget routed through the front office's tasking.
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- source: MANUAL (typed), STAFFING_TABLE or MOU. source_key identifies the line within its source for a re-fill
-- ('II|INTERNATIONAL_STAFF|P-4', 'I|<contingent reference>'); source_count is the count the source gave (posts or
-- persons) when last filled, source_vacant the vacant posts then, source_months the months deployed in the period;
-- source_ref names the source record (grade and funding, or contingent and MOU version); rates_ref the reference
-- data the rates were read from. A filled count the officer changed keeps the source's count next to it, with the
-- reason, who and when (the change itself is in the audit trail).
ALTER TABLE bud_estimate_line ADD COLUMN source VARCHAR(20) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE bud_estimate_line ADD COLUMN source_key VARCHAR(200);
ALTER TABLE bud_estimate_line ADD COLUMN source_ref VARCHAR(300);
ALTER TABLE bud_estimate_line ADD COLUMN source_count NUMERIC(19,4);
ALTER TABLE bud_estimate_line ADD COLUMN source_vacant INTEGER;
ALTER TABLE bud_estimate_line ADD COLUMN source_months INTEGER;
ALTER TABLE bud_estimate_line ADD COLUMN source_as_of DATE;
ALTER TABLE bud_estimate_line ADD COLUMN rates_ref VARCHAR(500);
ALTER TABLE bud_estimate_line ADD COLUMN override_reason VARCHAR(2000);
ALTER TABLE bud_estimate_line ADD COLUMN overridden_by VARCHAR(100);
ALTER TABLE bud_estimate_line ADD COLUMN overridden_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bud_estimate_line ADD CONSTRAINT ck_bud_estimate_line_source CHECK (source IN ('MANUAL', 'STAFFING_TABLE', 'MOU'));
CREATE INDEX ix_bud_estimate_line_source ON bud_estimate_line (budget_id, source_key);

-- A question is registered against a budget and routed to a unit through the front office's tasking; the answer is
-- the task's consolidated answer (read back through frontoffice.Taskings). Older questions keep their direct answer.
ALTER TABLE bud_legislative_question ADD COLUMN budget_id BIGINT REFERENCES bud_budget (id);
ALTER TABLE bud_legislative_question ADD COLUMN lead_unit VARCHAR(40);
ALTER TABLE bud_legislative_question ADD COLUMN task_reference VARCHAR(40);
CREATE INDEX ix_bud_legislative_question_budget ON bud_legislative_question (budget_id);

-- Illustrative standard costs (not official figures) for the grades the session-3 rows left out, at any duty
-- station, so that a staffing table's every grade can be costed.
INSERT INTO bud_cost_parameter (kind, code, duty_station, effective_from, amount, currency, source, created_by, created_at) VALUES
 ('STANDARD_SALARY', 'USG', '*', DATE '2026-07-01', 420000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'ASG', '*', DATE '2026-07-01', 395000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'D-2', '*', DATE '2026-07-01', 345000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'D-1', '*', DATE '2026-07-01', 318000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'P-2', '*', DATE '2026-07-01', 158000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'P-1', '*', DATE '2026-07-01', 132000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-7', '*', DATE '2026-07-01', 205000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-6', '*', DATE '2026-07-01', 186000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-4', '*', DATE '2026-07-01', 139000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-3', '*', DATE '2026-07-01', 121000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-2', '*', DATE '2026-07-01', 108000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'FS-1', '*', DATE '2026-07-01', 96000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'NO-D', '*', DATE '2026-07-01', 84000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'NO-C', '*', DATE '2026-07-01', 73000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'NO-B', '*', DATE '2026-07-01', 60000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'NO-A', '*', DATE '2026-07-01', 51000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-7', '*', DATE '2026-07-01', 38000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-6', '*', DATE '2026-07-01', 33000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-5', '*', DATE '2026-07-01', 29000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-4', '*', DATE '2026-07-01', 24000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-3', '*', DATE '2026-07-01', 20500.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-2', '*', DATE '2026-07-01', 17500.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'G-1', '*', DATE '2026-07-01', 15000.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00'),
 ('STANDARD_SALARY', 'UNV', '*', DATE '2026-07-01', 68900.0000, 'USD', 'illustrative', 'system', TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00');
