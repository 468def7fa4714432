import { expect, test } from '@playwright/test';

// The reader's phone is in New York; every answer must be in Copenhagen time.
test.use({ timezoneId: 'America/New_York' });

const line = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-place-card="${id}"] [data-hours-for="${id}"]`);

test('at 17:55 on a Thursday Borgercenter Voksne is open until 18:00, and a minute after 18:00 it says when it opens', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-03T17:55:00+01:00') });
  await page.goto('/da/krisecentre/');
  const office = line(page, 'borgercenter-voksne');
  await expect(office).toHaveText('Åbent nu · lukker kl. 18.00');
  await expect(office).toHaveAttribute('data-open-now', 'true');
  await expect(line(page, 'socialtilsyn-whistleblower')).toHaveText('Lukket · åbner i morgen kl. 09.00');
  await expect(line(page, 'den-sociale-doegnvagt')).toHaveText('Åbent nu · hele døgnet');
  await expect(line(page, 'egmontgaarden')).toHaveText('Du kan ringe nu · personale hele døgnet');

  // The line is worked out again each minute, not frozen when the page was built or opened.
  await page.clock.runFor(6 * 60_000);
  await expect(office).toHaveText('Lukket · åbner i morgen kl. 10.00');
  await expect(office).toHaveAttribute('data-open-now', 'false');
});

test('between Christmas and New Year the whistleblower line is closed until the first weekday after New Year', async ({ page }) => {
  // Thursday 24 December 2026, 10:00: closed to 31 December, 1 January is a holiday, then a weekend.
  await page.clock.install({ time: new Date('2026-12-24T10:00:00+01:00') });
  await page.goto('/en/krisecentre/');
  await expect(line(page, 'socialtilsyn-whistleblower')).toHaveAttribute('data-open-now', 'false');
  // With the date: "Monday" alone would read as 28 December.
  await expect(line(page, 'socialtilsyn-whistleblower')).toContainText(/Monday,? (January 4|4 January)/);
  await expect(line(page, 'socialtilsyn-whistleblower')).toContainText('09:00');
  // The standard does not say whether Borgercenter Voksne opens on Christmas Eve, so the page does not either.
  await expect(line(page, 'borgercenter-voksne')).not.toHaveAttribute('data-open-now');
  await expect(line(page, 'borgercenter-voksne')).toHaveText('See the opening hours below');
});

test('each centre and office is described for search engines with its phone, address and hours', async ({ page }) => {
  await page.goto('/da/krisecentre/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const types = data['@graph'].map((item: { '@type': string; name: string }) => `${item['@type']}: ${item.name}`);
  expect(types).toContain('EmergencyService: Egmontgården');
  expect(types).toContain('GovernmentOffice: Borgercenter Voksne');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no open-now line claims anything, and the weekly hours are there', async ({ page }) => {
    await page.goto('/da/krisecentre/');
    await expect(line(page, 'borgercenter-voksne')).toBeHidden();
    await expect(page.locator('[data-place-card="borgercenter-voksne"]')).toContainText('Mandag–onsdag: 10.00–15.00');
  });
});
