-- portal-adapter (ПЭП): citizen accounts, drafts, submitted requests, the personal cabinet

-- Accounts: bound to the citizen's EDS at registration (the certificate that signed the challenge).
CREATE TABLE citizen_account (
    iin                 CHAR(12)     PRIMARY KEY,
    password_hash       TEXT         NOT NULL,               -- bcrypt (Elytron)
    language            VARCHAR(2)   NOT NULL,               -- ru | kk: messages to the citizen
    surname             TEXT,
    given_name          TEXT,
    patronymic          TEXT,
    certificate_sha256  CHAR(64)     NOT NULL,
    failed_attempts     INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One-time registration challenges the citizen signs with their EDS.
CREATE TABLE registration_challenge (
    challenge    VARCHAR(200) PRIMARY KEY,
    iin          CHAR(12)     NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL
);

-- Sessions: opaque bearer tokens, stored as SHA-256 only.
CREATE TABLE citizen_session (
    token_sha256 CHAR(64)     PRIMARY KEY,
    iin          CHAR(12)     NOT NULL REFERENCES citizen_account (iin),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX citizen_session_iin ON citizen_session (iin);

-- Drafts: the exact request document the citizen is asked to sign.
CREATE TABLE request_draft (
    id             VARCHAR(36)  PRIMARY KEY,
    request_id     VARCHAR(36)  NOT NULL UNIQUE,
    iin            CHAR(12)     NOT NULL REFERENCES citizen_account (iin),
    service_code   VARCHAR(64)  NOT NULL,
    document       BYTEA        NOT NULL,
    refused_attempts INT        NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ  NOT NULL
);

-- Submitted requests: the signed document as sent, and both status streams.
CREATE TABLE portal_request (
    request_id        VARCHAR(36)  PRIMARY KEY,
    iin               CHAR(12)     NOT NULL REFERENCES citizen_account (iin),
    draft_id          VARCHAR(36)  NOT NULL,
    service_code      VARCHAR(64)  NOT NULL,
    message_id        VARCHAR(64)  NOT NULL,
    document          BYTEA        NOT NULL,
    signature         BYTEA        NOT NULL,
    idempotency_key   VARCHAR(128),
    technical_status  VARCHAR(32),
    business_status   VARCHAR(32),
    reason_code       VARCHAR(64),
    provider_id       VARCHAR(64),
    variant_code      VARCHAR(8),
    due_at            TIMESTAMPTZ,
    submitted_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (iin, idempotency_key)
);
CREATE INDEX portal_request_iin ON portal_request (iin, submitted_at DESC);

-- «История получения услуг»: every technical and business status, refusal and result, with time and acting role.
CREATE TABLE request_event (
    id           BIGSERIAL    PRIMARY KEY,
    request_id   VARCHAR(36)  NOT NULL REFERENCES portal_request (request_id),
    stream       VARCHAR(16)  NOT NULL,                   -- PORTAL, TECHNICAL, BUSINESS, RESULT
    status       VARCHAR(64)  NOT NULL,
    acting_role  VARCHAR(32)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    detail       TEXT,
    message_id   VARCHAR(64),
    applied      BOOLEAN      NOT NULL DEFAULT TRUE       -- false: an illegal transition kept as evidence only
);
CREATE INDEX request_event_request ON request_event (request_id, id);

-- «Уведомления»: one for every change of the citizen's requests (and every refusal of condition 2).
CREATE TABLE notification (
    id           BIGSERIAL    PRIMARY KEY,
    iin          CHAR(12)     NOT NULL REFERENCES citizen_account (iin),
    request_id   VARCHAR(36),
    kind         VARCHAR(16)  NOT NULL,                   -- PORTAL, TECHNICAL, BUSINESS, RESULT, REFUSAL
    code         VARCHAR(64)  NOT NULL,                   -- a status or a reason code
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    read_at      TIMESTAMPTZ
);
CREATE INDEX notification_iin ON notification (iin, id DESC);

-- Results signed by the officer, exactly as received through the gateway.
CREATE TABLE result_document (
    document_id        VARCHAR(64)  PRIMARY KEY,
    request_id         VARCHAR(36)  NOT NULL REFERENCES portal_request (request_id),
    body               BYTEA        NOT NULL,
    body_sha256        CHAR(64)     NOT NULL,
    signature          BYTEA        NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    title              TEXT,
    signer_name        TEXT,
    signer_organisation TEXT,
    signer_bin         CHAR(12),
    certificate_serial VARCHAR(64),
    provider_id        VARCHAR(64)  NOT NULL,
    message_id         VARCHAR(64)  NOT NULL,              -- the gateway's forwarding message
    gateway_checked_at VARCHAR(40),                        -- the gateway's signature-check time (its enrichment)
    received_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX result_document_sha ON result_document (body_sha256);
