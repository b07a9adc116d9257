-- Issue 20: one number that changes with every committed change to work items (platform.ops.DataGeneration). Each
-- node keeps a user's inbox candidates and the items it shows for the generation it read them at; a read checks this
-- one row and reloads when any node, import or SQL by hand changed a work item. Advanced by triggers on PostgreSQL
-- (db/vendor/postgresql/V32_8__platform_work_item_generation_triggers.sql); on the embedded H2 default nothing is kept.
CREATE TABLE work_item_generation (
    id         INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO work_item_generation (id, generation) VALUES (1, 1);
