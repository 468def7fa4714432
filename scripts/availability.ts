/**
 * The availability feed's command-line tool, with which a centre publishes its free places:
 *
 *   npm run availability -- set <centre-id> <free> [--note <text>]
 *   npm run availability -- show
 *   npm run availability -- validate <file-or-url>
 *   npm run availability -- sample
 *
 * The feed file is `--file <path>`, else $AVAILABILITY_FILE, else dist/availability.json.
 * Runs on Node's own TypeScript support, which is why the modules it reaches import with `.ts`.
 */
import { existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { availabilitySettings } from '../src/config/availability.ts';
import { feedVersion, maxFeedBytes } from '../src/schemas/availability.ts';
import { checkFeed } from '../src/lib/availability/check-feed.ts';
import { FeedEditError, emptyFeed, setCount, stamp } from '../src/lib/availability/edit-feed.ts';
import { capacitiesOf, parseFeed } from '../src/lib/availability/parse-feed.ts';
import { availabilityOf, afterRequest, initialFeedState } from '../src/lib/availability/status.ts';
import { readCentresFromDisk } from '../src/lib/places-on-disk.ts';
import { databaseFileName, loadSettingsFile, serviceConfig, type ServiceConfig } from '../server/config.ts';
import { noteOf, staffNoteMaxLength } from '../server/domain/report.ts';
import { writeFileAtomically } from '../server/feed/feed-file.ts';
import { publishFeed } from '../server/feed/publish.ts';
import { readCount, recordReport } from '../server/store/counts.ts';
import { openDatabase } from '../server/store/database.ts';

import { printTime } from './print-time.ts';

class UsageError extends Error {}

const usage = `Usage:
  npm run availability -- set <centre-id> <free> [--note <text>]   set one centre's free places, stamped now
  npm run availability -- show                                      the feed as the site shows it
  npm run availability -- validate <file-or-url>                    check a feed against the contract
  npm run availability -- sample                                    write a demonstration feed
Options:
  --file <path>   the feed file; else $AVAILABILITY_FILE. Keep it outside dist/, which every build replaces.
                  sample defaults to dist/availability.json, the file npm run preview serves.
With the staff service's database ($KRISECENTRE_DATA, or ./data), set writes through it (unless --file
names another feed) and show reads the feed it writes: the database is the one source of truth.`;

function parseArguments(argv: string[]): { command?: string; positional: string[]; file?: string; note?: string } {
  const positional: string[] = [];
  let file = process.env.AVAILABILITY_FILE || undefined;
  let note: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--file' || arg === '--note') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--file') file = value;
      else note = value;
    } else if (arg === '--help' || arg === '-h') {
      return { command: 'help', positional, file };
    } else {
      positional.push(arg);
    }
  }
  const [command, ...rest] = positional;
  return {
    ...(command ? { command } : {}),
    positional: rest,
    ...(file ? { file: resolve(file) } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * When a lock was taken, as its holder wrote it in: the same clock that judges its age, whatever times
 * the file system stamps. A lock made some other way (by hand, say) falls back to the file's time.
 */
function lockedAt(lock: string): number | undefined {
  try {
    const written = Number(readFileSync(lock, 'utf8'));
    return Number.isFinite(written) && written > 0 ? written : statSync(lock).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Only one writer at a time, so that two centres saving at the same moment cannot lose each other's
 * count. A lock left behind by a crashed writer is broken after 30 seconds.
 */
function withLock<T>(file: string, work: () => T): T {
  const lock = `${file}.lock`;
  // The lock is made whole beside its place, then linked in: it never exists without its time.
  const offer = join(dirname(file), `.${basename(lock)}.${process.pid}.tmp`);
  writeFileSync(offer, String(Date.now()));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(offer, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // The other writer may have finished since: then there is no lock to look at, and the next attempt takes it.
        const since = lockedAt(lock);
        if (since === undefined) continue;
        if (Date.now() - since > 30_000) rmSync(lock, { force: true });
        else if (attempt > 50) throw new FeedEditError(`${lock} exists: another update is under way. Try again in a moment.`);
        else {
          sleep(100);
          writeFileSync(offer, String(Date.now()));
        }
      }
    }
  } finally {
    rmSync(offer, { force: true });
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function readFeedFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedEditError(`${file} is not valid JSON (${(error as Error).message}); it was left as it is`);
  }
}

function printCheck(source: string, check: { errors: string[]; warnings: string[] }): void {
  for (const warning of check.warnings) console.log(`warning: ${warning}`);
  for (const error of check.errors) console.error(`error: ${error}`);
  if (check.errors.length === 0) console.log(`${source}: valid`);
}

function show(file: string, staleAfterMs: number): void {
  const centres = readCentresFromDisk();
  const now = Date.now();
  const parsed = parseFeed(readFileSync(file, 'utf8'), capacitiesOf(centres), now);
  const state = afterRequest(initialFeedState, parsed, now);
  console.log(
    `${file}${parsed.ok ? `, written ${printTime(parsed.generatedAt)}` : `: unreadable (${parsed.problem}); every centre shows as unknown`}`,
  );
  for (const [id, facts] of centres) {
    const shown = availabilityOf(id, state, now, staleAfterMs);
    const text =
      shown.state === 'free' || shown.state === 'full'
        ? `${shown.free} of ${facts.capacity} free, updated ${printTime(shown.updated)}`
        : shown.state === 'unknown' && shown.lastReport
          ? `unknown (stale: ${shown.lastReport.free} free at ${printTime(shown.lastReport.updated)})`
          : `unknown (${shown.state === 'unknown' ? shown.reason : shown.state})`;
    console.log(`  ${id.padEnd(18)} ${text}`);
  }
}

async function validate(source: string, staleAfterMs: number): Promise<boolean> {
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new FeedEditError(`${source} answered ${response.status}; the site shows every centre as unknown`);
    const cacheControl = response.headers.get('cache-control') ?? '';
    if (!/must-revalidate|no-cache/.test(cacheControl))
      console.log(`warning: Cache-Control is "${cacheControl}"; it should say "max-age=60, must-revalidate" or "no-cache"`);
    if (!response.headers.get('etag') && !response.headers.get('last-modified'))
      console.log('warning: no ETag or Last-Modified header; every poll downloads the whole file');
    if (!/json/.test(response.headers.get('content-type') ?? ''))
      console.log(`warning: Content-Type is "${response.headers.get('content-type')}"; it should be application/json`);
    text = await response.text();
  } else {
    text = readFileSync(source, 'utf8');
  }
  if (new TextEncoder().encode(text).byteLength > maxFeedBytes) {
    console.error(`error: ${source} is larger than ${maxFeedBytes} bytes; the site refuses it unread`);
    return false;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.error(`error: ${source} is not JSON (${(error as Error).message}); the site shows every centre as unknown`);
    return false;
  }
  const check = checkFeed(json, readCentresFromDisk(), Date.now(), staleAfterMs);
  printCheck(source, check);
  return check.errors.length === 0;
}

/**
 * A realistic feed for trying the site: a few free places, one centre full, one that has not reported
 * for a day and a half. Each count says on the page that it is an example, in case a sample ever ships.
 */
function sampleFeed(now: number): Record<string, unknown> {
  const minutesAgo = (minutes: number) => stamp(now - minutes * 60_000);
  const note = 'Eksempel – ikke rigtige tal.';
  // Each centre's places from content/places/, so the sample stays valid when a capacity changes.
  const centres = readCentresFromDisk();
  const sample = (id: string, available: number, minutes: number) => ({
    id,
    available,
    maximum: centres.get(id)!.capacity,
    updated: minutesAgo(minutes),
    note,
  });
  return {
    version: feedVersion,
    generatedAt: minutesAgo(4),
    centers: [
      sample('den-aabne-doer', 2, 25),
      sample('klostermosegaard', 0, 190),
      sample('egmontgaarden', 4, 4),
      sample('garvergaarden', 1, 36 * 60),
    ],
  };
}

/**
 * The staff service's database, when there is one: KRISECENTRE_DATA is set, or ./data has one. It is then
 * the one source of truth for its feed file.
 */
function staffDatabase(): ServiceConfig | undefined {
  loadSettingsFile();
  const config = serviceConfig();
  if (existsSync(config.databaseFile)) return config;
  if (process.env.KRISECENTRE_DATA)
    throw new FeedEditError(`there is no staff database at ${config.databaseFile}; start the service once, or check KRISECENTRE_DATA`);
  return undefined;
}

/** Sets a count through the service's database, logged as the command line's, and writes the feed from it. */
function setInDatabase(config: ServiceConfig, id: string, free: string, note: string | undefined, now: number): void {
  const centres = readCentresFromDisk();
  const facts = centres.get(id);
  if (!facts) throw new FeedEditError(`"${id}" is not a crisis centre on the site. Use one of: ${[...centres.keys()].join(', ')}`);
  if (!/^\d+$/.test(free.trim())) throw new FeedEditError(`"${free}" is not a whole number of free places`);
  const kept = noteOf(note);
  if (!kept.ok) throw new FeedEditError(`the note is longer than ${staffNoteMaxLength} characters`);
  const db = openDatabase(config.databaseFile);
  try {
    const seenVersion = readCount(db, id)?.version ?? null;
    const result = recordReport(
      db,
      centres,
      { centreId: id, report: { action: 'set', available: Number(free), note: kept.note, seenVersion }, personId: null },
      now,
    );
    if (!result.ok) {
      throw new FeedEditError(
        result.refusal === 'out-of-range'
          ? `${facts.name} has ${facts.capacity} places; ${free} free is more than that`
          : 'a colleague changed the count at this very moment; run the command again',
      );
    }
    publishFeed(db, centres, config.feedFile, now);
    console.log(
      `${config.feedFile}: ${facts.name} now has ${result.after!.available} free of ${facts.capacity}, stamped ${stamp(now)} (logged as the command line's)`,
    );
  } finally {
    db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { command, positional, file: given, note } = parseArguments(argv);
  // Only npm start's preview reads dist/availability.json: a build replaces dist/, so a live feed lives elsewhere.
  const preview = resolve('dist/availability.json');
  const staleAfterMs = availabilitySettings(process.env).staleAfterHours * 3_600_000;
  const database = staffDatabase();
  switch (command) {
    case 'set': {
      const [id, free] = positional;
      if (id === undefined || free === undefined || positional.length > 2)
        throw new UsageError('set needs a centre id and a number of free places');
      const centres = readCentresFromDisk();
      const now = Date.now();
      // The service's own feed file is written from its database only: there is never a second writer.
      if (database && (!given || given === database.feedFile)) {
        setInDatabase(database, id, free, note, now);
        return 0;
      }
      if (!given)
        throw new UsageError('set needs the feed file: --file <path> or AVAILABILITY_FILE (outside dist/, which every build replaces)');
      const file = given;
      if (existsSync(join(dirname(file), databaseFileName))) {
        throw new FeedEditError(
          `${file} is written by the staff service from its database beside it; set the count there: KRISECENTRE_DATA=${dirname(file)} npm run availability -- set ${id} ${free}`,
        );
      }
      withLock(file, () => {
        const feed = setCount(existsSync(file) ? readFeedFile(file) : emptyFeed(now), id, free, centres, now, note);
        writeFileAtomically(file, `${JSON.stringify(feed, null, 2)}\n`);
        const check = checkFeed(feed, centres, now, staleAfterMs);
        for (const warning of check.warnings) console.log(`warning: ${warning}`);
        for (const error of check.errors) console.log(`warning: another entry: ${error}`);
      });
      console.log(`${file}: ${centres.get(id)!.name} now has ${Number(free)} free of ${centres.get(id)!.capacity}, stamped ${stamp(now)}`);
      return 0;
    }
    case 'show':
      show(given ?? database?.feedFile ?? preview, staleAfterMs);
      return 0;
    case 'validate': {
      const [source] = positional;
      if (source === undefined) throw new UsageError('validate needs a file or a URL');
      return (await validate(source, staleAfterMs)) ? 0 : 1;
    }
    case 'sample': {
      const file = given ?? preview;
      withLock(file, () => writeFileAtomically(file, `${JSON.stringify(sampleFeed(Date.now()), null, 2)}\n`));
      console.log(`${file}: sample feed written (demonstration numbers, not real ones)`);
      return 0;
    }
    case 'help':
      console.log(usage);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) console.error(`error: ${error.message}\n\n${usage}`);
  else if (error instanceof FeedEditError) console.error(`error: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT')
    console.error(`error: ${(error as NodeJS.ErrnoException).path} does not exist`);
  else console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
