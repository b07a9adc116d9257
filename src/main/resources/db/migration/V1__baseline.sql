-- Baseline. Migration version ranges per module (keeps parallel work from colliding):
--   V1–V9   platform (security V2, audit V3, reference data V4, idempotency/api V5, ops V6)
--   V10–V19 organization
--   V20–V29 claims
-- Every migration must run on H2 (MODE=PostgreSQL) and PostgreSQL 15.
CREATE TABLE app_info (
    key_name   VARCHAR(100) PRIMARY KEY,
    value_text VARCHAR(1000) NOT NULL
);
INSERT INTO app_info (key_name, value_text) VALUES ('schema.baseline', '2026-11-27');
