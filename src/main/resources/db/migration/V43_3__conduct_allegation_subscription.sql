-- Subscription to "new allegation" notices (issue 19, 5.7.g): counts only, never case details, and only of cases
-- the subscriber may see (need-to-know applied to the subscriber when the notice is made). last_allegation_id is
-- the highest allegation already counted for the subscriber.
CREATE TABLE conduct_subscription (
    username            VARCHAR(100) PRIMARY KEY,
    subscribed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_allegation_id  BIGINT       NOT NULL,
    last_notified_at    TIMESTAMP WITH TIME ZONE
);
