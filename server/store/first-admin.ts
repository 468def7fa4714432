import { type Database, sql } from './database.ts';
import { invitePerson, reinvitePerson } from './people.ts';

/** The first administrator's name until it is changed (`npm run staff -- rename <id> --name "…"`). */
export const firstAdminName = 'Første administrator';

/**
 * For trying the service on a laptop: with an empty database, an invite for a first administrator, and
 * with only that administrator waiting to enrol (a restart before the link was used), a new link for
 * them. Undefined once anyone has enrolled, or when the staff list holds anyone else: a production
 * service makes its administrators with `npm run staff -- invite --admin`, never from its log.
 */
export function firstAdminInvite(db: Database, now: number): string | undefined {
  const people = sql(db, 'SELECT id, name, is_admin AS isAdmin, revoked_at AS revokedAt FROM people').all() as {
    id: number;
    name: string;
    isAdmin: number;
    revokedAt: number | null;
  }[];
  if (people.length === 0) return invitePerson(db, { name: firstAdminName, centreId: null }, now).token;
  const [only] = people;
  const enrolled = sql(db, 'SELECT 1 FROM passkeys LIMIT 1').get();
  if (people.length === 1 && only!.isAdmin === 1 && only!.revokedAt === null && only!.name === firstAdminName && !enrolled)
    return reinvitePerson(db, only!.id, false, now);
  return undefined;
}
