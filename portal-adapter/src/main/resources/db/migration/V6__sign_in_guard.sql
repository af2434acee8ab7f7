-- Failed sign-ins counted per IIN whether it has an account or not (platform's SignInGuard): the lock is the same for
-- an IIN without an account, so it tells nothing; a sign-in takes the IIN's row for its transaction, so parallel
-- attempts on one IIN are counted one after another. The counters of citizen_account move here.
CREATE TABLE sign_in_guard (
    guard_key     VARCHAR(64) PRIMARY KEY,
    failures      INT         NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ
);
INSERT INTO sign_in_guard (guard_key, failures, locked_until)
SELECT iin, failed_attempts, locked_until FROM citizen_account WHERE failed_attempts > 0 OR locked_until IS NOT NULL;
