-- labour-market-registry (АИС «Рынок труда»)

-- Stand-in source of labour activity: employment contracts and the last pension contribution (ЕНПФ), one row per
-- employment, seeded on first start over the same people as the gateway's ГБД ФЛ.
CREATE TABLE employment_record (
    id                 BIGSERIAL    PRIMARY KEY,
    iin                CHAR(12)     NOT NULL,
    employer_bin       CHAR(12)     NOT NULL,
    employer_name      TEXT         NOT NULL,
    contract_start     DATE         NOT NULL,
    contract_end       DATE,
    last_contribution  DATE
);
CREATE INDEX employment_record_iin ON employment_record (iin);

-- Where the employment records come from and as of which date (one row).
CREATE TABLE employment_source (
    id          SMALLINT     PRIMARY KEY CHECK (id = 1),
    source      TEXT         NOT NULL,
    data_date   DATE         NOT NULL,
    records     INTEGER      NOT NULL,
    loaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Personal record card (карточка персонального учета): one per person, with the identification data entered.
CREATE TABLE record_card (
    iin          CHAR(12)     PRIMARY KEY,
    surname      TEXT         NOT NULL,
    given_name   TEXT         NOT NULL,
    patronymic   TEXT,
    birth_date   DATE         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Registrations as job seeker or unemployed; active while not deregistered.
CREATE TABLE card_registration (
    id                     BIGSERIAL    PRIMARY KEY,
    iin                    CHAR(12)     NOT NULL REFERENCES record_card (iin),
    kind                   VARCHAR(16)  NOT NULL,          -- JOB_SEEKER, UNEMPLOYED
    registered_on          DATE         NOT NULL,
    provider_id            VARCHAR(64)  NOT NULL,
    channel                VARCHAR(32),
    request_id             VARCHAR(64)  NOT NULL,
    decision_number        VARCHAR(64),                    -- UNEMPLOYED: the local executive body's decision
    decision_date          DATE,
    deregistered_on        DATE,
    deregistration_reason  TEXT,
    deregistration_request VARCHAR(64)
);
-- at most one active registration of each kind per person
CREATE UNIQUE INDEX card_registration_one_active ON card_registration (iin, kind) WHERE deregistered_on IS NULL;

-- Referrals to active employment measures.
CREATE TABLE card_referral (
    id            BIGSERIAL    PRIMARY KEY,
    iin           CHAR(12)     NOT NULL REFERENCES record_card (iin),
    measure_kind  VARCHAR(24)  NOT NULL,                   -- EMPLOYMENT, YOUTH_PRACTICE, SOCIAL_JOBS, PUBLIC_WORKS
    referred_on   DATE         NOT NULL,
    provider_id   VARCHAR(64)  NOT NULL,
    request_id    VARCHAR(64)  NOT NULL,
    employer      TEXT,
    employer_bin  CHAR(12),
    vacancy      TEXT,
    referral_number VARCHAR(64),
    data          TEXT         NOT NULL                    -- the command's data as sent
);

-- The history of every change of a card: who, when, which request. One row per effecting command.
CREATE TABLE card_history (
    id                  BIGSERIAL    PRIMARY KEY,
    iin                 CHAR(12)     NOT NULL REFERENCES record_card (iin),
    command_id          VARCHAR(128) NOT NULL UNIQUE,
    command             VARCHAR(40)  NOT NULL,
    change              TEXT         NOT NULL,
    provider_id         VARCHAR(64)  NOT NULL,
    acting_officer_iin  CHAR(12)     NOT NULL,
    request_id          VARCHAR(64)  NOT NULL,
    at                  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX card_history_iin ON card_history (iin, id);

-- Every command processed (also refused and not permitted ones) with the answer sent: a repeated command id gets the
-- same answer and changes nothing.
CREATE TABLE registry_command (
    command_id          VARCHAR(128) PRIMARY KEY,
    command             VARCHAR(40)  NOT NULL,
    iin                 CHAR(12)     NOT NULL,
    provider_id         VARCHAR(64)  NOT NULL,
    sender              VARCHAR(64)  NOT NULL,
    acting_officer_iin  CHAR(12)     NOT NULL,
    request_id          VARCHAR(64)  NOT NULL,
    accepted            BOOLEAN      NOT NULL,
    reason_code         VARCHAR(64),
    detail              TEXT,
    event               BYTEA        NOT NULL,
    processed_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    repeats             INTEGER      NOT NULL DEFAULT 0
);
