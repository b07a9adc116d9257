-- Issue 12.9: camps (engineering) and medical facilities get a position, so the mission page's map draws them beside
-- the headquarters and the geospatial layers. Optional: a camp or facility without one is simply not drawn.
-- Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 15.
ALTER TABLE eng_camp ADD COLUMN latitude DECIMAL(9,6);
ALTER TABLE eng_camp ADD COLUMN longitude DECIMAL(9,6);
ALTER TABLE eng_camp ADD CONSTRAINT ck_eng_camp_position
    CHECK ((latitude IS NULL AND longitude IS NULL)
        OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
ALTER TABLE med_facility ADD COLUMN latitude DECIMAL(9,6);
ALTER TABLE med_facility ADD COLUMN longitude DECIMAL(9,6);
ALTER TABLE med_facility ADD CONSTRAINT ck_med_facility_position
    CHECK ((latitude IS NULL AND longitude IS NULL)
        OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180));
-- the demo camps and facilities already loaded (a new database gets them from the demo data loaders)
UPDATE eng_camp SET latitude = 4.393000, longitude = 18.523000 WHERE name = 'M''Poko logistics base (demo)';
UPDATE eng_camp SET latitude = 6.537000, longitude = 21.986000 WHERE name = 'Bria team site (demo)';
UPDATE eng_camp SET latitude = 4.813000, longitude = 31.548000 WHERE name = 'UN House, Juba (demo)';
UPDATE eng_camp SET latitude = 9.260000, longitude = 29.800000 WHERE name = 'Bentiu team site (demo)';
UPDATE med_facility SET latitude = 4.370000, longitude = 18.530000 WHERE name = 'Level II hospital, Bangui (demo)';
UPDATE med_facility SET latitude = 6.542000, longitude = 21.990000 WHERE name = 'UN Level I clinic, Bria (demo)';
UPDATE med_facility SET latitude = 9.533000, longitude = 31.660000 WHERE name = 'Level II hospital, Malakal (demo)';
UPDATE med_facility SET latitude = 9.265000, longitude = 29.795000 WHERE name = 'UN Level I clinic, Bentiu (demo)';
