-- Logistics (issue 17, session 4): innovation decisions move through the platform's workflow kit, which compares and
-- sets the status with a version (a stale move is refused with 409).
ALTER TABLE log_innovation ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
