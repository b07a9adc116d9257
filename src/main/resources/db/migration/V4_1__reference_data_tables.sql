-- Reference data (platform.reference): read-only tables filled from src/main/resources/reference/*.csv
-- by the Java migration V4_2__ReferenceData. Runs on H2 (MODE=PostgreSQL) and PostgreSQL 15.
CREATE TABLE ref_country (
    alpha2          VARCHAR(2)   PRIMARY KEY,
    alpha3          VARCHAR(3)   NOT NULL UNIQUE,
    numeric_code    VARCHAR(3)   NOT NULL UNIQUE,
    name_en         VARCHAR(200) NOT NULL,
    name_fr         VARCHAR(200) NOT NULL,
    un_member_state BOOLEAN      NOT NULL
);

CREATE TABLE ref_currency (
    code         VARCHAR(3)   PRIMARY KEY,
    numeric_code VARCHAR(3)   NOT NULL UNIQUE,
    minor_units  INTEGER      NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    name_fr      VARCHAR(200) NOT NULL
);

CREATE TABLE ref_staff_category (
    code    VARCHAR(30)  PRIMARY KEY,
    rank    INTEGER      NOT NULL UNIQUE,
    name_en VARCHAR(200) NOT NULL,
    name_fr VARCHAR(200) NOT NULL
);

CREATE TABLE ref_grade (
    code     VARCHAR(10)  PRIMARY KEY,
    category VARCHAR(30)  NOT NULL REFERENCES ref_staff_category (code),
    rank     INTEGER      NOT NULL UNIQUE,
    name_en  VARCHAR(200) NOT NULL,
    name_fr  VARCHAR(200) NOT NULL
);
