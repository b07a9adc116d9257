-- The correspondence register's search is a substring match on the lower-cased subject_search column
-- (LIKE '%...%'), which no B-tree index helps: on 500,000 items every search read the whole table
-- (docs/performance/frontoffice.md). A trigram GIN index (pg_trgm, shipped with PostgreSQL and a "trusted"
-- extension since 13: the database owner may create it) answers LIKE '%...%' for terms of three characters or more.
-- PostgreSQL only: H2 keeps the plain scan (db/vendor/h2 has no V45_2), which is fine for the embedded demo sizes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX fo_corr_search_trgm ON fo_correspondence USING gin (subject_search gin_trgm_ops);
