-- The computed lines of a verification report as one document per report (format in
-- claims.internal.ComputedLinesCodec; docs/decisions/2026-11-27-claims-computed-lines-document.md). They are
-- written once with their report and never changed; adjustment lines stay rows of claims_report_line, with their
-- own author and reason. Reports computed before this migration keep their computed lines as rows: readers take
-- the document's lines first, then the rows. Portable: H2 (MODE=PostgreSQL) and PostgreSQL 15.
CREATE TABLE claims_report_computed_lines (
    report_id  BIGINT   NOT NULL PRIMARY KEY REFERENCES claims_verification_report (id),
    format     SMALLINT NOT NULL,
    line_count INTEGER  NOT NULL,
    content    BYTEA    NOT NULL,
    CONSTRAINT ck_claims_report_computed_lines CHECK (line_count >= 0)
);
