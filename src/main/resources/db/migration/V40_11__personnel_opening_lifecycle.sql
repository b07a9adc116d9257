-- Job openings' lifecycle on the workflow kit: a draft before posting, CLOSED once the posting window has ended.
ALTER TABLE rec_opening DROP CONSTRAINT ck_rec_opening_status;
ALTER TABLE rec_opening ADD CONSTRAINT ck_rec_opening_status
    CHECK (status IN ('DRAFT', 'POSTED', 'CLOSED', 'MEMO_SUBMITTED', 'ENDORSED', 'COMPLETED', 'CANCELLED'));
-- The throttle clean-up job deletes by age.
CREATE INDEX ix_rec_public_request_at ON rec_public_request (at);
