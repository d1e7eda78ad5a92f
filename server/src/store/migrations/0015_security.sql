-- Security hardening.

-- Sign-in attempts, counted before the password is checked and shared by every replica.
-- A key is an account and address, an address, or an account; past its limit each further
-- attempt waits twice as long as the one before (up to a cap).
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL,
  next_allowed_at timestamptz NOT NULL
);
CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);

-- A token made by another token: it may not outlive or outrank it, and goes when it goes.
ALTER TABLE api_tokens ADD COLUMN parent_id uuid REFERENCES api_tokens (id) ON DELETE CASCADE;
CREATE INDEX api_tokens_parent_idx ON api_tokens (parent_id);

-- A user created by an admin with an initial password chooses their own at first sign-in.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- Each audit entry is signed (Ed25519) by the key named; entries written before signing
-- began carry none and are vouched for by the first checkpoint.
ALTER TABLE audit_log ADD COLUMN key_id text;
ALTER TABLE audit_log ADD COLUMN signature text;

-- Signed statements of the chain's head: sequence, head hash and time.
CREATE TABLE audit_checkpoints (
  seq bigint PRIMARY KEY,
  head_hash text NOT NULL,
  signed_at timestamptz NOT NULL,
  key_id text NOT NULL,
  signature text NOT NULL
);

CREATE TRIGGER audit_checkpoints_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
