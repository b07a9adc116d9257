-- Briefing notes are assembled as DOCX too (issue 16, 4.3.j), next to the PDF, for the principal's office to edit.
-- Versions assembled before this migration have no DOCX (NULL): their PDF stays the record.
ALTER TABLE fo_briefing_version ADD COLUMN docx BYTEA;
