import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerRules, renderHeadersFile, renderRedirectsFile } from '../../src/lib/deploy-headers';
import { capacitiesOf, parseFeed } from '../../src/lib/availability/parse-feed';
import { readCentresFromDisk } from '../../src/lib/places-on-disk';
import { serviceConfig, type ServiceConfig } from '../../server/config';
import { repairFeed } from '../../server/feed/publish';
import { reportDesk } from '../../server/report-desk';
import { createApp } from '../../server/http/app';
import { buildStaffAssets, type StaffAssets } from '../../server/http/assets';
import { staffPaths } from '../../server/http/paths';
import { openDatabase, type Database } from '../../server/store/database';
import { invitePerson } from '../../server/store/people';
import { enrolPasskey, signInWithPasskey } from './passkey-ceremony';
import type { SoftAuthenticator } from './soft-authenticator';

let assets: Promise<StaffAssets> | undefined;

/** A night shift: Tuesday 8 December 2026, 02:00 in Copenhagen. Every test's clock starts here. */
export const nightShift = Date.parse('2026-12-08T02:00:00+01:00');

export const centres = readCentresFromDisk();

/** A tiny built site with the real header rules, so that the public side is served as a host would. */
function fakeSite(dir: string): string {
  const site = join(dir, 'dist');
  mkdirSync(join(site, 'da'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Krisecentre</title><p>112');
  writeFileSync(join(site, 'da', 'index.html'), '<!doctype html><title>Krisecentre</title><p>Brug for hjælp nu?');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Findes ikke</title>');
  const rules = headerRules(
    ["default-src 'self'"],
    [
      { name: 'da', folder: true },
      { name: 'index.html', folder: false },
    ],
    '/availability.json',
  );
  writeFileSync(join(site, '_headers'), renderHeadersFile(rules));
  writeFileSync(join(site, '_redirects'), renderRedirectsFile([{ from: '/was', to: '/da/tilgaengelighed/' }]));
  return site;
}

export interface TestService {
  app: ReturnType<typeof createApp>;
  db: Database;
  config: ServiceConfig;
  logs: string[];
  clock: { now: number };
  /** A request as the staff pages' own browser would send it: from the service's origin, with a session if given. */
  request(
    path: string,
    init?: { method?: string; cookie?: string; form?: Record<string, string>; json?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** A new person with an invite; returns the invite's token and the person's id. */
  invite(name: string, centreId: string | null): { token: string; id: number };
  /** Enrols a passkey with an invite, as the enrolment page's script does; returns the last answer and the session cookie. */
  enrol(
    token: string,
    authenticator: SoftAuthenticator,
    options?: { userVerified?: boolean },
  ): Promise<{ response: Response; cookie: string | undefined }>;
  /** Signs in with a passkey alone, as the sign-in page's script does. */
  signIn(
    authenticator: SoftAuthenticator,
    options?: { userVerified?: boolean },
  ): Promise<{ response: Response; cookie: string | undefined }>;
  /** A report from the report page's script: the form's fields, answered in JSON. */
  report(cookie: string | undefined, fields: Record<string, string>): Promise<Response>;
  /** The feed file as the public site reads it. */
  feed(): ReturnType<typeof parseFeed>;
  feedText(): string;
  /** How many rows a table of the database holds. */
  count(table: 'events' | 'passkeys' | 'sessions'): number;
  close(): void;
}

/** The service in-process, on a database in a folder of its own, with a clock the test moves. */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const dir = mkdtempSync(join(tmpdir(), 'krisecentre-staff-'));
  const config = serviceConfig({ KRISECENTRE_DATA: dir, SITE_DIST: fakeSite(dir), ...env });
  const db = openDatabase(config.databaseFile);
  const clock = { now: nightShift };
  const logs: string[] = [];
  repairFeed(db, centres, config.feedFile, clock.now);
  assets ??= buildStaffAssets();
  const app = createApp({
    db,
    config,
    centres,
    now: () => clock.now,
    log: (line) => logs.push(line),
    assets: await assets,
    // A failed feed write is tried again after a tenth of a second here, not half a minute.
    reports: reportDesk({ db, centres, feedFile: config.feedFile, now: () => clock.now, log: (line) => logs.push(line), retryMs: 100 }),
  });

  const request: TestService['request'] = (path, init = {}) => {
    const headers: Record<string, string> = { origin: config.origin, 'sec-fetch-site': 'same-origin', ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      headers.accept = 'application/json';
      body = JSON.stringify(init.json);
    }
    return Promise.resolve(
      app.request(`${config.origin}${path}`, {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        ...(body === undefined ? {} : { body }),
      }),
    );
  };

  const sendJson = (path: string, json: unknown) => request(path, { json });

  return {
    app,
    db,
    config,
    logs,
    clock,
    request,
    invite: (name, centreId) => {
      const { person, token } = invitePerson(db, { name, centreId }, clock.now);
      return { token, id: person.id };
    },
    enrol: (token, authenticator, options) => enrolPasskey(sendJson, token, authenticator, options),
    signIn: (authenticator, options) => signInWithPasskey(sendJson, authenticator, options),
    report: (cookie, fields) =>
      request(staffPaths.submit, { ...(cookie ? { cookie } : {}), form: fields, headers: { accept: 'application/json' } }),
    feed: () => parseFeed(readFileSync(config.feedFile, 'utf8'), capacitiesOf(centres), clock.now),
    feedText: () => readFileSync(config.feedFile, 'utf8'),
    count: (table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    close: () => {
      if (db.isOpen) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
