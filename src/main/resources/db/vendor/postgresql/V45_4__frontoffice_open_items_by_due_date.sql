-- The overdue list reads the open items (not signed, not closed) by due date: a partial index on the open items in
-- that order gives its page in index order instead of scanning the register (docs/performance/frontoffice.md).
-- PostgreSQL only: H2 has no partial indexes and the demo register is small.
CREATE INDEX fo_corr_open_due_idx ON fo_correspondence (due_date, id) WHERE status NOT IN ('SIGNED', 'CLOSED');
