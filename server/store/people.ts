import { randomBytes } from 'node:crypto';
import { hashToken, newToken } from '../domain/tokens.ts';
import { type Database, inTransaction, sql } from './database.ts';
import { appendEvent } from './events.ts';

/** An invite works once, for 48 hours. */
export const inviteLifetimeMs = 48 * 3_600_000;

export interface Person {
  id: number;
  name: string;
  /** The centre the person reports for; null for an administrator. */
  centreId: string | null;
  isAdmin: boolean;
  webauthnUserId: string;
  revokedAt: number | null;
}

export interface PersonSummary extends Person {
  passkeys: number;
  lastSignIn: number | null;
  openInvites: number;
}

interface PersonRow {
  id: number;
  name: string;
  centreId: string | null;
  isAdmin: number;
  webauthnUserId: string;
  revokedAt: number | null;
}

const selectPerson =
  'SELECT id, name, centre_id AS centreId, is_admin AS isAdmin, webauthn_user_id AS webauthnUserId, revoked_at AS revokedAt FROM people';

function toPerson(row: PersonRow | undefined): Person | undefined {
  return (
    row && {
      id: row.id,
      name: row.name,
      centreId: row.centreId,
      isAdmin: row.isAdmin === 1,
      webauthnUserId: row.webauthnUserId,
      revokedAt: row.revokedAt,
    }
  );
}

export function personById(db: Database, id: number): Person | undefined {
  return toPerson(sql(db, `${selectPerson} WHERE id = ?`).get(id) as PersonRow | undefined);
}

/** The person with this id, or a refusal that says how to find the right one. */
function existingPerson(db: Database, id: number): Person {
  const person = personById(db, id);
  if (!person) throw new StaffError(`there is nobody with id ${id} (npm run staff -- list)`);
  return person;
}

/** May this person report for this centre? Their own centre only; an administrator every one. */
export function mayReportFor(person: Person, centreId: string): boolean {
  return person.isAdmin || person.centreId === centreId;
}

/**
 * A new person with a one-time invite; returns the invite's token, which exists only in the link made
 * from it (the database keeps its hash).
 */
export function invitePerson(
  db: Database,
  input: { name: string; centreId: string | null },
  now: number,
): { person: Person; token: string } {
  return inTransaction(db, () => {
    const isAdmin = input.centreId === null;
    const id = Number(
      sql(db, 'INSERT INTO people (name, centre_id, is_admin, webauthn_user_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
        input.name,
        input.centreId,
        isAdmin ? 1 : 0,
        randomBytes(32).toString('base64url'),
        now,
      ).lastInsertRowid,
    );
    appendEvent(db, { personId: null, centreId: input.centreId, action: isAdmin ? 'invite-admin' : 'invite', subjectId: id }, now);
    return { person: personById(db, id)!, token: createInvite(db, id, now) };
  });
}

/**
 * Another invite for someone already on the list: a new phone. With `replace`, the person's passkeys and
 * sessions end at once (a lost or stolen phone signs in no more); without, the new passkey joins the old.
 */
export function reinvitePerson(db: Database, personId: number, replace: boolean, now: number): string {
  return inTransaction(db, () => {
    const person = existingPerson(db, personId);
    if (person.revokedAt !== null) throw new StaffError(`${personId} was revoked; invite them again as a new person`);
    if (replace) {
      sql(db, 'DELETE FROM passkeys WHERE person_id = ?').run(personId);
      endSessionsOf(db, personId, now);
      // An older link, perhaps in the lost phone's messages, must not make a new passkey either.
      spendOpenInvitesOf(db, personId, now);
    }
    appendEvent(
      db,
      { personId: null, centreId: person.centreId, action: replace ? 'reinvite-replace' : 'reinvite', subjectId: personId },
      now,
    );
    return createInvite(db, personId, now);
  });
}

function createInvite(db: Database, personId: number, now: number): string {
  const token = newToken();
  sql(db, 'INSERT INTO invites (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    hashToken(token),
    personId,
    now,
    now + inviteLifetimeMs,
  );
  return token;
}

export type InviteCheck =
  { ok: true; inviteId: number; person: Person } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' };

