-- ICT-SLA-2026-v2 (issue 18): SLA clocks counted in the service's support hours, in the mission desk's time zone.
-- A mission without a row counts in UTC. Tickets opened before keep ICT-SLA-2026-v1 (every minute) in sla_rule_set.
CREATE TABLE ict_desk_zone (
    mission_code  VARCHAR(20)  NOT NULL PRIMARY KEY,
    zone_id       VARCHAR(60)  NOT NULL
);
INSERT INTO ict_desk_zone (mission_code, zone_id) VALUES
    ('MINUSCA', 'Africa/Bangui'),
    ('MONUSCO', 'Africa/Kinshasa'),
    ('UNMISS', 'Africa/Juba'),
    ('MINUSMA', 'Africa/Bamako'),
    ('UNISFA', 'Africa/Khartoum'),
    ('MINURSO', 'Africa/El_Aaiun'),
    ('UNIFIL', 'Asia/Beirut'),
    ('UNFICYP', 'Asia/Nicosia'),
    ('UNMIK', 'Europe/Belgrade');
