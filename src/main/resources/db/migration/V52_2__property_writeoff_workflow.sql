-- Property (issue 17): write-off cases move through the platform's workflow kit, which compares and sets the status
-- with a version (a stale move is refused with 409).
ALTER TABLE prop_writeoff ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
