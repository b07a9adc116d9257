-- French category and description of major equipment (the COE Manual is published in English and French):
-- optional columns of a rate edition's equipment table, copied onto an MOU Annex B line rated from that row
-- (or given with a special-case line). NULL = not known: screens show the English text.
ALTER TABLE claims_equipment_rate ADD COLUMN category_fr VARCHAR(60);
ALTER TABLE claims_equipment_rate ADD COLUMN description_fr VARCHAR(200);
ALTER TABLE claims_mou_equipment ADD COLUMN category_fr VARCHAR(60);
ALTER TABLE claims_mou_equipment ADD COLUMN description_fr VARCHAR(200);
