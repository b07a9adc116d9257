-- PostgreSQL: a generation counter (platform.ops.DataGeneration) advanced when a transaction that changed a watched
-- table commits: deferred constraint triggers lock the counter row only at commit (two writers never wait for it while
-- holding other rows: no deadlock), once per transaction and counter (a transaction-local setting remembers it).
-- TRUNCATE advances it at once. The counter table is the trigger's argument; reusable by any module's generation.
CREATE OR REPLACE FUNCTION fsp_generation_advance() RETURNS trigger AS $$
DECLARE
    flag TEXT := 'fsp.generation_' || TG_ARGV[0];
BEGIN
    IF TG_LEVEL = 'ROW' AND current_setting(flag, true) = txid_current()::text THEN
        RETURN NULL;
    END IF;
    EXECUTE format('UPDATE %I SET generation = generation + 1 WHERE id = 1', TG_ARGV[0]);
    IF TG_LEVEL = 'ROW' THEN
        PERFORM set_config(flag, txid_current()::text, true);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER work_item_generation AFTER INSERT OR UPDATE OR DELETE ON work_item
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fsp_generation_advance('work_item_generation');
CREATE TRIGGER work_item_generation_truncate AFTER TRUNCATE ON work_item
    FOR EACH STATEMENT EXECUTE FUNCTION fsp_generation_advance('work_item_generation');
