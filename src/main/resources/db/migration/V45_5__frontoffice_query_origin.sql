-- Front office (session 4, issue 16): liaison queries asked on another module's portal (claims' Member State
-- portal): the asking channel and the delegate who asked; read back per origin and Member State.
ALTER TABLE fo_query ADD COLUMN origin VARCHAR(40);
ALTER TABLE fo_query ADD COLUMN asked_by VARCHAR(100);
CREATE INDEX fo_query_origin_idx ON fo_query (origin, partner_id);
