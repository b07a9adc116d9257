-- Logistics (issue 17): SDS allocations move through the platform's workflow kit (shipment, receipt and inspection),
-- which compares and sets the status with a version (a stale move is refused with 409).
ALTER TABLE log_sds_allocation ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
