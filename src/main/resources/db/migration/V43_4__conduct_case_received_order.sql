-- The case register lists newest first (received_on DESC, id DESC): without an index in that order the first page
-- of 200,000 cases sorted every visible case (docs/performance/conduct.md).
CREATE INDEX ix_conduct_case_received ON conduct_case (received_on, id);
