-- Supply (issue 17): ration orders move through the platform's workflow kit (receipt, invoice match), which compares
-- and sets the status with a version (a stale move is refused with 409).
ALTER TABLE sup_ration_order ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
