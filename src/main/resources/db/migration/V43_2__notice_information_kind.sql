-- Notices not tied to a work item (platform.notice.Notices#inform; first user: conduct's "new allegation"
-- subscription, counts only). Kind INFORMATION next to the work-item kinds; work_item_id stays NULL for it.
ALTER TABLE notice DROP CONSTRAINT ck_notice_kind;
ALTER TABLE notice ADD CONSTRAINT ck_notice_kind CHECK (kind IN ('ASSIGNED', 'DUE_SOON', 'OVERDUE', 'INFORMATION'));
