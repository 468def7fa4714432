import { expect, test } from '@playwright/test';

test('section 8 tells the last day a complaint about admission or discharge must reach the centre, and where each complaint goes', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-15T10:00:00+01:00'));
  await page.goto('/da/standard/klageadgang/');
  const helper = page.locator('.complaint-helper');
  await helper.getByLabel('Hvilken dag fik du afgørelsen?').fill('2027-01-31');
  await expect(helper.getByRole('status')).toHaveText('Klagen skal være modtaget på krisecentret senest søndag den 28. februar 2027.');
  // A day already gone is said to be gone.
  await helper.getByLabel('Hvilken dag fik du afgørelsen?').fill('2026-11-02');
  await expect(helper.getByRole('status')).toHaveText(
    'Klagen skal være modtaget på krisecentret senest mandag den 30. november 2026. Den dag er allerede gået. Tal med krisecentret om, hvad du kan gøre.',
  );
  await expect(helper.getByRole('link', { name: 'Ind- eller udskrivning' })).toHaveAttribute('href', '#klageadgang-ind-og-udskrivning');
  await expect(helper.getByRole('link', { name: 'Bekymrende forhold på et krisecenter' })).toHaveAttribute('href', '#whistleblowerordning');
  // The helper's headings can be linked to and shared like the standard's own.
  for (const id of ['klagefrist', 'hvor-skal-klagen-hen']) {
    await expect(page.locator(`.heading-row:has(#${id}) button.copy-link`), id).toHaveCount(1);
  }
  for (const id of ['klageadgang-ind-og-udskrivning', 'klageadgang-andre-forhold', 'borgerraadgiveren', 'whistleblowerordning']) {
    await expect(page.locator(`.prose #${id}`)).toHaveCount(1);
  }

  // In Arabic, a leap day, written the Arabic way with the Gregorian calendar.
  await page.goto('/ar/standard/klageadgang/');
  await page.locator('#decision-received').fill('2028-02-01');
  const arabic = new Intl.DateTimeFormat('ar', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    calendar: 'gregory',
    timeZone: 'UTC',
  }).format(new Date('2028-02-29T12:00:00Z'));
  await expect(page.locator('[data-deadline-result]')).toContainText(arabic);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the four-week rule and the routes are there, and no date field that cannot answer', async ({ page }) => {
    await page.goto('/da/standard/klageadgang/');
    const helper = page.locator('.complaint-helper');
    await expect(helper).toContainText('senest fire uger efter, at du har fået afgørelsen');
    await expect(helper.locator('input')).toBeHidden();
    await expect(helper.getByRole('listitem')).toHaveCount(4);
  });
});
