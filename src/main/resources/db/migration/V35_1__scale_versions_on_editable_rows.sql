-- Concurrent edits (issue 10 item 2, docs/decisions/2026-12-05-scale-out-and-concurrent-edits.md): every row an API
-- PUT/PATCH edits carries a version (its ETag). Rows of tables without a version column (a budget framework item's
-- actual, a variance explanation, a strength return) keep it here, keyed by table and key; platform.api.RecordVersions
-- locks the row itself, reads and advances this one in the same transaction.
CREATE TABLE platform_record_version (
    table_name  VARCHAR(60)  NOT NULL,
    record_key  VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (table_name, record_key)
);
