-- Personal staff accounts (issue 13): each person signs in as themselves with a passkey, or with
-- a password and an authenticator app. Sessions are rows, so they can be ended. Accounts are
-- disabled, never deleted: the access log keeps naming them.

CREATE TABLE staff_accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  -- Stored lower-cased, so one person cannot hold two accounts by spelling.
  email text NOT NULL UNIQUE CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
  role text NOT NULL CHECK (role IN ('intake', 'admin')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz,
  -- Password + TOTP, the fallback method: both set or neither.
  password_hash text CHECK (char_length(password_hash) <= 200),
  totp_secret text CHECK (char_length(totp_secret) <= 64),
  -- The last TOTP time step accepted: a code is good once.
  totp_last_step bigint,
  CHECK ((password_hash IS NULL) = (totp_secret IS NULL))
);

-- One-time enrolment links from `npm run staff:invite`. Only a hash of the token is kept. The
-- TOTP secret is made with the link, so the page can show it and the form can check a code.
CREATE TABLE staff_enrolments (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id),
  totp_secret text NOT NULL CHECK (char_length(totp_secret) <= 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE staff_passkeys (
  credential_id text PRIMARY KEY CHECK (char_length(credential_id) <= 1400),
  account_id uuid NOT NULL REFERENCES staff_accounts (id),
  public_key bytea NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX staff_passkeys_account ON staff_passkeys (account_id);

-- Recovery codes stand in for the authenticator app's code, each once. Hashes only.
CREATE TABLE staff_recovery_codes (
  code_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_accounts (id),
  used_at timestamptz
);

-- WebAuthn challenges: single use, a few minutes long.
CREATE TABLE staff_challenges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  challenge text NOT NULL CHECK (char_length(challenge) <= 200),
  purpose text NOT NULL CHECK (purpose IN ('register', 'authenticate')),
  expires_at timestamptz NOT NULL
);

-- The cookie holds a random token; the row holds its hash. Idle and absolute limits are
-- checked on every request (lib/staff/sessions.ts).
CREATE TABLE staff_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES staff_accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_account ON staff_sessions (account_id);

-- The access log names the account. Failed sign-ins and lockouts have no session, and may
-- have no account (an unknown e-mail address): actor then says so.
ALTER TABLE staff_access_log
  ADD COLUMN account_id uuid,
  ALTER COLUMN session_id DROP NOT NULL,
  DROP CONSTRAINT staff_access_log_action_check,
  ADD CONSTRAINT staff_access_log_action_check CHECK (
    action IN ('view', 'export', 'mark', 'sign-in', 'sign-out', 'sign-in-failed', 'lockout', 'enrol', 'disable')
  );
CREATE INDEX staff_access_log_account ON staff_access_log (account_id);