/** Whether an invite's token can still enrol a passkey, and for whom. */
export function checkInvite(db: Database, token: string, now: number): InviteCheck {
  const invite = sql(
    db,
    'SELECT id, person_id AS personId, expires_at AS expiresAt, used_at AS usedAt FROM invites WHERE token_hash = ?',
  ).get(hashToken(token)) as { id: number; personId: number; expiresAt: number; usedAt: number | null } | undefined;
  if (!invite) return { ok: false, reason: 'unknown' };
  // Revoking spends a person's invites too; "your access is closed" is the truer answer then.
  const person = personById(db, invite.personId)!;
  if (person.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (invite.usedAt !== null) return { ok: false, reason: 'used' };
  if (invite.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, inviteId: invite.id, person };
}

export interface NewPasskey {
  id: string;
  publicKey: Uint8Array;
  counter: number;
  transports: readonly string[];
}

/**
 * Spends the invite and stores the passkey made with it, in one transaction; refused if the invite was
 * spent or ran out in the meantime (two tabs, one link), or its person was revoked.
 */
export function enrolPasskey(
  db: Database,
  inviteId: number,
  passkey: NewPasskey,
  now: number,
): { ok: true } | { ok: false; reason: 'used' | 'revoked' } {
  return inTransaction(db, () => {
    const { personId } = sql(db, 'SELECT person_id AS personId FROM invites WHERE id = ?').get(inviteId) as { personId: number };
    if (personById(db, personId)?.revokedAt !== null) return { ok: false, reason: 'revoked' };
    const spent = sql(db, 'UPDATE invites SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?').run(now, inviteId, now);
    if (spent.changes !== 1) return { ok: false, reason: 'used' };
    sql(db, 'INSERT INTO passkeys (id, person_id, public_key, counter, transports, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      passkey.id,
      personId,
      passkey.publicKey,
      passkey.counter,
      JSON.stringify(passkey.transports),
      now,
    );
    appendEvent(db, { personId, centreId: null, action: 'enrol', subjectId: personId }, now);
    return { ok: true };
  });
}

export interface StoredPasskey {
  id: string;
  personId: number;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
}

export function passkeyById(db: Database, id: string): StoredPasskey | undefined {
  const row = sql(db, 'SELECT id, person_id AS personId, public_key AS publicKey, counter, transports FROM passkeys WHERE id = ?').get(
    id,
  ) as { id: string; personId: number; publicKey: Uint8Array; counter: number; transports: string } | undefined;
  return row && { ...row, transports: JSON.parse(row.transports) as string[] };
}

export function passkeysOf(db: Database, personId: number): { id: string; transports: string[] }[] {
  return (sql(db, 'SELECT id, transports FROM passkeys WHERE person_id = ?').all(personId) as { id: string; transports: string }[]).map(
    (row) => ({
      id: row.id,
      transports: JSON.parse(row.transports) as string[],
    }),
  );
}

/** Ends a person's access: no sign-in, no session, no invite works for them from now on. */
export function revokePerson(db: Database, personId: number, by: number | null, now: number): Person {
  return inTransaction(db, () => {
    const person = existingPerson(db, personId);
    if (person.revokedAt === null) {
      sql(db, 'UPDATE people SET revoked_at = ? WHERE id = ?').run(now, personId);
      endSessionsOf(db, personId, now);
      spendOpenInvitesOf(db, personId, now);
      appendEvent(db, { personId: by, centreId: person.centreId, action: 'revoke', subjectId: personId }, now);
    }
    return personById(db, personId)!;
  });
}

function endSessionsOf(db: Database, personId: number, now: number): void {
  sql(db, 'UPDATE sessions SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL').run(now, personId);
}

function spendOpenInvitesOf(db: Database, personId: number, now: number): void {
  sql(db, 'UPDATE invites SET used_at = ? WHERE person_id = ? AND used_at IS NULL').run(now, personId);
}

/** A person's name as colleagues see it in the log and on the admin page. */
export function renamePerson(db: Database, personId: number, name: string, now: number): Person {
  return inTransaction(db, () => {
    const person = existingPerson(db, personId);
    sql(db, 'UPDATE people SET name = ? WHERE id = ?').run(name, personId);
    appendEvent(db, { personId: null, centreId: person.centreId, action: 'rename', subjectId: personId }, now);
    return personById(db, personId)!;
  });
}

/** Everyone on the staff list, with what an administrator needs to see. */
export function listPeople(db: Database, now: number): PersonSummary[] {
  const rows = sql(
    db,
    `SELECT p.id, p.name, p.centre_id AS centreId, p.is_admin AS isAdmin, p.webauthn_user_id AS webauthnUserId, p.revoked_at AS revokedAt,
         (SELECT count(*) FROM passkeys k WHERE k.person_id = p.id) AS passkeys,
         (SELECT max(k.last_used_at) FROM passkeys k WHERE k.person_id = p.id) AS lastSignIn,
         (SELECT count(*) FROM invites i WHERE i.person_id = p.id AND i.used_at IS NULL AND i.expires_at > ?) AS openInvites
       FROM people p ORDER BY p.revoked_at IS NOT NULL, p.centre_id IS NOT NULL, p.centre_id, p.name`,
  ).all(now) as unknown as (PersonRow & { passkeys: number; lastSignIn: number | null; openInvites: number })[];
  return rows.map((row) => ({ ...toPerson(row)!, passkeys: row.passkeys, lastSignIn: row.lastSignIn, openInvites: row.openInvites }));
}

/** A staff-list change refused, in words. */
export class StaffError extends Error {}
