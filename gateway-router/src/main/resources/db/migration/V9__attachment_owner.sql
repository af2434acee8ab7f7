-- Who uploaded each file (the same bytes may come from several participants): a request may list only files its own
-- origin uploaded, so knowing a file's hash does not let anyone else's request carry it to a provider.
CREATE TABLE attachment_owner (
    sha256          CHAR(64)     NOT NULL REFERENCES attachment (sha256),
    participant_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (sha256, participant_id)
);
INSERT INTO attachment_owner (sha256, participant_id) SELECT sha256, uploaded_by FROM attachment;
