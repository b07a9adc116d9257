-- PostgreSQL: the structure generation is bumped when a transaction that changed a structure table commits
-- (deferred constraint triggers: the generation row is locked only at commit, so two writers never wait for each
-- other's generation lock while holding other rows — no deadlock), once per transaction (a transaction-local
-- setting remembers it was done). TRUNCATE bumps it at once.
CREATE OR REPLACE FUNCTION org_structure_generation_bump() RETURNS trigger AS $$
BEGIN
    IF TG_LEVEL = 'ROW' AND current_setting('fsp.org_generation_bumped', true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    UPDATE org_structure_generation SET generation = generation + 1 WHERE id = 1;
    IF TG_LEVEL = 'ROW' THEN
        PERFORM set_config('fsp.org_generation_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['org_unit', 'org_person', 'org_position', 'org_incumbency', 'org_reporting_line',
                             'org_relation', 'org_external_entity', 'org_acting_arrangement', 'org_attribution_holder']
    LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION org_structure_generation_bump()',
                       t || '_generation', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION org_structure_generation_bump()',
                       t || '_generation_truncate', t);
    END LOOP;
END;
$$;
