-- Policy versions move on the platform's workflow kit (compare-and-set on status and version).
ALTER TABLE gd_policy_version ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
