import { hashToken, looksLikeToken, newToken } from '../domain/tokens.ts';
import { type Database, sql } from './database.ts';

/** A passkey prompt left open longer than this has to start again. */
export const ceremonyLifetimeMs = 5 * 60_000;

export type CeremonyPurpose = 'enrol' | 'sign-in';

/**
 * Remembers the challenge a browser was given, under a random id the browser sends back with its answer.
 * The database, not the process, keeps it: a restart in between does not fail a colleague's sign-in.
 */
export function startCeremony(db: Database, purpose: CeremonyPurpose, challenge: string, inviteId: number | null, now: number): string {
  const id = newToken();
  sql(db, 'INSERT INTO ceremonies (id_hash, purpose, challenge, invite_id, expires_at) VALUES (?, ?, ?, ?, ?)').run(
    hashToken(id),
    purpose,
    challenge,
    inviteId,
    now + ceremonyLifetimeMs,
  );
  return id;
}

/** The ceremony's challenge, used up by asking: a challenge is answered once. */
export function takeCeremony(
  db: Database,
  id: unknown,
  purpose: CeremonyPurpose,
  now: number,
): { challenge: string; inviteId: number | null } | undefined {
  if (!looksLikeToken(id)) return undefined;
  const hash = hashToken(id);
  const row = sql(db, 'SELECT purpose, challenge, invite_id AS inviteId, expires_at AS expiresAt FROM ceremonies WHERE id_hash = ?').get(
    hash,
  ) as { purpose: string; challenge: string; inviteId: number | null; expiresAt: number } | undefined;
  if (!row) return undefined;
  sql(db, 'DELETE FROM ceremonies WHERE id_hash = ?').run(hash);
  if (row.purpose !== purpose || row.expiresAt <= now) return undefined;
  return { challenge: row.challenge, inviteId: row.inviteId };
}
