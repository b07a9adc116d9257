-- Geospatial (issue 17): map requests move through the platform's workflow kit (clearance, rejection, release),
-- which compares and sets the status with a version (a stale move is refused with 409).
ALTER TABLE geo_map_request ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
