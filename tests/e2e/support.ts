import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { headersFileFor } from '../../src/lib/deploy-headers';
import { quickExitUrl } from '../../src/config/site';
import { defaultTileUrl, tileOrigins } from '../../src/config/map';

/**
 * One page of each kind the site has, in a given language; tests that hold for every page run over
 * these. The root and the not-found page exist once, whatever the language.
 */
export const pageTypes = [
  { name: 'root', path: () => '/', once: true },
  { name: 'home', path: (lang: string) => `/${lang}/` },
  { name: 'centres', path: (lang: string) => `/${lang}/krisecentre/` },
  { name: 'centre', path: (lang: string) => `/${lang}/krisecentre/egmontgaarden/` },
  { name: 'standard contents', path: (lang: string) => `/${lang}/standard/` },
  { name: 'standard part', path: (lang: string) => `/${lang}/standard/sagsbehandling-og-indskrivning/` },
  { name: 'standard part with timeline', path: (lang: string) => `/${lang}/standard/forloeb-og-indhold/` },
  { name: 'standard part with the complaint deadline', path: (lang: string) => `/${lang}/standard/klageadgang/` },
  { name: 'safety', path: (lang: string) => `/${lang}/sikkerhed/` },
  { name: 'accessibility statement', path: (lang: string) => `/${lang}/tilgaengelighed/` },
  { name: 'search', path: (lang: string) => `/${lang}/soeg/` },
  { name: 'help card', path: (lang: string) => `/${lang}/hjaelpekort/` },
  { name: 'questions and answers', path: (lang: string) => `/${lang}/spoergsmaal/` },
  { name: 'not found', path: () => '/da/findes-ikke/', once: true },
] as const;

/**
 * Stands in for the neutral site the quick exit leads to (the machines running the tests have no
 * internet), and records each request made to it.
 */
export async function stubNeutralSite(page: Page): Promise<Request[]> {
  const requests: Request[] = [];
  await page.route(`${quickExitUrl}**`, async (route) => {
    requests.push(route.request());
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>DMI</title><h1>Vejret</h1>' });
  });
  return requests;
}

/**
 * Serves every response of the site with the headers `dist/_headers` gives its path, as a host that reads
 * the file would: the tests' preview server sends none of them.
 */
export async function serveWithDeployHeaders(page: Page, baseURL: string): Promise<void> {
  const file = readFileSync('dist/_headers', 'utf8');
  await page.route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const added = Object.fromEntries(headersFileFor(file, new URL(route.request().url()).pathname));
    await route.fulfill({ response, headers: { ...response.headers(), ...added } });
  });
}

/** Collects what the page's Content-Security-Policy blocks, as the browser reports it. */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportPolicyViolation(text: string): void }).reportPolicyViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Every page of the build, as the paths a reader opens. */
export function builtPages(): string[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`.replace(/\\/g, '/'))
    .sort();
}

/** The map's tile server, as the site's policy names it. */
export const [tileOrigin] = tileOrigins(defaultTileUrl) as [string];

/**
 * Stands in for the tile server with a 1 × 1 transparent PNG for every tile (the machines running the
 * tests have no internet), and records the referrer each tile request was sent with.
 */
export async function stubTileServer(page: Page): Promise<(string | undefined)[]> {
  const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const referrers: (string | undefined)[] = [];
  await page.route(`${tileOrigin}/**`, async (route) => {
    referrers.push((await route.request().headerValue('referer')) ?? undefined);
    await route.fulfill({ contentType: 'image/png', body: tile });
  });
  return referrers;
}

/**
 * Headless Chromium never hides a page, so a test plays the browser's part: it sets what
 * `document.hidden` answers and fires the same event a tab switch fires.
 */
export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** The rules axe checks on every page: WCAG 2.0, 2.1 and 2.2, A and AA (target size runs only with wcag22aa). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What axe finds against WCAG 2.2 AA on the page (or in one part of it), one line per rule with where. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** How far the page scrolls sideways: 0 when it fits the window. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
