/**
 * The staff service's settings, from its environment. Every setting has a default that makes
 * `npm start` work on a laptop; production sets them in `staff.env` (deploy/staff.env.example), which the
 * service and the command-line tools both read (`loadSettingsFile`).
 *
 * - `HOST`, `PORT`: where the service listens (default 127.0.0.1:4321, the loopback address only).
 * - `STAFF_ORIGIN`: the address staff open in their browser, e.g. https://personale.krisecentre.kk.dk.
 *   Passkeys are bound to its host name, and every write must come from it. Default
 *   http://localhost:<PORT>: a passkey needs a host name, never an IP address.
 * - `KRISECENTRE_DATA`: the folder with the database and the feed file (default ./data).
 * - `AVAILABILITY_FILE`: the feed file, if not `<data>/availability.json` (nginx serves it from there).
 * - `SITE_DIST`: the built public site the service serves beside the staff pages (default ./dist);
 *   `SERVE_SITE=0` serves the staff pages and the feed only, as behind nginx.
 * - `TRUST_PROXY=1`: take the client's address for rate limits from the last `X-Forwarded-For` entry,
 *   which only a proxy in front (nginx) can be trusted to set.
 * - `PUBLIC_AVAILABILITY_STALE_HOURS`: when a count turns "unknown" on the site (the site's own setting).
 * - `STAFF_RATE_*`: requests allowed per window (see `rateLimits`); raised by the tests and the benchmark.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availabilitySettings } from '../src/config/availability.ts';

/**
 * Reads the service's settings file into the environment, for the service and the command-line tools
 * alike, so that `npm run staff` on the server works on the same database and makes links for the same
 * address as the service: `staff.env` in the working folder, or the file `KRISECENTRE_ENV_FILE` names
 * (empty: none). A variable already set in the environment wins.
 */
export function loadSettingsFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.KRISECENTRE_ENV_FILE ?? 'staff.env';
  if (!file || !existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}

export interface RateLimit {
  /** Requests allowed in one window. */
  limit: number;
  windowMs: number;
}

export interface ServiceConfig {
  host: string;
  port: number;
  origin: string;
  /** The passkeys' relying party: the host name of `origin`. */
  rpId: string;
  dataDir: string;
  databaseFile: string;
  feedFile: string;
  /** The public site's build to serve, or undefined to serve only the staff pages and the feed. */
  siteDir: string | undefined;
  feedPath: string;
  staleAfterMs: number;
  trustProxy: boolean;
  rateLimits: { enrol: RateLimit; signIn: RateLimit; report: RateLimit };
}

/** The database's name in the data folder; beside it, a feed file is the service's to write. */
export const databaseFileName = 'krisecentre.db';

/** A setting the service cannot start with, said in words. */
export class ConfigError extends Error {}

function whole(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

export function serviceConfig(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): ServiceConfig {
  const port = whole(env, 'PORT', 4321, 1, 65_535);
  const host = env.HOST || '127.0.0.1';
  const origin = (env.STAFF_ORIGIN || `http://localhost:${port}`).replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new ConfigError(`STAFF_ORIGIN must be an address such as https://personale.krisecentre.kk.dk, not "${origin}"`);
  }
  if (url.origin !== origin)
    throw new ConfigError(`STAFF_ORIGIN must be an origin only (scheme, host, port), such as ${url.origin}, not "${origin}"`);
  if (/^[\d.]+$|^\[/.test(url.hostname))
    throw new ConfigError(
      `STAFF_ORIGIN must use a host name, not an IP address: passkeys are bound to a name (try http://localhost:${port})`,
    );
  if (url.protocol !== 'https:' && url.hostname !== 'localhost')
    throw new ConfigError(`STAFF_ORIGIN must be https:// (only localhost may use http://), not "${origin}"`);
  const dataDir = resolve(cwd, env.KRISECENTRE_DATA || 'data');
  const site = env.SERVE_SITE === '0' ? undefined : resolve(cwd, env.SITE_DIST || 'dist');
  const { feedUrl, staleAfterHours } = availabilitySettings(env);
  const minute = 60_000;
  return {
    host,
    port,
    origin,
    rpId: url.hostname,
    dataDir,
    databaseFile: join(dataDir, databaseFileName),
    feedFile: resolve(cwd, env.AVAILABILITY_FILE || join(dataDir, 'availability.json')),
    siteDir: site,
    feedPath: feedUrl,
    staleAfterMs: staleAfterHours * 3_600_000,
    trustProxy: env.TRUST_PROXY === '1',
    rateLimits: {
      // An enrolment takes three requests; a team enrolling together from one office is ten people, not more.
      enrol: { limit: whole(env, 'STAFF_RATE_ENROL', 30, 1, 1_000_000), windowMs: 15 * minute },
      // Four centres' shifts may sign in behind one municipal address around the same hour.
      signIn: { limit: whole(env, 'STAFF_RATE_SIGN_IN', 120, 1, 1_000_000), windowMs: 15 * minute },
      // A busy night is a few reports an hour; a stuck button or a script is not.
      report: { limit: whole(env, 'STAFF_RATE_REPORT', 60, 1, 1_000_000), windowMs: minute },
    },
  };
}
