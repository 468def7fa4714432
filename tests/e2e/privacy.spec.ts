import { expect, test } from '@playwright/test';
import { locales } from '../../src/config/locales';
import { builtPages, serveWithDeployHeaders, watchPolicyViolations } from './support';

const pages = builtPages();
const inLanguage = (lang: string | undefined) =>
  pages.filter((path) => (lang ? path.startsWith(`/${lang}/`) : !locales.some((locale) => path.startsWith(`/${locale.lang}/`))));

// Every page the build has, in every language, as a reader gets it from a host that sends the deploy
// headers: a crawl, one test per language so that they run side by side.
for (const lang of [...locales.map((locale) => locale.lang), undefined]) {
  test(`${lang ?? 'pages in no language'}: no page sets a cookie, stores anything, installs a worker, asks another site for anything or breaks its policy`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.slow(); // every page of the language, each until the network is idle: too long for the default budget on a busy machine
    const paths = inLanguage(lang);
    expect(paths.length).toBeGreaterThan(0);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== baseURL) elsewhere.push(`${page.url()} → ${request.url()}`);
    });
    const violations = await watchPolicyViolations(page);
    await serveWithDeployHeaders(page, baseURL!);

    for (const path of paths) {
      // A short address (/was/) leads on to its page; wait until it has.
      await page.goto(path, { waitUntil: 'networkidle' });
      // Scrolled to the end, so that whatever waits to be seen (the availability island) starts too.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        databases: (await indexedDB.databases()).length,
        cookie: document.cookie,
      }));
      expect(stored, path).toEqual({ local: 0, session: 0, caches: 0, workers: 0, databases: 0, cookie: '' });
    }
    expect(await context.cookies()).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
  });
}
