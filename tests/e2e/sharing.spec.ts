import { expect, test } from '@playwright/test';
import { locales } from '../../src/config/locales';
import { siteUrl } from '../../src/config/site';

const site = siteUrl;
const section = `${site}/da/standard/klageadgang/#klageadgang-ind-og-udskrivning`;

test('the button beside a heading copies its full address, and says so politely', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/da/standard/klageadgang/');
  const button = page.getByRole('button', { name: 'Kopiér link til afsnittet Klageadgang i forbindelse med ind- og udskrivning' });
  await expect(button).toHaveAttribute('data-copy-link', section);
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(section);
  const status = page.getByRole('status').filter({ hasText: 'er kopieret' });
  await expect(status).toHaveText('Linket til Klageadgang i forbindelse med ind- og udskrivning er kopieret.');
  await expect(status).toHaveAttribute('role', 'status');

  // The same id in English: the link works after a language switch.
  await page.goto('/en/standard/klageadgang/');
  await page.locator('.heading-row:has(#klageadgang-ind-og-udskrivning) [data-copy-link]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/en/standard/klageadgang/#klageadgang-ind-og-udskrivning`);
});

test.describe('on a phone with a share sheet', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('the button opens the share sheet with the heading and its address', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto('/da/standard/klageadgang/');
    await page.getByRole('button', { name: 'Del link til afsnittet Klageadgang i forbindelse med ind- og udskrivning' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: 'Klageadgang i forbindelse med ind- og udskrivning', url: section },
    ]);
  });
});

test('a part of the standard describes itself for link previews in each language', async ({ request }) => {
  for (const { lang, ogLocale } of locales) {
    const html = await (await request.get(`/${lang}/standard/klageadgang/`)).text();
    const meta = (attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('property', 'og:title'), lang).toMatch(/^8\. /);
    expect(meta('property', 'og:type'), lang).toBe('article');
    expect(meta('property', 'og:locale'), lang).toBe(ogLocale);
    expect(meta('property', 'og:url'), lang).toBe(`${site}/${lang}/standard/klageadgang/`);
    const description = meta('name', 'description');
    expect(description!.length, lang).toBeGreaterThan(40);
    expect(meta('property', 'og:description'), lang).toBe(description);
  }
});

test('robots.txt points to a sitemap that lists every page in every language with its alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
  const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
  for (const lang of ['da', 'en', 'ar', 'fa', 'ur', 'so', 'tr', 'pl', 'uk']) {
    expect(sitemap).toContain(`<loc>${site}/${lang}/standard/klageadgang/</loc>`);
  }
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${site}/ar/standard/klageadgang/"/>`);
  expect(sitemap).not.toContain('/was/');
});
