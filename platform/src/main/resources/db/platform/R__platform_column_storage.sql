-- Envelopes are JSON with base64 inside (seals, signatures, signed documents, forwarded envelopes): pglz gains a
-- quarter of their size at most and its compression was the database's largest single cost under load
-- (docs/performance.md). They are kept out of line and uncompressed. Repeatable: applies to every service's database.
ALTER TABLE outbox_message ALTER COLUMN payload SET STORAGE EXTERNAL;
