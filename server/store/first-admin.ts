import type { Database } from './database.ts';
import { invitePerson, reinvitePerson } from './people.ts';

/** The name the first administrator has until someone renames them (`npm run staff -- list` shows it). */
export const firstAdminName = 'Første administrator';

/**
 * When nobody can sign in (no one on the list has a passkey), an invite for an administrator: the one
 * already waiting to enrol if there is one, else a new one. Undefined while somebody can sign in.
 */
export function firstAdminInvite(db: Database, now: number): string | undefined {
  const canSignIn = db.prepare('SELECT 1 FROM people p JOIN passkeys k ON k.person_id = p.id WHERE p.revoked_at IS NULL LIMIT 1').get();
  if (canSignIn) return undefined;
  const waiting = db.prepare('SELECT id FROM people WHERE is_admin = 1 AND revoked_at IS NULL ORDER BY id LIMIT 1').get() as { id: number } | undefined;
  return waiting ? reinvitePerson(db, waiting.id, false, now) : invitePerson(db, { name: firstAdminName, centreId: null }, now).token;
}
