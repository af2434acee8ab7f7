-- The citizen's CMS signature (≈ 3 KB with its certificate): DER that pglz cannot shrink, so every INSERT paid for a
-- compression attempt it then threw away (≈ 20 µs a row, docs/performance.md session 9). Out of line, uncompressed.
ALTER TABLE portal_request ALTER COLUMN signature SET STORAGE EXTERNAL;
