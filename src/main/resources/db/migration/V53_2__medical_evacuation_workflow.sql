-- Medical (issue 17, session 4): an evacuation is open until its outcome is recorded through the platform's workflow
-- kit (status OPEN -> CLOSED with a version; a stale move is refused with 409).
ALTER TABLE med_evacuation ADD COLUMN status VARCHAR(8) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE med_evacuation ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
UPDATE med_evacuation SET status = 'CLOSED' WHERE outcome IS NOT NULL;
ALTER TABLE med_evacuation ADD CONSTRAINT ck_med_evacuation_status CHECK (status IN ('OPEN', 'CLOSED'));
