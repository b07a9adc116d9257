-- The mission queue reads the open tickets of one mission, breached first then by resolution due time: a partial
-- index on the open tickets gives the first page in index order (docs/performance/ict-desk.md: 3.6-5.9 s without it
-- on 2 M tickets, 1-19 ms with it). PostgreSQL only: H2 has no partial indexes (see db/vendor/h2).
CREATE INDEX ict_ticket_open_queue ON ict_ticket (mission_code, resolution_breached DESC, resolution_due_at,
    opened_at DESC, id DESC) WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING');
