-- mio-workstation (ИС МИО): the providers hosted here, their officers, the cases and their workflow.

-- Tenants: each provider with its BIN, KATO district and provider type; it seals with its own system key.
CREATE TABLE provider (
    id              VARCHAR(64)  PRIMARY KEY,
    name            TEXT         NOT NULL,
    bin             CHAR(12)     NOT NULL,
    kato            VARCHAR(9),
    provider_type   VARCHAR(48)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Officers: IIN + password (bcrypt), roles (comma-separated), attached to one provider.
CREATE TABLE officer (
    id              BIGSERIAL    PRIMARY KEY,
    provider_id     VARCHAR(64)  NOT NULL REFERENCES provider (id),
    iin             CHAR(12)     NOT NULL UNIQUE,
    surname         TEXT         NOT NULL,
    given_name      TEXT         NOT NULL,
    roles           TEXT         NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash   TEXT         NOT NULL,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX officer_provider ON officer (provider_id);

-- Sign-in sessions: the opaque token is kept only as its SHA-256.
CREATE TABLE officer_session (
    token_sha256    CHAR(64)     PRIMARY KEY,
    officer_id      BIGINT       NOT NULL REFERENCES officer (id),
    expires_at      TIMESTAMPTZ  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Incoming numbers per provider and year.
CREATE TABLE incoming_counter (
    provider_id     VARCHAR(64)  NOT NULL,
    year            INT          NOT NULL,
    last_number     INT          NOT NULL,
    PRIMARY KEY (provider_id, year)
);

-- A request under processing: the request document, the gateway's envelope and enrichment, the catalog step it is at.
CREATE TABLE service_case (
    request_id          VARCHAR(64)  PRIMARY KEY,
    provider_id         VARCHAR(64)  NOT NULL REFERENCES provider (id),
    service_code        VARCHAR(64)  NOT NULL,
    variant_code        VARCHAR(16)  NOT NULL,
    channel             VARCHAR(24)  NOT NULL,
    origin              VARCHAR(64),
    applicant_iin       CHAR(12)     NOT NULL,
    package_id          VARCHAR(64),
    language            VARCHAR(4)   NOT NULL,
    incoming_number     VARCHAR(64)  NOT NULL,
    received_at         TIMESTAMPTZ  NOT NULL,
    gateway_message_id  VARCHAR(64)  NOT NULL,
    request_document    BYTEA        NOT NULL,
    person_signature    BYTEA,
    original_envelope   BYTEA        NOT NULL,
    enrichment          BYTEA,
    status              VARCHAR(32)  NOT NULL,
    step_index          INT          NOT NULL,
    step_started_at     TIMESTAMPTZ,
    step_due_at         TIMESTAMPTZ,
    term_started_at     TIMESTAMPTZ,
    due_at              TIMESTAMPTZ,
    assigned_executor   CHAR(12),
    awaiting_registry   BOOLEAN      NOT NULL DEFAULT FALSE,
    draft_kind          VARCHAR(32),
    draft_result_code   VARCHAR(64),
    draft_reason_code   VARCHAR(64),
    draft_ground        TEXT,
    registry_card       TEXT,
    document            BYTEA,
    document_signer     CHAR(12),
    document_version    INT          NOT NULL DEFAULT 0,
    signed_at           TIMESTAMPTZ,
    outcome             VARCHAR(32),
    finished_at         TIMESTAMPTZ
);
CREATE INDEX service_case_queue ON service_case (provider_id, finished_at, step_due_at);
CREATE INDEX service_case_applicant ON service_case (provider_id, applicant_iin);

-- Every recorded step action and automatic note: who, when, what, comment.
CREATE TABLE case_action (
    id              BIGSERIAL    PRIMARY KEY,
    request_id      VARCHAR(64)  NOT NULL,
    step_index      INT          NOT NULL,
    step_number     INT,
    step_role       VARCHAR(32),
    action          VARCHAR(32)  NOT NULL,
    officer_iin     CHAR(12),
    comment         TEXT,
    late            BOOLEAN      NOT NULL DEFAULT FALSE,
    at              TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_action_request ON case_action (request_id, id);

-- Registry commands sent through the gateway to АИС «Рынок труда» and their answers.
CREATE TABLE registry_call (
    command_id      VARCHAR(64)  PRIMARY KEY,
    request_id      VARCHAR(64)  NOT NULL,
    step_index      INT          NOT NULL,
    command         VARCHAR(48)  NOT NULL,
    acting_officer  CHAR(12)     NOT NULL,
    state           VARCHAR(16)  NOT NULL,        -- PENDING, ACCEPTED, REFUSED
    reason_code     VARCHAR(64),
    card            TEXT,
    sent_at         TIMESTAMPTZ  NOT NULL,
    answered_at     TIMESTAMPTZ
);
CREATE INDEX registry_call_request ON registry_call (request_id);

-- Walk-in requests keyed in by an officer, waiting for the officer's EDS.
CREATE TABLE walk_in_draft (
    request_id      VARCHAR(64)  PRIMARY KEY,
    officer_id      BIGINT       NOT NULL REFERENCES officer (id),
    provider_id     VARCHAR(64)  NOT NULL,
    document        BYTEA        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at    TIMESTAMPTZ
);

-- Audit: every read of a case or a citizen's data and every action (also refused ones); never a raw IIN in detail.
CREATE TABLE audit_entry (
    id              BIGSERIAL    PRIMARY KEY,
    at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    officer_id      BIGINT,
    provider_id     VARCHAR(64),
    request_id      VARCHAR(64),
    what            VARCHAR(64)  NOT NULL,
    outcome         VARCHAR(64)  NOT NULL,
    detail          TEXT
);
CREATE INDEX audit_entry_request ON audit_entry (request_id);
CREATE INDEX audit_entry_officer ON audit_entry (officer_id);
