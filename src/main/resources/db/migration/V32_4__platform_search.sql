-- Platform kit (issue 10): one search index for every module's records, with who may find each entry.
CREATE TABLE search_entry (
    record_type  VARCHAR(100)  NOT NULL,
    record_id    VARCHAR(100)  NOT NULL,
    reference    VARCHAR(200)  NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    body         VARCHAR(4000),
    link         VARCHAR(500)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (record_type, record_id)
);

-- An entry is found by users holding the permission in the scope (any of its rows).
CREATE TABLE search_access (
    record_type  VARCHAR(100)  NOT NULL,
    record_id    VARCHAR(100)  NOT NULL,
    permission   VARCHAR(150)  NOT NULL,
    scope        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (record_type, record_id, permission, scope)
);
CREATE INDEX ix_search_access_permission ON search_access (permission, scope);
