-- gateway-router (ШЭП/РШЭП)

-- Participant registry: every system allowed to exchange messages through the gateway.
CREATE TABLE participant (
    id              VARCHAR(64)  PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,            -- PORTAL, BRANCH, PROVIDER, REGISTRY
    name            TEXT         NOT NULL,
    bin             CHAR(12)     NOT NULL,
    kato            VARCHAR(9),                       -- region/district served (providers, branches)
    provider_type   VARCHAR(48),                      -- providers only
    certificate_sha256 CHAR(64),                      -- pinned system certificate, when registered
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    may_send        TEXT         NOT NULL,            -- comma-separated message types
    services        TEXT         NOT NULL,            -- comma-separated base service codes, or *
    channels        TEXT         NOT NULL,            -- comma-separated channels it may submit on
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Routing table: the provider for a provider type and the citizen's KATO; the most specific prefix wins.
CREATE TABLE routing_rule (
    id              BIGSERIAL    PRIMARY KEY,
    provider_type   VARCHAR(48)  NOT NULL,
    kato_prefix     VARCHAR(9)   NOT NULL,
    participant_id  VARCHAR(64)  NOT NULL REFERENCES participant (id),
    UNIQUE (provider_type, kato_prefix)
);

-- ГБД ФЛ stand-in: the state database of individuals.
CREATE TABLE person (
    iin             CHAR(12)     PRIMARY KEY,
    surname         TEXT         NOT NULL,
    given_name      TEXT         NOT NULL,
    patronymic      TEXT,
    birth_date      DATE         NOT NULL,
    sex             CHAR(1)      NOT NULL,
    deceased        BOOLEAN      NOT NULL DEFAULT FALSE,
    death_date      DATE,
    address_kato    VARCHAR(9),
    address_text    TEXT
);

-- Every read of ГБД ФЛ: who read whose data, and why.
CREATE TABLE person_read (
    id              BIGSERIAL    PRIMARY KEY,
    reader          VARCHAR(64)  NOT NULL,
    iin             CHAR(12)     NOT NULL,
    purpose         TEXT         NOT NULL,
    request_id      VARCHAR(64),
    found           BOOLEAN      NOT NULL,
    read_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX person_read_iin ON person_read (iin);

-- Attachment store: content-addressed files; only the recipient provider of a request may download.
CREATE TABLE attachment (
    sha256          CHAR(64)     PRIMARY KEY,
    size            BIGINT       NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    content         BYTEA        NOT NULL
);
CREATE TABLE attachment_grant (
    sha256          CHAR(64)     NOT NULL REFERENCES attachment (sha256),
    request_id      VARCHAR(64)  NOT NULL,
    participant_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (sha256, request_id, participant_id)
);

-- Each routed request: where it came from and which provider serves it, so statuses and results go back.
CREATE TABLE routed_request (
    request_id          VARCHAR(64)  PRIMARY KEY,
    origin_participant  VARCHAR(64)  NOT NULL,
    origin_message_id   VARCHAR(64)  NOT NULL,
    provider_id         VARCHAR(64),
    service_code        VARCHAR(64)  NOT NULL,
    variant_code        VARCHAR(16),
    channel             VARCHAR(24)  NOT NULL,
    technical_status    VARCHAR(32)  NOT NULL,
    reason_code         VARCHAR(64),
    received_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    delivered_at        TIMESTAMPTZ
);

-- Registry commands in flight: the registry's answer goes back to the provider that asked.
CREATE TABLE registry_command_route (
    command_id      VARCHAR(64)  PRIMARY KEY,
    request_id      VARCHAR(64)  NOT NULL,
    provider_id     VARCHAR(64)  NOT NULL,
    sent_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Message log (evidence): every message in and out and every check, append-only, chained by hash.
CREATE TABLE evidence (
    seq             BIGSERIAL    PRIMARY KEY,
    request_id      VARCHAR(64),
    message_id      VARCHAR(64),
    kind            VARCHAR(32)  NOT NULL,      -- IN, OUT, CHECK, REJECT
    subject         VARCHAR(64)  NOT NULL,      -- message type or check name
    outcome         VARCHAR(64)  NOT NULL,      -- OK or a reason code
    detail          TEXT         NOT NULL,      -- JSON
    recorded_at     TIMESTAMPTZ  NOT NULL,
    prev_hash       CHAR(64)     NOT NULL,
    hash            CHAR(64)     NOT NULL UNIQUE
);
CREATE INDEX evidence_request ON evidence (request_id, seq);
CREATE TABLE evidence_head (
    id              INT          PRIMARY KEY,
    last_seq        BIGINT       NOT NULL,
    last_hash       CHAR(64)     NOT NULL
);
INSERT INTO evidence_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- Append-only: the database itself refuses to change or remove evidence.
CREATE FUNCTION evidence_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'evidence is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER evidence_no_update BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION evidence_is_append_only();

