-- The envelope a case was registered from, kept as evidence: base64-heavy JSON that pglz hardly shrinks, so stored
-- out of line without compression (see platform's R__platform_column_storage.sql, docs/performance.md).
ALTER TABLE service_case ALTER COLUMN original_envelope SET STORAGE EXTERNAL;
-- The person's CMS signature (DER with its certificate) does not compress at all: no attempt on every INSERT.
ALTER TABLE service_case ALTER COLUMN person_signature SET STORAGE EXTERNAL;
