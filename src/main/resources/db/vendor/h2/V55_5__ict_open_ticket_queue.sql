-- H2 has no partial indexes (PostgreSQL gets one on the open tickets, see db/vendor/postgresql): the same columns
-- after the status.
CREATE INDEX ict_ticket_open_queue ON ict_ticket (mission_code, status, resolution_breached DESC, resolution_due_at);
