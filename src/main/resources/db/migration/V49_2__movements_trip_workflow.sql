-- Movements (issue 17, session 4): trips are completed (or cancelled, with a reason) through the platform's workflow
-- kit, which compares and sets the status with a version (a stale move is refused with 409).
ALTER TABLE mov_trip ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE mov_trip DROP CONSTRAINT ck_mov_trip_status;
ALTER TABLE mov_trip ADD CONSTRAINT ck_mov_trip_status CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED'));
