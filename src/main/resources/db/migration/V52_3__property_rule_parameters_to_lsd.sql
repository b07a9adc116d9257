-- WRITE-OFF-2026-v1's local board limit moves to the division's table (lsd_rule_parameter, V48_4), rows as they are.
INSERT INTO lsd_rule_parameter (name, effective_from, param_value, changed_by, changed_at)
SELECT 'property.writeoff.local-limit', effective_from, amount, changed_by, changed_at
FROM prop_rule_parameter WHERE name = 'writeoff.local.limit';

DROP TABLE prop_rule_parameter;
