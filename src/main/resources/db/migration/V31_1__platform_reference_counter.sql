-- Reference counters (issue 9 item 3): one row per counter and scope (e.g. 'claims.dnd', 'BGD-2026'),
-- incremented by UPDATE in the transaction that uses the number, so concurrent writers wait for each other's
-- commit instead of counting rows and colliding on the unique reference.
CREATE TABLE platform_reference_counter (
    counter     VARCHAR(100) NOT NULL,
    scope       VARCHAR(100) NOT NULL,
    last_value  BIGINT       NOT NULL,
    CONSTRAINT pk_platform_reference_counter PRIMARY KEY (counter, scope)
);
