-- Failed sign-ins counted per IIN whether an officer has it or not (platform's SignInGuard); a sign-in takes the IIN's
-- row for its transaction, so parallel attempts are counted one after another. The counters of officer move here.
CREATE TABLE sign_in_guard (
    guard_key     VARCHAR(64) PRIMARY KEY,
    failures      INT         NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ
);
INSERT INTO sign_in_guard (guard_key, failures, locked_until)
SELECT iin, failed_attempts, locked_until FROM officer WHERE failed_attempts > 0 OR locked_until IS NOT NULL
ON CONFLICT DO NOTHING;
