import { hashToken, looksLikeToken, newToken } from '../domain/tokens.ts';
import { type Database, inTransaction, sql } from './database.ts';
import { personById, type Person } from './people.ts';

/** A session ends after 12 hours without use, and 24 hours after sign-in whatever happens: one shift. */
export const sessionIdleMs = 12 * 3_600_000;
export const sessionMaxMs = 24 * 3_600_000;

/** A quiet minute between writes of "last seen", so that reading pages does not write on every request. */
const touchEveryMs = 60_000;

/** Starts a session; the token goes into the cookie, and only its hash into the database. */
export function startSession(db: Database, personId: number, now: number): string {
  const token = newToken();
  sql(db, 'INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(
    hashToken(token),
    personId,
    now,
    now,
  );
  return token;
}

/**
 * Signs in with a passkey whose answer has been verified: in one transaction, the passkey must still be
 * there and its person not revoked (a lost phone's passkeys may have been removed while the phone was
 * answering), its counter is stored, and the session starts. Undefined when it is too late.
 */
export function startSessionWithPasskey(
  db: Database,
  passkey: { id: string; personId: number; counter: number },
  now: number,
): string | undefined {
  return inTransaction(db, () => {
    const live = sql(
      db,
      'SELECT 1 FROM passkeys k JOIN people p ON p.id = k.person_id WHERE k.id = ? AND k.person_id = ? AND p.revoked_at IS NULL',
    ).get(passkey.id, passkey.personId);
    if (!live) return undefined;
    sql(db, 'UPDATE passkeys SET counter = ?, last_used_at = ? WHERE id = ?').run(passkey.counter, now, passkey.id);
    return startSession(db, passkey.personId, now);
  });
}

/** The signed-in person for a cookie's token, or undefined when the session is unknown, over, or its person revoked. */
export function sessionPerson(db: Database, token: unknown, now: number): Person | undefined {
  if (!looksLikeToken(token)) return undefined;
  const hash = hashToken(token);
  const session = sql(
    db,
    'SELECT person_id AS personId, created_at AS createdAt, last_seen_at AS lastSeenAt, ended_at AS endedAt FROM sessions WHERE token_hash = ?',
  ).get(hash) as { personId: number; createdAt: number; lastSeenAt: number; endedAt: number | null } | undefined;
  if (!session || session.endedAt !== null) return undefined;
  if (now - session.lastSeenAt > sessionIdleMs || now - session.createdAt > sessionMaxMs) return undefined;
  const person = personById(db, session.personId);
  if (!person || person.revokedAt !== null) return undefined;
  if (now - session.lastSeenAt > touchEveryMs) sql(db, 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, hash);
  return person;
}

export function endSession(db: Database, token: unknown, now: number): void {
  if (!looksLikeToken(token)) return;
  sql(db, 'UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(now, hashToken(token));
}

/** Sessions over for a day are of no more use to anyone; old ceremonies neither. */
export function forgetOldSessions(db: Database, now: number): void {
  sql(db, 'DELETE FROM sessions WHERE coalesce(ended_at, created_at + ?) < ?').run(sessionMaxMs, now - 24 * 3_600_000);
  sql(db, 'DELETE FROM ceremonies WHERE expires_at < ?').run(now);
}
