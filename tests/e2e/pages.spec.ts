import { expect, test } from '@playwright/test';
import { locales } from '../../src/config/locales';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import partHeadings from '../fixtures/part-headings.json' with { type: 'json' };
import publishedIds from '../fixtures/published-ids.json' with { type: 'json' };

const places = readPlacesFromDisk();
const centreIds = [...places].filter(([, place]) => place.kind === 'crisis-centre').map(([id]) => id);

test.describe('the Danish home page', () => {
  test('puts help first: 112, then Den Sociale Døgnvagt, 1888 and every centre, as links that dial', async ({ page }) => {
    await page.goto('/da/');
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText('Brug for hjælp nu?');
    const help = main.locator('section', { has: page.getByRole('heading', { name: 'Brug for hjælp nu?' }) });
    const numbers = await help.locator('a.call-card').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(numbers).toEqual([
      'tel:112',
      'tel:+4533173333',
      'tel:1888',
      ...['den-aabne-doer', 'egmontgaarden', 'garvergaarden', 'klostermosegaard'].map((id) => `tel:${places.get(id)?.phone?.dial}`),
    ]);
  });

  for (const size of [
    { width: 360, height: 740 },
    { width: 320, height: 640 },
  ]) {
    test(`shows 112 without scrolling on a ${size.width} × ${size.height} phone, in every language, big enough to tap`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      for (const path of ['/', ...locales.map(({ lang }) => `/${lang}/`), '/da/findes-ikke/']) {
        await page.goto(path);
        const emergency = page.locator('main a[href="tel:112"]');
        await expect(emergency, path).toBeInViewport({ ratio: 1 });
        expect((await emergency.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
    });
  }
});

test('the root answers at once with the help numbers and the way into Danish', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.locator('main a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('main a[href="tel:1888"]')).toBeVisible();
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL('/da/');
});

test.describe('the centres page', () => {
  test('gives each place its phone, e-mail and address exactly as in the data', async ({ page }) => {
    await page.goto('/da/krisecentre/');
    for (const [id, place] of places) {
      const card = page.locator(`[data-place-card="${id}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(place.name);
      if (place.phone) await expect(card.locator(`a[href="tel:${place.phone.dial}"]`)).toHaveText(place.phone.display);
      if (place.email) await expect(card.locator(`a[href="mailto:${place.email}"]`)).toHaveText(place.email);
      if (place.address) await expect(card).toContainText(`${place.address.postalCode} ${place.address.city}`);
      if (place.capacity) await expect(card).toContainText(`${place.capacity} pladser`);
    }
    await expect(page.locator('[data-place-card="egmontgaarden"]')).toContainText('Elevator. Boligerne er ikke kørestolsvenlige.');
    await expect(page.locator('[data-place-card="borgercenter-voksne"]')).toContainText('Torsdag: 13.00–18.00');
  });

  test("links every centre to a page of its own with the centre's number", async ({ page, request }) => {
    await page.goto('/da/krisecentre/');
    const links = await page.locator('[data-place-card] h3 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(centreIds.map((id) => `/da/krisecentre/${id}/`).sort());
    for (const link of links) expect((await request.get(link!)).status()).toBe(200);

    await page.goto('/da/krisecentre/klostermosegaard/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klostermosegård');
    await expect(page.locator('main')).toContainText('10 pladser');
    await expect(page.locator('main')).toContainText('Personale hele døgnet');
    await expect(page.getByRole('link', { name: 'Krisecentre', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('main a[href="tel:+4533174646"]').first()).toBeVisible();
    await expect(page.locator('main')).toContainText('Klostermosevej 117');
  });
});

test.describe('the standard', () => {
  test('lists the foreword, the summary and sections 1–8 in order, with the edition', async ({ page }) => {
    await page.goto('/da/standard/');
    await expect(page.locator('main')).toContainText('Kvalitetsstandard 2023-2024, vedtaget af Borgerrepræsentationen');
    expect(await page.locator('main ol > li > a').allTextContents()).toEqual(partHeadings);
  });

  test('a part has its contents, previous and next links, and the contact blocks from the place data', async ({ page }) => {
    await page.goto('/da/standard/sagsbehandling-og-indskrivning/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2. Sagsbehandling og indskrivning på krisecenter');
    const toc = page.getByRole('navigation', { name: 'På denne side' });
    const targets = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets).toEqual(publishedIds['sagsbehandling-og-indskrivning'].map((id) => `#${id}`));
    await expect(page.locator('[data-place="borgercenter-voksne"] a[href="tel:+4533172533"]')).toHaveText('33 17 25 33');
    await expect(page.locator('[data-place="garvergaarden"]')).toContainText('(14 pladser)');
    await expect(page.getByRole('link', { name: /Forrige\s*1\. Indledning/ })).toHaveAttribute('href', '/da/standard/indledning/');
    await page.getByRole('link', { name: /Næste\s*3\. Forløb og indhold af opholdet/ }).click();
    await expect(page).toHaveURL('/da/standard/forloeb-og-indhold/');
  });

  test('a shared link opens at its heading, clear of the quick-exit bar', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/da/standard/klageadgang/#klageadgang-ind-og-udskrivning');
    const heading = page.locator('#klageadgang-ind-og-udskrivning');
    await expect(heading).toBeInViewport({ ratio: 1 });
    const bar = await page.locator('.quick-exit').boundingBox();
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  });

  test('draws the phases of a stay as an ordered list linked to their sections', async ({ page }) => {
    await page.goto('/da/standard/forloeb-og-indhold/');
    const timeline = page.getByRole('figure');
    await expect(timeline).toContainText('Faserne kan overlappe og foregår delvist samtidigt.');
    await expect(timeline.getByRole('listitem')).toHaveCount(5);
    await timeline.getByRole('link', { name: 'Fase 4: Planlægning af udflytning' }).click();
    await expect(page).toHaveURL(/#planlaegning-af-udflytning$/);
    await expect(page.locator('#planlaegning-af-udflytning')).toBeInViewport();
    await expect(page.locator('body')).not.toContainText('Xxxx');
  });

  test('reading pages ship no framework JavaScript', async ({ page }) => {
    const scripts: { url: string; body: string }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: await response.text() });
    });
    await page.goto('/da/standard/klageadgang/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island')).toHaveCount(0);
    // Script files: only the page's own small custom elements (copy link, complaint deadline), no framework.
    expect(
      scripts.filter(({ body }) => /react\.(transitional\.)?element|__REACT_DEVTOOLS_GLOBAL_HOOK__/.test(body)).map(({ url }) => url),
    ).toEqual([]);
    expect(scripts.reduce((sum, { body }) => sum + body.length, 0)).toBeLessThan(6000);
    // Inline, the quick exit, the language links that keep the reader's place, and the open-now lines.
    const inline = page.locator('script:not([type])');
    await expect(inline).toHaveCount(3);
    const lengths = await inline.evaluateAll((nodes) => nodes.map((node) => node.textContent?.length ?? 0));
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBeLessThan(8000);
    expect(await page.locator('quick-exit + script:not([type])').count()).toBe(1);
    expect(await page.locator('.lang-switch + script:not([type])').count()).toBe(1);
    expect(await inline.last().textContent()).toContain('data-hours-for');
  });
});

test('the safety page says what the quick exit does not do', async ({ page }) => {
  await page.goto('/da/');
  await page.locator('quick-exit').getByRole('link', { name: 'Sikkerhed' }).click();
  await expect(page).toHaveURL('/da/sikkerhed/');
  const main = page.locator('main');
  await expect(main).toContainText('Knappen sletter ikke din browserhistorik');
  await expect(main).toContainText('har du set flere sider her, viser "tilbage" den forrige side fra dette websted');
  await expect(main.getByRole('heading', { name: 'Brug privat browsing' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Slet din historik' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Overvågning af din telefon' })).toBeVisible();
});

test('a page that does not exist answers 404 and still gives the help numbers', async ({ page }) => {
  const response = await page.goto('/da/findes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
  await expect(page.locator('main a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('main a[href="tel:+4533173333"]')).toBeVisible();
});
