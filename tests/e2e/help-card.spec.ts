import { expect, test } from '@playwright/test';
import { locales } from '../../src/config/locales';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';

const places = readPlacesFromDisk();

test('the help card has every number: the helplines, the centres, the offices and where to complain', async ({ page }) => {
  await page.goto('/da/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Hjælpekort til at printe' }).click();
  await expect(page).toHaveURL('/da/hjaelpekort/');
  const card = page.locator('.help-card');
  for (const dial of ['112', '1888', '114', ...[...places.values()].flatMap((place) => (place.phone ? [place.phone.dial] : []))]) {
    await expect(card.locator(`a[href="tel:${dial}"]`), dial).toHaveCount(1);
  }
  await expect(card).toContainText('Mandag–onsdag: 10.00–15.00');
  await expect(card).toContainText('https://krisecentre.kk.dk/da/');
});

// Printed from a phone's browser or saved as PDF, the card is one A4 sheet in every language.
for (const { lang } of locales) {
  test(`${lang}: the help card prints on one A4 page, without the quick exit`, async ({ page }) => {
    await page.goto(`/${lang}/hjaelpekort/`);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    // The PDF's page tree says how many pages it has.
    expect(/\/Count (\d+)/.exec(pdf)?.[1]).toBe('1');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.quick-exit')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.locator('.help-card a[href="tel:112"]')).toBeVisible();
  });
}
