import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { redirects } from '../../src/i18n/paths';
import { nginxConfOfBuild } from '../../src/integrations/deploy-headers';
import { headersFileFor, productionFeedFile, redirectsFile } from '../../src/lib/deploy-headers';
import { serveWithDeployHeaders, stubTileServer, watchPolicyViolations } from './support';

const headersFile = readFileSync('dist/_headers', 'utf8');

// A comparison of two texts: it needs the build, not nginx itself, so it is not in nginx.spec.ts.
test('deploy/nginx.conf is what npm run nginx-conf writes from this build', () => {
  expect(
    readFileSync('deploy/nginx.conf', 'utf8'),
    'deploy/nginx.conf differs from this build; run npm run build && npm run nginx-conf',
  ).toBe(nginxConfOfBuild('dist', productionFeedFile));
});

// That nginx sends the same headers is tested in nginx itself (nginx.spec.ts).
test('dist/_headers gives every page a strict policy, the security headers and a cache lifetime that fits', () => {
  for (const path of [
    '/',
    '/da/',
    '/ar/standard/klageadgang/',
    '/404.html',
    '/favicon.svg',
    '/availability.schema.json',
    '/availability.json',
    '/_astro/page.js',
  ]) {
    expect(headersFileFor(headersFile, path).get('Cache-Control'), path).toBeTruthy();
  }
  const page = headersFileFor(headersFile, '/da/');
  expect(page.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  expect(page.get('Content-Security-Policy')).not.toContain('unsafe-inline');
  expect(page.get('Referrer-Policy')).toBe('no-referrer');
  expect(page.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
  expect(page.get('Cache-Control')).toMatch(/must-revalidate/);
  expect(headersFileFor(headersFile, '/_astro/page.js').get('Cache-Control')).toContain('immutable');
  expect(headersFileFor(headersFile, '/availability.json').get('Cache-Control')).toBe('max-age=60, must-revalidate');

  for (const { from, to } of redirects) {
    expect(redirectsFile(readFileSync('dist/_redirects', 'utf8')).get(from)).toBe(to);
  }
});

test('with the deploy headers, no page can be shown inside another site', async ({ page, baseURL }) => {
  await serveWithDeployHeaders(page, baseURL!);
  const framed = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  await page.setContent(`<iframe src="${baseURL}/da/" title="framed"></iframe>`);
  await framed;
  await expect(page.frameLocator('iframe').getByRole('link', { name: /Forlad siden/ })).toHaveCount(0);
});

test('with the deploy headers, the quick exit, the language list, the free places, the map and the search all still work', async ({
  page,
  baseURL,
}) => {
  const violations = await watchPolicyViolations(page);
  await serveWithDeployHeaders(page, baseURL!);
  await stubTileServer(page);

  await page.goto('/da/krisecentre/');
  await page.locator('[data-map-consent]').click();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeAttached();
  await page.locator('#free-places').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-availability]').first()).not.toHaveAttribute('data-availability', 'loading');
  await expect(page.locator('[data-hours-for]').first()).not.toBeEmpty();

  await page.locator('.lang-switch summary').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.lang-switch details')).not.toHaveAttribute('open');

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.locator('.quick-exit__light[data-on]')).toHaveCount(2);

  // The search index is WebAssembly, run in a worker: both allowed on the search page only. Pagefind
  // would quietly search without its worker if the worker were refused, so the worker itself is checked.
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/da/soeg/');
  await page.getByRole('searchbox').fill('klage');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
  expect(warnings.filter((text) => /worker/i.test(text))).toEqual([]);
  expect(violations).toEqual([]);
  // Searching left nothing on the device either.
  expect(
    await page.evaluate(
      async () => localStorage.length + sessionStorage.length + (await caches.keys()).length + (await indexedDB.databases()).length,
    ),
  ).toBe(0);
  expect(await page.context().cookies()).toEqual([]);
});
