import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capacitiesOf, parseFeed } from '../../src/lib/availability/parse-feed';
import { openDatabase } from '../../server/store/database';
import { centres } from '../helpers/staff-service';
import { freePort } from '../../scripts/free-port';
import {
  enrolOverHttp,
  inviteLink,
  nodeScript,
  reportOverHttp,
  serviceEnv,
  signInOverHttp,
  staffCommand,
  startServiceProcess,
  type RunningService,
} from '../helpers/service-process';

/*
 * The service as it runs on a server: a real process on a real port, stopped, killed and started again.
 * The clock here is the machine's own, the same for the service and the test, and nothing compares it
 * with a fixed date.
 */

let dir: string;
let env: NodeJS.ProcessEnv;
let running: RunningService[] = [];
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'krisecentre-service-'));
  env = serviceEnv(dir, await freePort());
});
afterEach(async () => {
  for (const service of running) await service.stop('SIGKILL');
  running = [];
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<RunningService> {
  const service = await startServiceProcess(env);
  running.push(service);
  return service;
}

async function adminOf(service: RunningService) {
  const invite = await staffCommand(env, 'invite', '--admin', '--name', 'Nattevagt');
  expect(invite.code).toBe(0);
  const link = inviteLink(invite.stdout);
  expect(link).toMatch(new RegExp(`^${service.origin}/personale/tilmeld/#[A-Za-z0-9_-]{43}$`));
  return enrolOverHttp(service, link);
}

const feedOnDisk = () => parseFeed(readFileSync(join(dir, 'availability.json'), 'utf8'), capacitiesOf(centres), Date.now());
const fromDatabase = <T>(sql: string): T => {
  const db = openDatabase(join(dir, 'krisecentre.db'));
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
};

describe('the staff service as a process', () => {
  it('prints a link for the first administrator when nobody can sign in, and only then', async () => {
    const service = await start();
    // The link stands alone on its line, to be copied whole.
    const first = service
      .output()
      .split('\n')
      .find((line) => line.includes('/personale/tilmeld/'))!;
    expect(first).toMatch(new RegExp(`^${service.origin}/personale/tilmeld/#[A-Za-z0-9_-]{43}$`));
    await enrolOverHttp(service, first);
    await service.stop();
    const again = await start();
    expect(again.output()).not.toContain('/personale/tilmeld/#');
  }, 30_000);

  it('applies 50 simultaneous +1 and −1 reports exactly once each: no update is lost', async () => {
    const service = await start();
    const { cookie } = await adminOf(service);
    // Half of Egmontgården's 38 places: no order the 50 steps arrive in can reach 0 or 38.
    await reportOverHttp(service, cookie, { centre: 'egmontgaarden', action: 'set', available: '19', version: '' });
    const steps = Array.from({ length: 50 }, (_, i) => (i % 5 < 3 ? 'plus' : 'minus'));
    const answers = await Promise.all(steps.map((action) => reportOverHttp(service, cookie, { centre: 'egmontgaarden', action })));
    expect(answers.map((answer) => answer.status)).toEqual(steps.map(() => 200));
    // 30 steps up and 20 down from 19.
    const feed = feedOnDisk();
    expect(feed.ok && feed.reports.get('egmontgaarden')).toMatchObject({ free: 29 });
    expect(fromDatabase<{ n: number }>("SELECT count(*) AS n FROM events WHERE action IN ('plus', 'minus')").n).toBe(50);
  }, 30_000);

  it('loses no acknowledged report when killed mid-burst, and starts again with a whole feed', async () => {
    const service = await start();
    const { cookie } = await adminOf(service);
    await reportOverHttp(service, cookie, { centre: 'egmontgaarden', action: 'full' });
    let acknowledged = 0;
    // Three phones, each sending its next report as soon as the last is answered: reports are always on
    // the wire, whichever moment the service dies (reports sent all at once could all be answered in one
    // transaction before the kill).
    const burst = Array.from({ length: 3 }, async () => {
      for (let sent = 0; sent < 10; sent++) {
        const answer = await reportOverHttp(service, cookie, { centre: 'egmontgaarden', action: 'plus' }).catch(() => undefined);
        if (answer?.status !== 200) return;
        acknowledged++;
      }
    });
    // Kill it the moment the first few reports are answered, with the rest still to come.
    while (acknowledged < 5) await new Promise((resolve) => setTimeout(resolve, 1));
    await service.stop('SIGKILL');
    await Promise.all(burst);
    // Killed mid-burst: some reports were never answered. And the feed on disk, as it was left, is whole.
    expect(acknowledged).toBeLessThan(30);
    expect(feedOnDisk().ok).toBe(true);

    await start();
    const stored = fromDatabase<{ available: number }>("SELECT available FROM counts WHERE centre_id = 'egmontgaarden'").available;
    const logged = fromDatabase<{ n: number }>("SELECT count(*) AS n FROM events WHERE action = 'plus'").n;
    expect(stored).toBeGreaterThanOrEqual(acknowledged);
    expect(stored).toBe(logged);
    const feed = feedOnDisk();
    expect(feed.ok && feed.reports.get('egmontgaarden')).toMatchObject({ free: stored });
  }, 30_000);

  it('keeps counts, log and passkeys across a restart, and rewrites a missing or damaged feed at start', async () => {
    const service = await start();
    const { phone, cookie } = await adminOf(service);
    await reportOverHttp(service, cookie, { centre: 'garvergaarden', action: 'set', available: '2', version: '', note: 'Ring først' });
    await service.stop();

    writeFileSync(join(dir, 'availability.json'), '{"version":1,"centers":[');
    const again = await start();
    expect(again.output()).toContain(`wrote ${join(dir, 'availability.json')} from the database`);
    const feed = feedOnDisk();
    expect(feed.ok && feed.reports.get('garvergaarden')).toMatchObject({ free: 2, note: 'Ring først' });
    expect((await signInOverHttp(again, phone)).status).toBe(200);

    await again.stop();
    rmSync(join(dir, 'availability.json'));
    await start();
    expect(feedOnDisk().ok).toBe(true);
  }, 30_000);

  it('refuses to start a second service on the same data, and says why', async () => {
    const service = await start();
    const second = await startServiceProcess(serviceEnv(dir, await freePort())).catch((error: Error) => error.message);
    expect(second).toMatch(/error: another staff service is already using .*\. Stop it first, or give this one its own KRISECENTRE_DATA\./);
    expect((await fetch(`${service.base}/personale/health`)).status).toBe(200);
  }, 30_000);
});

describe('the staff command', () => {
  it('invites for a centre, lists, renames, revokes, and refuses what it cannot do', async () => {
    // Without the service's database it makes none: a wrong KRISECENTRE_DATA must not start a second staff list.
    const nowhere = await staffCommand(env, 'invite', 'egmontgaarden', '--name', 'Lene');
    expect(nowhere.stderr).toMatch(/^error: there is no staff database at .*krisecentre\.db\. Start the service once/);
    // The service makes the database (and, on localhost, its first administrator, id 1).
    await (await start()).stop();
    const invite = await staffCommand(env, 'invite', 'egmontgaarden', '--name', 'Lene');
    expect(invite.stdout).toMatch(/^Invited Lene \(id 2\) to report for Egmontgården\.\n/);
    expect((await staffCommand(env, 'invite', 'egmont', '--name', 'Lene')).stderr).toContain(
      'error: "egmont" is not a crisis centre. Use one of: den-aabne-doer, egmontgaarden, garvergaarden, klostermosegaard',
    );
    expect((await staffCommand(env, 'invite', 'egmontgaarden')).stderr).toContain('error: invite needs --name');
    const list = await staffCommand(env, 'list');
    expect(list.stdout).toMatch(/^\s+2 {2}Lene\s+Egmontgården\s+0 passkey\(s\)\s+last sign-in –\s+invited$/m);
    expect((await staffCommand(env, 'rename', '2', '--name', 'Lene Holm')).stdout).toBe('Person 2 is now called Lene Holm.\n');
    expect((await staffCommand(env, 'revoke', '2')).stdout).toBe(
      'Lene Holm (id 2) can no longer sign in; every session of theirs has ended.\n',
    );
    expect((await staffCommand(env, 'list')).stdout).toMatch(/revoked/);
    expect((await staffCommand(env, 'revoke', '7')).stderr).toBe('error: there is nobody with id 7 (npm run staff -- list)\n');
  }, 30_000);

  it('backs up the database while the service runs, and a restore brings back counts, log and passkeys', async () => {
    const service = await start();
    const { phone, cookie } = await adminOf(service);
    await reportOverHttp(service, cookie, { centre: 'den-aabne-doer', action: 'set', available: '4', version: '' });
    const backup = join(dir, 'backup.db');
    const made = await staffCommand(env, 'backup', backup);
    expect(made.code).toBe(0);
    expect(readFileSync(backup).subarray(0, 15).toString()).toBe('SQLite format 3');

    // The restore refuses while the service runs: it would write on under the copy.
    expect((await staffCommand(env, 'restore', backup)).stderr).toMatch(/another staff service is already using/);
    await service.stop();
    // A damaged backup is refused before anything is touched.
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, readFileSync(backup).subarray(0, 4096));
    expect((await staffCommand(env, 'restore', damaged)).stderr).toMatch(/damaged\.db .*; nothing was changed\n$/);
    expect(fromDatabase<{ n: number }>('SELECT count(*) AS n FROM people').n).toBe(2);

    // A lost database, then the backup put back.
    for (const file of ['krisecentre.db', 'krisecentre.db-wal', 'krisecentre.db-shm', 'availability.json'])
      rmSync(join(dir, file), { force: true });
    const restored = await staffCommand(env, 'restore', backup);
    expect(restored.stdout).toMatch(/^restored .*krisecentre\.db from .*backup\.db \(2 people\); the feed is written from it\n$/);

    const back = await start();
    const feed = feedOnDisk();
    expect(feed.ok && feed.reports.get('den-aabne-doer')).toMatchObject({ free: 4 });
    expect(fromDatabase<{ n: number }>("SELECT count(*) AS n FROM events WHERE action = 'set'").n).toBe(1);
    expect((await signInOverHttp(back, phone)).status).toBe(200);
  }, 30_000);

  it('lets the availability tool set a count only through the database, logged as the command line', async () => {
    const service = await start();
    const { stderr: bypass } = await nodeScript(
      'scripts/availability.ts',
      { ...env, KRISECENTRE_DATA: '' },
      'set',
      'klostermosegaard',
      '3',
      '--file',
      join(dir, 'availability.json'),
    );
    expect(bypass).toContain('is written by the staff service from its database beside it; set the count there');
    const set = await nodeScript('scripts/availability.ts', env, 'set', 'klostermosegaard', '3', '--note', 'Fra kommandolinjen');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Klostermosegård now has 3 free of 10');
    const feed = feedOnDisk();
    expect(feed.ok && feed.reports.get('klostermosegaard')).toMatchObject({ free: 3, note: 'Fra kommandolinjen' });
    expect(fromDatabase("SELECT actor, person_id AS person, action, after FROM events WHERE centre_id = 'klostermosegaard'")).toEqual({
      actor: 'command-line',
      person: null,
      action: 'set',
      after: 3,
    });
    // The service serves what the tool wrote through its database.
    const served = await (await fetch(`${service.base}/availability.json`)).json();
    expect(served.centers).toEqual([expect.objectContaining({ id: 'klostermosegaard', available: 3 })]);
  }, 30_000);
});
