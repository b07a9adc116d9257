-- Fuel: consumption over the fleet's norm by more than 25 % is an anomaly (until now a constant), as a rule
-- parameter of the division's table (lsd_rule_parameter, V48_4).
INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at)
VALUES ('supply.fuel.anomaly-percent', DATE '2026-01-01', 25, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');
