-- The staffing table screen pages a mission's active posts by unit and post number: an index in that order lets
-- PostgreSQL read one page (LIMIT/OFFSET) without sorting the mission's posts (issue 13 benchmark, 2,000 posts a mission).
CREATE INDEX ix_pers_post_table ON pers_post (mission_code, status, unit_name, post_number);
