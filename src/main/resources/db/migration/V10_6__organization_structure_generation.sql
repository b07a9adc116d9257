-- Issue 20: one number that changes with every committed change to the organisation's structure (units, positions,
-- incumbents, persons, reporting lines, relations, external entities, acting arrangements, attribution holders).
-- Each node keeps rich structure reads (the unit detail) for the generation it saw; a read checks this one row
-- (one indexed statement instead of ten) and reloads when another node, an import or SQL by hand changed the
-- structure. Bumped by triggers (db/vendor/postgresql/V33_5__organization_structure_generation_triggers.sql), so no
-- write path can forget it. On the embedded H2 default (one node) there are no such triggers (H2 refuses a write from a
-- trigger fired by an auto-commit statement) and nothing is kept: every read is computed (StructureGeneration).
CREATE TABLE org_structure_generation (
    id         INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO org_structure_generation (id, generation) VALUES (1, 1);
