/**
 * The database's tables, one migration per version (`PRAGMA user_version`). A migration is never edited
 * once released: a change is a new migration at the end.
 *
 * Times are milliseconds since 1970 (UTC). Tokens (invites, sessions, ceremonies) are stored only as
 * their SHA-256 hash, so a copy of the database lets nobody sign in.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- The centre the person reports for; NULL for an administrator, who may report for every centre.
    centre_id TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    -- The WebAuthn user handle: random, so a passkey tells nothing about the person.
    webauthn_user_id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER,
    CHECK ((is_admin = 1) = (centre_id IS NULL))
  ) STRICT;

  CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id),
    public_key BLOB NOT NULL,
    counter INTEGER NOT NULL,
    transports TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
  ) STRICT;
  CREATE INDEX passkeys_by_person ON passkeys (person_id);

  CREATE TABLE invites (
    id INTEGER PRIMARY KEY,
    token_hash BLOB NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  ) STRICT;

  -- A passkey ceremony under way: the challenge the browser must sign, for a few minutes.
  CREATE TABLE ceremonies (
    id_hash BLOB PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('enrol', 'sign-in')),
    challenge TEXT NOT NULL,
    invite_id INTEGER REFERENCES invites (id),
    expires_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    ended_at INTEGER
  ) STRICT;
  CREATE INDEX sessions_by_person ON sessions (person_id);

  -- Each centre's count as the public sees it. No row: never reported, shown as unknown.
  CREATE TABLE counts (
    centre_id TEXT PRIMARY KEY,
    available INTEGER NOT NULL CHECK (available >= 0),
    note TEXT,
    -- The last report, "unchanged" included: what the public's "updated" says.
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES people (id),
    -- The last change of number or note, and who made it: what "changed meanwhile" tells a colleague.
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES people (id),
    -- Goes up with every change of number or note (not with "unchanged"), so that "set" can tell
    -- whether a colleague changed the count since the page was read.
    version INTEGER NOT NULL
  ) STRICT;

  -- Every change, in order, for good: counts and the staff list alike.
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    -- Who: a person, or NULL with actor 'command-line' for the server's own tools.
    person_id INTEGER REFERENCES people (id),
    actor TEXT NOT NULL CHECK (actor IN ('staff', 'command-line')),
    centre_id TEXT,
    action TEXT NOT NULL,
    -- A count's number before and after; NULL for changes to the staff list.
    before INTEGER,
    after INTEGER,
    note TEXT,
    -- For changes to the staff list: the person invited, enrolled or revoked.
    subject_person_id INTEGER REFERENCES people (id)
  ) STRICT;
  CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
  CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;

  -- One row the health check writes, to prove the database takes writes.
  CREATE TABLE health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at INTEGER NOT NULL) STRICT;
  `,
];
