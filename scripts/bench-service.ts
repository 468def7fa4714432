/**
 * The staff service under load, for `npm run bench` (or alone: `node scripts/bench-service.ts`):
 * reports from 20 members of staff at once, and the feed read by 200 readers at once, fresh (200) and
 * revalidated (304). The service runs as `npm start` runs it, on loopback, with its own data folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCentresFromDisk } from '../src/lib/places-on-disk.ts';
import { serviceConfig } from '../server/config.ts';
import { staffPaths } from '../server/http/paths.ts';
import { sessionCookie } from '../server/http/session.ts';
import { openDatabase } from '../server/store/database.ts';
import { invitePerson } from '../server/store/people.ts';
import { recordReport } from '../server/store/counts.ts';
import { startSession } from '../server/store/sessions.ts';
import { freePort } from './free-port.ts';
import { waitUntilAnswers } from './wait-until-answers.ts';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Answers other than the expected status. */
  unexpected: number;
}

const staffCount = 20;
const readerCount = 200;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * `clients` loops, each sending its next request as soon as the last is answered, for `ms`; keep-alive
 * connections, as browsers and nginx keep them.
 */
async function load(
  clients: number,
  ms: number,
  expected: number,
  next: (client: number) => { method: string; path: string; headers: Record<string, string>; body?: string },
  port: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let unexpected = 0;
  const started = performance.now();
  const until = started + ms;
  const one = (client: number) =>
    new Promise<void>((resolve) => {
      const { method, path, headers, body } = next(client);
      const sent = performance.now();
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - sent);
          if (res.statusCode !== expected) unexpected++;
          resolve();
        });
      });
      req.on('error', () => (unexpected++, resolve()));
      req.end(body);
    });
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < until) await one(client);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    unexpected,
  };
}

export async function benchService(): Promise<{ reports: LoadResult; feed200: LoadResult; feed304: LoadResult }> {
  const dir = mkdtempSync(join(tmpdir(), 'krisecentre-bench-'));
  const port = await freePort();
  const env = { ...process.env, KRISECENTRE_DATA: dir, PORT: String(port), SERVE_SITE: '0', STAFF_RATE_REPORT: '1000000' };
  const config = serviceConfig(env);
  const centres = [...readCentresFromDisk()];

  // Twenty members of staff, five a centre, signed in: sessions made in the database, as a sign-in makes them.
  const db = openDatabase(config.databaseFile);
  const now = Date.now();
  const cookies = Array.from({ length: staffCount }, (_, i) => {
    const [centreId] = centres[i % centres.length]!;
    const { person } = invitePerson(db, { name: `Vagt ${i + 1}`, centreId }, now);
    return { centreId, cookie: `__Host-${sessionCookie.name}=${startSession(db, person.id, now)}` };
  });
  // Each centre half full, so that the steps up and down stay within its places.
  for (const [id, facts] of centres) {
    recordReport(
      db,
      new Map(centres),
      { centreId: id, report: { action: 'set', available: Math.floor(facts.capacity / 2), note: null, seenVersion: null }, personId: null },
      now,
    );
  }
  db.close();

  const service = spawn(process.execPath, ['server/main.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitUntilAnswers(`http://127.0.0.1:${port}${staffPaths.health}`, service, 'the staff service');
    const steps = cookies.map(() => 0);
    const report = (client: number) => {
      const { centreId, cookie } = cookies[client]!;
      // Each one up and down in turn, so a centre's count stays within a few places of half.
      const action = (steps[client] = steps[client]! + 1) % 2 === 1 ? 'plus' : 'minus';
      return {
        method: 'POST',
        path: staffPaths.submit,
        headers: { origin: config.origin, cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: `centre=${centreId}&action=${action}`,
      };
    };
    // Each load first runs two seconds uncounted, while the service compiles its hot paths.
    await load(staffCount, 2_000, 200, report, port);
    const reports = await load(staffCount, 10_000, 200, report, port);
    const feed = () => ({ method: 'GET', path: config.feedPath, headers: {} });
    await load(readerCount, 2_000, 200, feed, port);
    const feed200 = await load(readerCount, 5_000, 200, feed, port);
    const etag = (await fetch(`http://127.0.0.1:${port}${config.feedPath}`)).headers.get('etag')!;
    const feed304 = await load(
      readerCount,
      5_000,
      304,
      () => ({ method: 'GET', path: config.feedPath, headers: { 'if-none-match': etag } }),
      port,
    );
    return { reports, feed200, feed304 };
  } finally {
    if (service.exitCode === null && service.signalCode === null) {
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results as the performance report's section. */
export function serviceReport(results: Awaited<ReturnType<typeof benchService>>): string {
  const row = (name: string, result: LoadResult) =>
    `| ${name} | ${result.requests} | ${Math.round(result.perSecond).toLocaleString('en')} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.unexpected} |`;
  return [
    '| load | requests | per second | p50 ms | p99 ms | other answers |',
    '|---|---:|---:|---:|---:|---:|',
    row(`reports (+1/−1), ${staffCount} staff at once, 10 s`, results.reports),
    row(`feed, 200, ${readerCount} readers at once, 5 s`, results.feed200),
    row(`feed, 304, ${readerCount} readers at once, 5 s`, results.feed304),
    '',
    `Aims: a report's p99 under 50 ms; over 5,000 304s a second. ${results.reports.p99 < 50 ? '✓' : '✗'} report p99, ${results.feed304.perSecond > 5_000 ? '✓' : '✗'} 304s a second.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(serviceReport(await benchService()));
}
