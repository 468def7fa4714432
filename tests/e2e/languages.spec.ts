import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { locales } from '../../src/config/locales';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { axeViolations, sidewaysScroll } from './support';

const places = readPlacesFromDisk();
const centreIds = [...places].filter(([, place]) => place.kind === 'crisis-centre').map(([id]) => id);
const partIds = readdirSync('content/standard/da').map((name) => name.replace(/\.md$/, ''));

/** Every page a language has: the same paths in every language. */
const pagePaths = (lang: string) => [
  `/${lang}/`,
  `/${lang}/krisecentre/`,
  ...centreIds.map((id) => `/${lang}/krisecentre/${id}/`),
  `/${lang}/standard/`,
  ...partIds.map((id) => `/${lang}/standard/${id}/`),
  `/${lang}/sikkerhed/`,
  `/${lang}/tilgaengelighed/`,
  `/${lang}/soeg/`,
  `/${lang}/hjaelpekort/`,
  `/${lang}/spoergsmaal/`,
];

test('every language has every page, with its own lang and direction, and alternates for all nine', async ({ request }) => {
  for (const { lang, dir } of locales) {
    for (const path of pagePaths(lang)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(html, path).toContain(`<link rel="canonical" href="https://krisecentre.kk.dk${path}">`);
      const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => match[1]);
      expect(hreflangs, path).toEqual([...locales.map((locale) => locale.lang), 'x-default']);
    }
  }
});

test('every part of the standard in every other language is a translation that points to the binding Danish text', async ({ request }) => {
  for (const { lang } of locales) {
    for (const part of partIds) {
      const html = await (await request.get(`/${lang}/standard/${part}/`)).text();
      const path = `/${lang}/standard/${part}/`;
      if (lang === 'da') {
        expect(html, path).not.toContain('data-translation-notice');
        continue;
      }
      expect(html, path).toContain('data-translated="true"');
      expect(html, path).toMatch(new RegExp(`data-translation-notice="binding"[^]*?href="/da/standard/${part}/"`));
    }
  }
});

test('the switcher names each language in itself and keeps the reader on the same section', async ({ page }) => {
  await page.goto('/da/standard/sagsbehandling-og-indskrivning/#egenbetaling');
  const switcher = page.getByRole('navigation', { name: 'Sprog' });
  await switcher.getByText('Vælg sprog: Dansk').click();
  for (const { lang, label } of locales) await expect(switcher.locator(`a[lang="${lang}"]`)).toHaveText(label);
  await switcher.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/standard\/sagsbehandling-og-indskrivning\/#egenbetaling$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('#egenbetaling')).toBeInViewport();

  // The links carry the section in their address, for a long press or a new tab too.
  await expect(page.locator('.lang-switch a[hreflang="uk"]')).toHaveAttribute(
    'href',
    /\/uk\/standard\/sagsbehandling-og-indskrivning\/#egenbetaling$/,
  );
  // Escape closes the list and gives focus back to its button.
  await page.locator('.lang-switch summary').click();
  await expect(page.locator('.lang-switch a[hreflang="uk"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.lang-switch a[hreflang="uk"]')).toBeHidden();
  await expect(page.locator('.lang-switch summary')).toBeFocused();
});

test('Urdu headings and the site name get the line height Nastaliq needs', async ({ page }) => {
  await page.goto('/ur/');
  for (const selector of ['h1', 'header .leading-tight', '.quick-exit__button']) {
    const ratio = await page
      .locator(selector)
      .first()
      .evaluate((node) => {
        const style = getComputedStyle(node);
        return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
      });
    expect(ratio, selector).toBeGreaterThanOrEqual(1.9);
  }
});

for (const lang of ['ar', 'ur'])
  test(`${lang}: phone numbers, postcodes and e-mail addresses stay left-to-right, and still dial`, async ({ page }) => {
    await page.goto(`/${lang}/krisecentre/`);
    const egmont = places.get('egmontgaarden')!;
    const card = page.locator('[data-place-card="egmontgaarden"]');
    const number = card.locator(`a[href="tel:${egmont.phone!.dial}"] bdi`);
    await expect(number).toHaveText(egmont.phone!.display);
    await expect(number).toHaveCSS('direction', 'ltr');
    await expect(card.getByText(`${egmont.address!.postalCode} ${egmont.address!.city}`)).toHaveCSS('direction', 'ltr');
    const office = page.locator('[data-place-card="borgercenter-voksne"]');
    await expect(office.locator('a[href^="mailto:"] bdi')).toHaveCSS('direction', 'ltr');
    // The opening hours are isolated left-to-right, as one range, inside the Arabic line.
    await expect(office.locator('li').first()).toContainText('\u206610:00–15:00\u2069');
  });

test('opening hours are written the way Danish, English and Ukrainian write days and times', async ({ page }) => {
  const firstLine = page.locator('[data-place-card="borgercenter-voksne"] li').first();
  await page.goto('/da/krisecentre/');
  await expect(firstLine).toHaveText('Mandag–onsdag: 10.00–15.00');
  await page.goto('/en/krisecentre/');
  await expect(firstLine).toContainText('Monday–Wednesday');
  await expect(firstLine).toContainText('10:00–15:00');
  await page.goto('/uk/krisecentre/');
  await expect(firstLine).toHaveText('Понеділок–середа: 10:00–15:00');
});

test('the root page offers every language, each marked with its language', async ({ page }) => {
  await page.goto('/');
  for (const { lang, label, dir } of locales) {
    const link = page.locator('main').getByRole('link', { name: label, exact: true });
    await expect(link).toHaveAttribute('href', `/${lang}/`);
    await expect(link).toHaveAttribute('lang', lang);
    await expect(link).toHaveAttribute('dir', dir);
  }
});

// Arabic is checked with every page type in every-page.spec.ts; Urdu's Nastaliq is taller and wider.
for (const lang of ['ur']) {
  test(`${lang}: no page scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [`/${lang}/`, `/${lang}/krisecentre/`, `/${lang}/standard/forloeb-og-indhold/`, `/${lang}/sikkerhed/`]) {
      await page.goto(path);
      const overflow = await sidewaysScroll(page);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

// Every page type passes axe in Danish, English and Arabic (every-page.spec.ts); here, the open language
// list, and Somali, whose long words test the layout.
for (const lang of ['ar', 'so']) {
  for (const path of lang === 'ar'
    ? [`/${lang}/`]
    : [`/${lang}/`, `/${lang}/krisecentre/`, `/${lang}/standard/sagsbehandling-og-indskrivning/`]) {
    test(`${path} passes axe, with the language list open`, async ({ page }) => {
      await page.goto(path);
      await page.locator('.lang-switch summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
