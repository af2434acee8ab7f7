-- The delivery discipline every service shares (module platform).
-- Outbox: messages written in the same transaction as the state they announce; a relay publishes them.
CREATE TABLE outbox_message (
    id            BIGSERIAL PRIMARY KEY,
    delivery_id   VARCHAR(128) NOT NULL UNIQUE,  -- this publication (the message id, or a replay's own id)
    message_id    VARCHAR(64)  NOT NULL,         -- the envelope's message id, sent as a header
    topic         VARCHAR(128) NOT NULL,
    message_key   VARCHAR(128) NOT NULL,
    payload       BYTEA        NOT NULL,
    seal_as       VARCHAR(64),                   -- when set: payload is an unsealed envelope, sealed as this participant when published
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_message_unpublished ON outbox_message (id) WHERE published_at IS NULL;

-- Inbox: ids of messages already processed; a duplicate is acknowledged and changes nothing.
CREATE TABLE inbox_message (
    message_id   VARCHAR(64)  PRIMARY KEY,
    topic        VARCHAR(128) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Dead letters: every message that could not be processed, kept with its reason code, replayable.
CREATE TABLE dead_letter (
    id           BIGSERIAL PRIMARY KEY,
    message_id   VARCHAR(64),
    topic        VARCHAR(128) NOT NULL,
    message_key  VARCHAR(128),
    payload      BYTEA        NOT NULL,
    reason_code  VARCHAR(64)  NOT NULL,
    detail       TEXT,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    replayed_at  TIMESTAMPTZ
);

-- Platform operators (admin API); passwords hashed with bcrypt.
CREATE TABLE admin_account (
    username        VARCHAR(64)  PRIMARY KEY,
    password_hash   TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
