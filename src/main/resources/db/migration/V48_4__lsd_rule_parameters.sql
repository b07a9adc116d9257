-- The division's rule parameters (issue 17, session 5): one effective-dated table for the seven modules, kept by
-- org.fieldsupport.lsd.RuleParameters (the lsd kit has no version range of its own; its table is created in the
-- logistics range). A value applies from effective_from until a later row; rows are added for today or later only.
-- The modules' own parameter tables (mov_rule_parameter, prop_rule_parameter) are moved here by V49_4 and V52_3.
-- Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 15.
CREATE TABLE lsd_rule_parameter (
    name            VARCHAR(80)   NOT NULL,
    effective_from  DATE          NOT NULL,
    param_value     DECIMAL(15,2) NOT NULL,
    changed_by      VARCHAR(100)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, effective_from)
);

-- Aviation safety: an occurrence report is due within 24 hours of the event.
INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at)
VALUES ('logistics.aviation.report-hours', DATE '2026-01-01', 24, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');
