-- Platform search kit (session 4, issue 16): entry-level access for named users. An entry is found by users holding
-- one of its search_access permissions in its scope OR named here (e.g. the addressees of a strictly confidential
-- correspondence item, its only readers). The primary key serves the search's EXISTS probe per entry; the second
-- index serves "what may this user find by name" when the planner drives from the user's rows.
CREATE TABLE search_user_access (
    record_type  VARCHAR(100)  NOT NULL,
    record_id    VARCHAR(100)  NOT NULL,
    username     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (record_type, record_id, username)
);
CREATE INDEX ix_search_user_access_user ON search_user_access (username, record_type, record_id);
