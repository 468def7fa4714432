/**
 * The staff list of the reporting service, run on the server beside it:
 *
 *   npm run staff -- invite <centre-id> --name "<name>"    a new person for one centre; prints the enrolment link
 *   npm run staff -- invite --admin --name "<name>"        a new administrator (every centre, the log, the staff list)
 *   npm run staff -- reinvite <person-id> [--replace]      a new link for someone already on the list (a new phone);
 *                                                          --replace removes their old passkeys and sessions at once
 *   npm run staff -- list                                  everyone, with passkeys, last sign-in and status
 *   npm run staff -- rename <person-id> --name "<name>"    the name colleagues see in the log
 *   npm run staff -- revoke <person-id>                    ends their access and every session, at once
 *   npm run staff -- backup <file>                         a consistent copy of the database, while the service runs
 *   npm run staff -- restore <file>                        puts a backup back, with the service stopped
 *
 * It works on the service's own database, with the service's settings (staff.env, or the environment:
 * KRISECENTRE_DATA, default ./data; STAFF_ORIGIN for the links, default http://localhost:$PORT), and
 * refuses when that database does not exist. An invite link is printed alone on the last line.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { resolve } from 'node:path';
import { readCentresFromDisk } from '../src/lib/places-on-disk.ts';
import { loadSettingsFile, serviceConfig } from '../server/config.ts';
import { repairFeed } from '../server/feed/publish.ts';
import { enrolmentUrl } from '../server/http/paths.ts';
import { lockDataFolder } from '../server/instance-lock.ts';
import { openDatabase } from '../server/store/database.ts';
import { migrations } from '../server/store/schema.ts';
import {
  invitePerson,
  inviteLifetimeMs,
  listPeople,
  reinvitePerson,
  renamePerson,
  revokePerson,
  StaffError,
} from '../server/store/people.ts';
import { printTime } from './print-time.ts';

class UsageError extends Error {}

const usage = `Usage:
  npm run staff -- invite <centre-id> --name "<name>"
  npm run staff -- invite --admin --name "<name>"
  npm run staff -- reinvite <person-id> [--replace]
  npm run staff -- list
  npm run staff -- rename <person-id> --name "<name>"
  npm run staff -- revoke <person-id>
  npm run staff -- backup <file>
  npm run staff -- restore <file>`;

function options(argv: string[]): { positional: string[]; name?: string; admin: boolean; replace: boolean } {
  const positional: string[] = [];
  let name: string | undefined;
  let admin = false;
  let replace = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--name') {
      name = argv[++i];
      if (name === undefined) throw new UsageError('--name needs a value');
    } else if (arg === '--admin') admin = true;
    else if (arg === '--replace') replace = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  return { positional, ...(name === undefined ? {} : { name }), admin, replace };
}

function personId(text: string | undefined): number {
  if (!text || !/^\d+$/.test(text)) throw new UsageError("give the person's id, as `npm run staff -- list` shows it");
  return Number(text);
}

/** A backup is checked before anything is replaced with it: a whole SQLite file, of this service, from this version or older. */
function checkBackup(file: string): void {
  let backup: DatabaseSync;
  try {
    backup = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    throw new StaffError(`${file} is not a database (${(error as Error).message}); nothing was changed`);
  }
  try {
    const integrity = (backup.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    if (integrity !== 'ok') throw new StaffError(`${file} is damaged (${integrity}); nothing was changed`);
    const { user_version: version } = backup.prepare('PRAGMA user_version').get() as { user_version: number };
    const tables = new Set(
      (backup.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    if (version < 1 || !['people', 'passkeys', 'counts', 'events'].every((table) => tables.has(table))) {
      throw new StaffError(`${file} is not a backup of the staff service; nothing was changed`);
    }
    if (version > migrations.length) throw new StaffError(`${file} comes from a newer version of the service; nothing was changed`);
  } catch (error) {
    if (error instanceof StaffError) throw error;
    throw new StaffError(`${file} cannot be read as a database (${(error as Error).message}); nothing was changed`);
  } finally {
    backup.close();
  }
}

const time = (ms: number | null) => (ms === null ? '–' : printTime(ms));

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const args = options(rest);
  loadSettingsFile();
  const config = serviceConfig();
  const now = Date.now();
  const centres = readCentresFromDisk();

  if (command === 'restore') {
    const [from] = args.positional;
    if (!from || !existsSync(from)) throw new UsageError('restore needs a backup file made with `npm run staff -- backup`');
    checkBackup(resolve(from));
    // Only with the service stopped: it would keep writing to the file being replaced.
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    const release = lockDataFolder(config.dataDir);
    try {
      // The database it replaces is kept beside it, not deleted, until someone is sure.
      const kept = `${config.databaseFile}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      const incoming = `${config.databaseFile}.restoring`;
      copyFileSync(resolve(from), incoming);
      chmodSync(incoming, 0o600);
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(`${config.databaseFile}${suffix}`)) renameSync(`${config.databaseFile}${suffix}`, `${kept}${suffix}`);
      }
      renameSync(incoming, config.databaseFile);
      const db = openDatabase(config.databaseFile);
      repairFeed(db, centres, config.feedFile, now);
      const people = listPeople(db, now).length;
      db.close();
      console.log(`restored ${config.databaseFile} from ${from} (${people} people); the feed is written from it`);
      if (existsSync(kept)) console.log(`the database it replaced is kept as ${kept}`);
    } finally {
      release();
    }
    return;
  }

  if (command !== undefined && command !== 'help' && command !== '--help' && !existsSync(config.databaseFile)) {
    // A wrong KRISECENTRE_DATA must not quietly make a second, empty staff list (or back one up).
    throw new StaffError(
      `there is no staff database at ${config.databaseFile}. Start the service once (it makes the database), or set KRISECENTRE_DATA (or staff.env) to the service's data folder.`,
    );
  }
  const db = openDatabase(config.databaseFile);
  try {
    switch (command) {
      case 'invite': {
        const name = args.name?.trim();
        if (!name || name.length > 100)
          throw new UsageError('invite needs --name "<name>" (1 to 100 characters): the name colleagues see in the log');
        const [centreId] = args.positional;
        if (args.admin === (centreId !== undefined))
          throw new UsageError('invite needs a centre id, or --admin for someone who reports for every centre');
        if (centreId !== undefined && !centres.has(centreId))
          throw new UsageError(`"${centreId}" is not a crisis centre. Use one of: ${[...centres.keys()].join(', ')}`);
        const { person, token } = invitePerson(db, { name, centreId: centreId ?? null }, now);
        const place = centreId ? centres.get(centreId)!.name : 'every centre (administrator)';
        console.log(`Invited ${person.name} (id ${person.id}) to report for ${place}.`);
        console.log(`Send this link to them alone. It works once, until ${time(now + inviteLifetimeMs)}:`);
        console.log(enrolmentUrl(config.origin, token));
        return;
      }
      case 'reinvite': {
        const id = personId(args.positional[0]);
        const token = reinvitePerson(db, id, args.replace, now);
        console.log(
          args.replace
            ? `Removed the old passkeys of person ${id} and ended their sessions.`
            : `Person ${id} keeps their passkeys and gets one more.`,
        );
        console.log(`Send this link to them alone. It works once, until ${time(now + inviteLifetimeMs)}:`);
        console.log(enrolmentUrl(config.origin, token));
        return;
      }
      case 'list': {
        const people = listPeople(db, now);
        if (people.length === 0) console.log('Nobody yet: npm run staff -- invite --admin --name "<name>"');
        for (const person of people) {
          const place = person.isAdmin ? 'administrator' : (centres.get(person.centreId!)?.name ?? person.centreId);
          const status =
            person.revokedAt !== null
              ? `revoked ${time(person.revokedAt)}`
              : person.passkeys > 0
                ? 'active'
                : person.openInvites > 0
                  ? 'invited'
                  : 'invite expired';
          console.log(
            `${String(person.id).padStart(4)}  ${person.name.padEnd(24)} ${String(place).padEnd(28)} ${person.passkeys} passkey(s)  last sign-in ${time(person.lastSignIn)}  ${status}`,
          );
        }
        return;
      }
      case 'rename': {
        const name = args.name?.trim();
        if (!name || name.length > 100) throw new UsageError('rename needs --name "<name>" (1 to 100 characters)');
        const person = renamePerson(db, personId(args.positional[0]), name, now);
        console.log(`Person ${person.id} is now called ${person.name}.`);
        return;
      }
      case 'revoke': {
        const person = revokePerson(db, personId(args.positional[0]), null, now);
        console.log(`${person.name} (id ${person.id}) can no longer sign in; every session of theirs has ended.`);
        return;
      }
      case 'backup': {
        const [to] = args.positional;
        if (!to) throw new UsageError('backup needs the file to write');
        if (existsSync(to)) throw new UsageError(`${to} exists already; give a new file name`);
        // One consistent copy, taken while the service goes on working.
        db.prepare('VACUUM INTO ?').run(resolve(to));
        chmodSync(resolve(to), 0o600);
        console.log(`backed up ${config.databaseFile} to ${to}. Keep it as safe as the database: it holds the staff list and the log.`);
        return;
      }
      case undefined:
      case 'help':
      case '--help':
        console.log(usage);
        return;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    db.close();
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}${error instanceof UsageError ? `\n\n${usage}` : ''}`);
  process.exitCode = 1;
}
