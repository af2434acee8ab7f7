-- What a participant may read through the gateway's sealed read-only API besides its own traffic: e.g. the portal
-- reads the evidence of the requests it sent, to cross-check a result a citizen asks it to verify. Part of the
-- participant registry: seeded from the reference data on first start, kept by operators afterwards.
CREATE TABLE participant_read_grant (
    participant_id  VARCHAR(64) NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    resource        VARCHAR(32) NOT NULL,
    PRIMARY KEY (participant_id, resource)
);
