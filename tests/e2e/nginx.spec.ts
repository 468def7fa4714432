import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxConfOfBuild } from '../../src/integrations/deploy-headers';
import { headersFileFor } from '../../src/lib/deploy-headers';
import { freePort } from '../../scripts/free-port';
import { staffE2e } from './staff-setup';
import { watchPolicyViolations } from './support';

/*
 * The generated nginx configuration in the real nginx (Debian's, as production runs it), on loopback
 * ports with a certificate made for the test: the build's pages with the build's headers, the feed the
 * staff service writes with its 304, and the staff host passing /personale/ to the service.
 */

test.describe.configure({ mode: 'serial' });

let nginx: ChildProcess | undefined;
let dir: string;
let site: string;
let staff: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'krisecentre-nginx-'));
  for (const folder of ['logs', 'temp']) mkdirSync(join(dir, folder));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const [http, https, staffHttps] = [await freePort(), await freePort(), await freePort()];
  site = `https://127.0.0.1:${https}`;
  staff = `https://127.0.0.1:${staffHttps}`;
  writeFileSync(
    join(dir, 'site.conf'),
    nginxConfOfBuild('dist', join(process.env.E2E_STAFF_DATA!, 'availability.json'), {
      root: resolve('dist'),
      upstream: `http://127.0.0.1:${staffE2e.env.PORT}`,
      tls: { certificate: join(dir, 'cert.pem'), key: join(dir, 'key.pem') },
      ports: { http, https, staffHttps },
      bind: { ipv4: '127.0.0.1', ipv6: '[::1]' },
    }),
  );
  // The main file a distribution ships, cut down: the test's own folders, and root's user when run as root.
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${isRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const nginxBin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  // A configuration nginx cannot load fails here, with nginx's own words.
  execFileSync(nginxBin, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  const started = spawn(nginxBin, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  nginx = started;
  // An nginx that stops or never answers fails here, with its error log, not later as a refused connection.
  const errorLog = () => (existsSync(join(dir, 'logs/error.log')) ? readFileSync(join(dir, 'logs/error.log'), 'utf8') : '(no error log)');
  for (const deadline = Date.now() + 10_000; ; await new Promise((r) => setTimeout(r, 100))) {
    const up = await fetch(`http://127.0.0.1:${http}/`, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (started.exitCode !== null || started.signalCode !== null)
      throw new Error(`nginx stopped (${started.exitCode ?? started.signalCode}):\n${errorLog()}`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s:\n${errorLog()}`);
  }
});

test.afterAll(() => {
  nginx?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test.use({ ignoreHTTPSErrors: true });

test('nginx serves the build with the headers of its _headers, its redirects, and its 404 page', async ({ request }) => {
  const headersFile = readFileSync('dist/_headers', 'utf8');
  for (const path of [
    '/',
    '/da/',
    '/ar/standard/klageadgang/',
    '/favicon.svg',
    '/availability.schema.json',
    `/_astro/${readFileSync('dist/da/index.html', 'utf8').match(/\/_astro\/([^"']+\.(?:js|css))/)?.[1] ?? ''}`,
  ]) {
    const response = await request.get(`${site}${path}`);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of headersFileFor(headersFile, path))
      expect(response.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
  const was = await request.get(`${site}/was`, { maxRedirects: 0 });
  expect(was.status()).toBe(301);
  expect(was.headers().location).toMatch(/\/da\/tilgaengelighed\/$/);
  const missing = await request.get(`${site}/da/findes-ikke/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('112');
  expect((await request.get(`${site}/_headers`)).status()).toBe(404);
  // The public host has no staff pages: a staff cookie could never be sent here, as there is nothing to send it to.
  expect((await request.get(`${site}/personale/`)).status()).toBe(404);
  const gzipped = await request.get(`${site}/da/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
});

test("nginx serves the staff service's feed with an ETag, and a 304 when it has not changed", async ({ request }) => {
  const first = await request.get(`${site}/availability.json`);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/json');
  expect(first.headers()['cache-control']).toBe('max-age=60, must-revalidate');
  expect((await first.json()).version).toBe(1);
  const again = await request.get(`${site}/availability.json`, { headers: { 'if-none-match': first.headers().etag! } });
  expect(again.status()).toBe(304);
});

test('the staff host passes /personale/ to the staff service, and nothing else', async ({ request }) => {
  const signIn = await request.get(`${staff}/personale/log-ind/`);
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toContain('Log ind med adgangsnøgle');
  expect(signIn.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(signIn.headers()['cache-control']).toBe('no-store');
  expect((await request.get(`${staff}/personale/health`)).status()).toBe(200);
  const root = await request.get(`${staff}/`, { maxRedirects: 0 });
  expect(root.status()).toBe(302);
  expect(root.headers().location).toMatch(/\/personale\/$/);
  expect((await request.get(`${staff}/da/`)).status()).toBe(404);
  expect((await request.get(`${staff}/availability.json`)).status()).toBe(404);

  // A write goes through nginx with its Origin: from the service's own address it reaches the session
  // check (no cookie here), from any other it is refused before that.
  const form = { centre: 'egmontgaarden', action: 'full' };
  const fromStaffPages = await request.post(`${staff}/personale/meld/`, {
    form,
    headers: { origin: staffE2e.origin, accept: 'application/json' },
  });
  expect(fromStaffPages.status()).toBe(401);
  const fromElsewhere = await request.post(`${staff}/personale/meld/`, {
    form,
    headers: { origin: 'https://evil.example', accept: 'application/json' },
  });
  expect(fromElsewhere.status()).toBe(403);
});

test('a page served by nginx breaks none of its policies in Chromium', async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await page.goto(`${site}/da/krisecentre/`);
  await page.locator('.availability').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-availability="loading"]')).toHaveCount(0);
  expect(violations).toEqual([]);
});
