-- Failed sign-ins counted per operator (by login or IIN alike: 'operator-<id>') and, for what names no operator, per
-- what was typed (platform's SignInGuard); a sign-in takes its key's row for its transaction, so parallel attempts are
-- counted one after another. The counters of operator_account move here.
CREATE TABLE sign_in_guard (
    guard_key     VARCHAR(64) PRIMARY KEY,
    failures      INT         NOT NULL DEFAULT 0,
    locked_until  TIMESTAMPTZ
);
INSERT INTO sign_in_guard (guard_key, failures, locked_until)
SELECT 'operator-' || id, failed_attempts, locked_until FROM operator_account
WHERE failed_attempts > 0 OR locked_until IS NOT NULL;
