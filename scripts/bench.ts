/**
 * What each page type costs a reader, against the site's performance budgets; the latest report is in docs/performance.md:
 *
 *   npm run bench                    build, serve, measure in Chromium, run Lighthouse, print and save the report
 *   npm run bench -- --no-lighthouse  skip Lighthouse (a quick run)
 *   npm run bench -- --no-build       measure the dist/ that is there
 *   npm run bench -- --check          exit 1 if a budget is missed
 *   npm run bench -- --runs 3         Lighthouse three times a page, keeping the median (a busy machine scores lower)
 *   npm run bench -- --no-service     skip the staff service's load test (scripts/bench-service.ts)
 *
 * Times `npm run build`, writes the sample availability feed, serves dist/ with `astro preview`, loads each
 * page on a phone-sized Chromium, then runs Lighthouse (mobile, simulated throttling) on each. Prints a
 * Markdown table and writes it, with the machine and the date, to docs/performance.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import lighthouse from 'lighthouse';
import { benchService, serviceReport } from './bench-service.ts';
import { freePort } from './free-port.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { answers, sleep, waitUntilAnswers } from './wait-until-answers.ts';

const usage = 'Usage: npm run bench [-- --no-build] [--no-lighthouse] [--no-service] [--check] [--runs <n>]';
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt === -1 ? 1 : Number(argv.splice(runsAt, 2)[1]);
const flags = new Set(argv);
function usageError(message: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}
if (flags.has('--help') || flags.has('-h')) {
  console.log(usage);
  process.exit(0);
}
if (!Number.isInteger(runs) || runs < 1) usageError('--runs needs a whole number from 1');
for (const flag of flags)
  if (!['--no-build', '--no-lighthouse', '--no-service', '--check'].includes(flag)) usageError(`unknown option ${flag}`);

const port = 4323; // not 4321 (npm start) nor 4322 (the end-to-end tests), so a bench can run beside them
const origin = `http://127.0.0.1:${port}`;

interface Budget {
  maxTotalKB?: number;
  maxJsKB?: number;
  noFramework?: boolean;
  maxRatio?: number;
}
interface PageType {
  name: string;
  path: string;
  budget?: Budget;
}
const section: Budget = { maxTotalKB: 20, maxJsKB: 4, noFramework: true, maxRatio: 8 };

/** The page types, in table order. A page not in dist/ (one not written yet) is left out. */
function pageTypes(): PageType[] {
  const all: PageType[] = [
    { name: 'root', path: '/' },
    { name: 'home', path: '/da/', budget: { maxTotalKB: 110 } },
    { name: 'centres', path: '/da/krisecentre/', budget: { maxTotalKB: 120 } },
    { name: 'a centre', path: '/da/krisecentre/egmontgaarden/' },
    { name: 'standard contents', path: '/da/standard/' },
    { name: 'longest section', path: longestSection(), budget: section },
    { name: 'Arabic section', path: '/ar/standard/klageadgang/', budget: section },
    { name: 'safety', path: '/da/sikkerhed/' },
    { name: 'accessibility statement', path: '/da/tilgaengelighed/' },
    { name: 'search', path: '/da/soeg/' },
  ];
  return all.filter((page) => existsSync(join('dist', page.path, 'index.html')));
}

