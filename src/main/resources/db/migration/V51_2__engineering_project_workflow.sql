-- Engineering (issue 17, session 4): a project's phases move through the platform's workflow kit, which compares and
-- sets the phase with a version (a stale move is refused with 409).
ALTER TABLE eng_project ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
