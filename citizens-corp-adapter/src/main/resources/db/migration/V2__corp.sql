-- citizens-corp-adapter (ИС ЦОН): branches, operators, packages, receipts, back-traffic, hand-over.

-- The State Corporation branches this deployment hosts (one BIN, each its region by KATO prefix).
CREATE TABLE branch (
    id          VARCHAR(64)  PRIMARY KEY,
    name        TEXT         NOT NULL,
    bin         CHAR(12)     NOT NULL,
    kato        VARCHAR(9)   NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Operator accounts, each attached to one branch; password (bcrypt) optional: EDS sign-in needs none.
CREATE TABLE operator_account (
    id               BIGSERIAL    PRIMARY KEY,
    branch_id        VARCHAR(64)  NOT NULL REFERENCES branch (id),
    login            VARCHAR(64)  NOT NULL UNIQUE,
    iin              CHAR(12)     NOT NULL UNIQUE,
    surname          TEXT         NOT NULL,
    given_name       TEXT         NOT NULL,
    password_hash    TEXT,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Sessions: opaque tokens, stored as SHA-256 only.
CREATE TABLE operator_session (
    token_sha256  CHAR(64)     PRIMARY KEY,
    operator_id   BIGINT       NOT NULL REFERENCES operator_account (id),
    method        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ  NOT NULL
);

-- EDS sign-in challenges (one use, short-lived).
CREATE TABLE signin_challenge (
    id          VARCHAR(64)  PRIMARY KEY,
    challenge   TEXT         NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used        BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Receipt numbers: one counter per branch and year.
CREATE TABLE receipt_counter (
    branch_id  VARCHAR(64)  NOT NULL,
    year       INT          NOT NULL,
    last       INT          NOT NULL,
    PRIMARY KEY (branch_id, year)
);

-- Every receipt given at the desk: acceptance (расписка / қолхат) or refusal to accept; unique per branch.
CREATE TABLE receipt (
    branch_id    VARCHAR(64)  NOT NULL REFERENCES branch (id),
    number       VARCHAR(64)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,             -- ACCEPTANCE, REFUSAL
    package_id   VARCHAR(64),
    request_id   VARCHAR(64),
    applicant_iin CHAR(12)    NOT NULL,
    issued_at    TIMESTAMPTZ  NOT NULL,
    content      TEXT         NOT NULL,             -- the receipt as JSON
    PRIMARY KEY (branch_id, number)
);
CREATE INDEX receipt_applicant ON receipt (branch_id, applicant_iin);

-- A package accepted at the desk and its request: draft (to sign), then submitted and followed to hand-over.
CREATE TABLE desk_request (
    request_id          VARCHAR(64)  PRIMARY KEY,
    package_id          VARCHAR(64)  NOT NULL UNIQUE,
    branch_id           VARCHAR(64)  NOT NULL REFERENCES branch (id),
    operator_id         BIGINT       NOT NULL REFERENCES operator_account (id),
    receipt_number      VARCHAR(64)  NOT NULL,
    applicant_iin       CHAR(12)     NOT NULL,
    applicant_name      TEXT         NOT NULL,
    service_code        VARCHAR(64)  NOT NULL,
    variant_code        VARCHAR(16)  NOT NULL,
    documents           TEXT         NOT NULL,      -- accepted documents as JSON
    document            BYTEA        NOT NULL,      -- the exact ServiceRequest bytes the operator signs
    state               VARCHAR(16)  NOT NULL,      -- DRAFT, SUBMITTED
    request_message_id  VARCHAR(64),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at        TIMESTAMPTZ,
    due_at              TIMESTAMPTZ,
    provider_id         VARCHAR(64),
    technical_status    VARCHAR(32),
    business_status     VARCHAR(32),
    reason_code         VARCHAR(64),
    result_document     BYTEA,
    result_signature    BYTEA,
    result_kind         VARCHAR(32),
    result_at           TIMESTAMPTZ,
    issued_at           TIMESTAMPTZ,
    issued_by           BIGINT       REFERENCES operator_account (id),
    issue_method        VARCHAR(16),
    issue_email         TEXT,
    UNIQUE (branch_id, receipt_number)
);
CREATE INDEX desk_request_applicant ON desk_request (branch_id, applicant_iin);
CREATE INDEX desk_request_unclaimed ON desk_request (branch_id, result_at) WHERE result_at IS NOT NULL AND issued_at IS NULL;

-- The timeline of a request: what was sent and what came back, in order.
CREATE TABLE request_event (
    id          BIGSERIAL    PRIMARY KEY,
    request_id  VARCHAR(64)  NOT NULL,
    kind        VARCHAR(48)  NOT NULL,
    detail      TEXT,
    message_id  VARCHAR(64),
    at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX request_event_request ON request_event (request_id, id);

-- Paper package movements, so a package can always be located.
CREATE TABLE package_movement (
    id           BIGSERIAL    PRIMARY KEY,
    package_id   VARCHAR(64)  NOT NULL,
    movement     VARCHAR(32)  NOT NULL,
    at           TIMESTAMPTZ  NOT NULL,
    recorded_by  TEXT         NOT NULL,
    reported_by  VARCHAR(64)  NOT NULL,             -- the participant that reported it (branch or provider)
    holder       VARCHAR(64)  NOT NULL,             -- who has the package after this movement
    message_id   VARCHAR(64)
);
CREATE INDEX package_movement_package ON package_movement (package_id, id);