/** The worst case for a section's budget: the biggest Danish part of the standard as built. */
function longestSection(): string {
  const parts = readdirSync('dist/da/standard', { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const size = (id: string) => statSync(join('dist/da/standard', id, 'index.html'), { throwIfNoEntry: false })?.size ?? 0;
  const longest = parts.map((entry) => entry.name).sort((a, b) => size(b) - size(a))[0];
  return `/da/standard/${longest}/`;
}

/** Runs a command, printing its output only if it fails; resolves with the seconds it took. */
function run(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`));
    }),
  );
}

/** Started in its own process group, so that npx, astro and anything they start all end together. */
function startDetached(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', env });
  cleanups.push(() => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  });
  return child;
}
const cleanups: (() => void)[] = [];
const cleanUp = () =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((step) => step());
process.on('SIGINT', () => (cleanUp(), process.exit(130)));

interface Measurement {
  totalBytes: number;
  jsBytes: number;
  requests: number;
  textBytes: number;
  framework: boolean;
  leaflet: boolean;
}
interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).byteLength;
const showsReact = (url: string, body: string) =>
  /react/i.test(url) || /react\.transitional\.element|__REACT_DEVTOOLS_GLOBAL_HOOK__/.test(body);
// The map's own script names Leaflet's files (it imports them on consent), so Leaflet's body is known by a
// class name only Leaflet's code and stylesheet contain.
const showsLeaflet = (url: string, body: string) => /leaflet/i.test(url) || body.includes('leaflet-pane');

/** Inline scripts the browser runs: not JSON data, not JSON-LD, not ones with a src (counted as requests). */
function inlineScripts(html: string): string {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      return !/\bsrc\s*=/i.test(attributes) && (!type || type === 'module' || type.endsWith('javascript'));
    })
    .map(([, , code = '']) => code)
    .join('\n');
}

/** Loads a page as a reader on a phone would, through to the bottom, and sums what it downloaded. */
async function measure(browser: Browser, path: string): Promise<Measurement> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2.625,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; type: string; body: Buffer }>[] = [];
  let requests = 0,
    inFlight = 0,
    lastActivity = Date.now();
  page.on('request', () => {
    requests++;
    inFlight++;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const found = { url: response.url(), type: response.headers()['content-type'] ?? '' };
    bodies.push(
      response.body().then(
        (body) => ({ ...found, body }),
        () => ({ ...found, body: Buffer.alloc(0) }),
      ),
    );
  });
  const answer = await page.goto(origin + path, { waitUntil: 'load' });
  if (!answer?.ok()) throw new Error(`${path} answered ${answer?.status()}`);
  // In steps, not in one jump: a client:visible island hydrates only if it is seen on the way down.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 750);) await sleep(100);
  const text = await page.evaluate(() => document.body.innerText);
  const loaded = await Promise.all(bodies);
  const html = (await answer.body()).toString('utf8');
  await context.close();

  const isScript = (url: string, type: string) => /javascript/i.test(type) || /\.m?js(\?|$)/.test(url);
  // Each body compressed and decoded once.
  const measured = loaded.map(({ url, type, body }) => ({
    url,
    script: isScript(url, type),
    gzipped: gzip(body),
    text: body.toString('utf8'),
  }));
  const inline = inlineScripts(html);
  return {
    totalBytes: measured.reduce((sum, { gzipped }) => sum + gzipped, 0),
    jsBytes: measured.filter(({ script }) => script).reduce((sum, { gzipped }) => sum + gzipped, 0) + (inline ? gzip(inline) : 0),
    requests,
    textBytes: Buffer.byteLength(text, 'utf8'),
    framework: measured.some(({ url, text: body }) => showsReact(url, body)),
    leaflet: measured.some(({ url, text: body }) => showsLeaflet(url, body)),
  };
}

/** Lighthouse wants a Chromium it can reach over the DevTools protocol; each run resets storage and cache. */
async function runLighthouse(paths: string[]): Promise<Map<string, { scores: Scores; failing: string[] }>> {
  const debugPort = await freePort();
  const profile = mkdtempSync(join(os.tmpdir(), 'bench-chromium-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  const browser = startDetached(chromiumPath, [
    ...chromiumArgs,
    '--headless=new',
    `--remote-debugging-port=${debugPort}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  await waitUntilAnswers(`http://127.0.0.1:${debugPort}/json/version`, browser, 'Chromium for Lighthouse');
  const results = new Map<string, { scores: Scores; failing: string[] }>();
  for (const path of paths) {
    const lhrs = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`lighthouse ${path}${runs > 1 ? ` (${run}/${runs})` : ''}`);
      const result = await lighthouse(origin + path, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      lhrs.push(result.lhr);
    }
    // Performance is the score that moves with the machine's load; the run with its median stands for the page.
    const lhr = lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(runs / 2)]!;
    const scores = Object.fromEntries(
      categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as unknown as Scores;
    // What a developer needs to reach 100: every weighted audit that cost points in a category below 100.
    const failing = categories
      .filter((id) => scores[id] < 100)
      .flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map(
            (audit) =>
              `${id}: \`${audit.id}\` ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${Math.round(audit.score! * 100)}`,
          ),
      );
    results.set(path, { scores, failing });
  }
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function budgetLines(
  pages: PageType[],
  measured: Map<string, Measurement>,
  lighthouseResults: Map<string, { scores: Scores }> | undefined,
  buildSeconds: number | undefined,
): { lines: string[]; missed: boolean } {
  const lines: string[] = [];
  let missed = false;
  const line = (ok: boolean, text: string) => ((missed ||= !ok), lines.push(`- ${mark(ok)} ${text}`));
  for (const page of pages) {
    const m = measured.get(page.path)!,
      b = page.budget ?? {},
      at = `${page.name} (\`${page.path}\`)`;
    if (b.maxTotalKB !== undefined)
      line(m.totalBytes <= b.maxTotalKB * 1024, `${at}: ${kb(m.totalBytes)} KB in all, limit ${b.maxTotalKB} KB`);
    if (b.maxJsKB !== undefined) line(m.jsBytes <= b.maxJsKB * 1024, `${at}: ${kb(m.jsBytes)} KB JavaScript, limit ${b.maxJsKB} KB`);
    if (b.noFramework) line(!m.framework, `${at}: ${m.framework ? 'loads React' : 'no framework'}, limit: no framework`);
    if (b.maxRatio !== undefined)
      line(m.totalBytes / m.textBytes <= b.maxRatio, `${at}: ${(m.totalBytes / m.textBytes).toFixed(1)}× its text, limit ${b.maxRatio}×`);
  }
  const withLeaflet = pages.filter((page) => measured.get(page.path)!.leaflet).map((page) => page.path);
  line(withLeaflet.length === 0, `Leaflet before consent: ${withLeaflet.length ? withLeaflet.join(', ') : 'on no page'}, limit: none`);
  if (lighthouseResults) {
    const below = pages.flatMap((page) =>
      categories
        .filter((id) => lighthouseResults.get(page.path)!.scores[id] < 100)
        .map((id) => `${page.path} ${id} ${lighthouseResults.get(page.path)!.scores[id]}`),
    );
    line(below.length === 0, `Lighthouse mobile: ${below.length ? below.join(', ') : '100 in all four on every page'}, limit 100 ×4`);
  } else lines.push('- – Lighthouse mobile: not run (--no-lighthouse), limit 100 ×4');
  if (buildSeconds !== undefined)
    line(buildSeconds < 60, `full build: ${buildSeconds.toFixed(1)} s on ${os.cpus().length} cores, limit 60 s on 2 cores`);
  else lines.push('- – full build: not run (--no-build), limit 60 s on 2 cores');
  return { lines, missed };
}

function localDate(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())} (UTC${offset < 0 ? '-' : '+'}${pad((offset / 60) | 0)}:${pad(offset % 60)})`;
}

async function main(): Promise<number> {
  let buildSeconds: number | undefined;
  if (!flags.has('--no-build')) {
    console.error('npm run build …');
    buildSeconds = await run('npm', ['run', 'build']);
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing; run without --no-build');
  await run('npm', ['run', 'availability', '--', 'sample']);
  // A bench that has just ended may still be stopping its server: give it a few seconds before giving up.
  for (let tries = 0; await answers(`${origin}/da/`); tries++) {
    if (tries === 25) throw new Error(`something already answers on ${origin}; stop it first`);
    await sleep(200);
  }
  const server = startDetached('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  await waitUntilAnswers(`${origin}/da/`, server, 'astro preview');

  const pages = pageTypes();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const chromiumVersion = browser.version();
  const measured = new Map<string, Measurement>();
  try {
    for (const page of pages) {
      console.error(`measure ${page.path}`);
      measured.set(page.path, await measure(browser, page.path));
    }
  } finally {
    await browser.close();
  }
  const lighthouseResults = flags.has('--no-lighthouse') ? undefined : await runLighthouse(pages.map((page) => page.path));
  // Last, with the pages' server stopped, so the two do not share the cores.
  cleanUp();
  const service = flags.has('--no-service') ? undefined : (console.error('load the staff service …'), await benchService());

  const score = (path: string, id: keyof Scores) => String(lighthouseResults?.get(path)?.scores[id] ?? '–');
  const rows = pages.map((page) => {
    const m = measured.get(page.path)!;
    return `| ${page.name} | \`${page.path}\` | ${kb(m.totalBytes)} | ${kb(m.jsBytes)} | ${m.requests} | ${kb(m.textBytes)} | ${(m.totalBytes / m.textBytes).toFixed(1)} | ${categories.map((id) => score(page.path, id)).join(' | ')} |`;
  });
  const { lines, missed } = budgetLines(pages, measured, lighthouseResults, buildSeconds);
  const failing = pages.flatMap((page) => (lighthouseResults?.get(page.path)?.failing ?? []).map((audit) => `- \`${page.path}\` ${audit}`));
  const report = [
    '| page | path | total KB gzip | JS KB gzip | requests | text KB | ratio × | perf. | a11y | best pr. | SEO |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'KB = 1024 bytes. JS = the gzip of every JavaScript file the page loaded plus the gzip of its inline scripts',
    'together (not JSON data nor JSON-LD). "longest section" is the biggest page in `dist/da/standard/`.',
    '',
    '## Budgets',
    '',
    ...lines,
    '',
    'For comparison, from the issue: a default Starlight site with the same standard loads 49.8 KB gzip for a long',
    'section, 29.8 KB of it JavaScript, 24× its text, and scores Lighthouse performance 100.',
    ...(failing.length ? ['', '## Lighthouse audits below 100', '', ...failing] : []),
    ...(service
      ? [
          '',
          '## The staff service',
          '',
          'The service as `npm start` runs it (`SERVE_SITE=0`, its rate limits raised), on loopback, its database on this',
          "machine's disk with every commit flushed (`synchronous = FULL`). The load comes from a Node client on the same",
          'two cores: 20 members of staff, five a centre, each stepping +1 and −1 in turn as fast as the answers come; then',
          '200 readers fetching the feed, and the same with `If-None-Match` (304). Each load runs two seconds first, not counted,',
          'while the service compiles its hot paths.',
          '',
          serviceReport(service),
        ]
      : []),
  ].join('\n');
  console.log(report);

  const lighthouseVersion = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  const cpu = os.cpus();
  writeFileSync(
    'docs/performance.md',
    `# Performance

The latest run of \`npm run bench\`: ${localDate(new Date())}, on ${cpu[0]?.model.trim()} (${cpu.length} cores), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.type()} ${os.release()}; Node ${process.version}, Chromium ${chromiumVersion}, Lighthouse ${lighthouseVersion}${lighthouseResults ? `, ${runs === 1 ? 'one run' : `median of ${runs} runs`} a page` : ' (not run)'}; load average ${os.loadavg()[0]!.toFixed(1)} at the end.

\`npm run bench\` builds the site (timed), serves \`dist/\` with \`astro preview\` and the sample availability feed, and loads each page type in Chromium at 412 × 823 as a phone, scrolled to the bottom so the availability island hydrates, without pressing the map's button. \`--no-build\` measures the \`dist/\` that is there, \`--no-lighthouse\` skips Lighthouse, \`--check\` exits with 1 when a budget is missed, \`--runs 3\` runs Lighthouse three times a page and keeps the median.

Bytes are the gzip (level 9, as a static host compresses) of the body of every response the page made, headers not counted: what a reader's phone downloads. *Text* is the page's own words, the UTF-8 bytes of \`document.body.innerText\`; the *ratio* is all the page's bytes over its text, and 1× is the floor no page can beat. The scores are Lighthouse's mobile defaults (simulated throttling): performance, accessibility, best practices and SEO. Simulated throttling still runs the page's scripts on this machine's CPU, so performance drops a few points when the machine is busy (a build or the tests beside it): compare runs on an idle machine.

${report}
`,
  );
  return flags.has('--check') && missed ? 1 : 0;
}

main().then(
  (code) => (cleanUp(), process.exit(code)),
  (error: unknown) => (cleanUp(), console.error(`error: ${error instanceof Error ? error.message : String(error)}`), process.exit(1)),
);
