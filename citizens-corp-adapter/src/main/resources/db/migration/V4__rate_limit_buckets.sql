-- Rate limits per client and per IIN (platform's RateLimits, Bucket4j's PostgreSQL backend): one token bucket a row,
-- keyed "<limit>:client:<address>" or "<limit>:iin:<iin>", its state Bucket4j's, locked for the moment of one take so
-- that every instance of the service spends the same bucket. A bucket full again (expires_at, epoch ms) is deleted.
CREATE TABLE rate_limit_bucket (
    id          VARCHAR(128) PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
