-- recorded_at: the moment each event was written into the personal cabinet (not the start of its transaction, which
-- for a batch of inbound messages can be earlier); occurred_at stays the moment it happened at its source.
ALTER TABLE request_event ALTER COLUMN recorded_at SET DEFAULT clock_timestamp();
