-- The evidence chain is protected by each record's hash over its predecessor's (./egov evidence verify) and by the
-- append-only trigger; a unique index on the hash added nothing to either, and inserting 14 random 64-character keys
-- per request into it was the largest single cost of the gateway's database under load (docs/performance.md).
ALTER TABLE evidence DROP CONSTRAINT evidence_hash_key;
