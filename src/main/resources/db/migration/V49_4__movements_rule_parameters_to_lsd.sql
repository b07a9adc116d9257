-- MOVEMENTS-2026-v1's parameters move to the division's table (lsd_rule_parameter, V48_4): the cut-off rows as they
-- are, and the manifest freeze (noon UTC the day before, until now a constant) as an hour of the day.
INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at)
SELECT 'movements.request.cutoff-hours', effective_from, numeric_value, changed_by, changed_at
FROM mov_rule_parameter WHERE name = 'request.cutoff.hours';

INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at)
VALUES ('movements.manifest.freeze-hour', DATE '2026-01-01', 12, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

DROP TABLE mov_rule_parameter;
