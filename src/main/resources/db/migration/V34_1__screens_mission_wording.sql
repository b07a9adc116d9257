-- Issue 12.7: a class rename (Mission -> OrgMission) leaked into demo strings ("Chief of OrgMission Support",
-- "Integrated OrgMission Task Force"). The demo loader now writes the right words; this fixes databases that
-- already hold the old ones (nothing else ever contains "OrgMission").
UPDATE org_position SET title_en = REPLACE(title_en, 'OrgMission', 'Mission') WHERE title_en LIKE '%OrgMission%';
UPDATE org_team SET name_en = REPLACE(name_en, 'OrgMission', 'Mission') WHERE name_en LIKE '%OrgMission%';
