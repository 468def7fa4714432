import { expect, test } from '@playwright/test';

test('the skip link comes straight after the quick-exit bar, shows when focused, and moves the focus to the content', async ({ page }) => {
  await page.goto('/da/standard/klageadgang/');
  // The bar holds the quick exit and the link to the safety page.
  for (let stop = 0; stop < 3; stop++) await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('every page has a banner, navigation, main content and a footer, each once', async ({ page }) => {
  await page.goto('/da/krisecentre/');
  for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role)).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(1);
});

test('a focused link has an outline that stands out from the page', async ({ page }) => {
  await page.goto('/da/');
  const link = page.locator('main a').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('outline-style', 'solid');
  await expect(link).toHaveCSS('outline-width', '3px');
});

test('a part of the standard prints without the quick exit, menus or buttons, and with its address', async ({ page }) => {
  await page.goto('/da/standard/klageadgang/');
  await expect(page.locator('[data-copy-link]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('[data-copy-link]').first()).toBeHidden();
  await expect(page.locator('#decision-received')).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.lang-switch')).toBeHidden();
  await expect(page.getByText('Sidens adresse:')).toContainText('https://krisecentre.kk.dk/da/standard/klageadgang/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('8. Klageadgang');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('Sidens adresse:')).toBeHidden();
});

test('the accessibility statement is linked from every footer, says what is not right yet and whom to tell, and /was leads to it', async ({
  page,
}) => {
  await page.goto('/da/krisecentre/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
  await expect(page).toHaveURL('/da/tilgaengelighed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
  await expect(page.getByText('overholder delvist')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det virker ikke godt nok endnu' })).toBeVisible();
  await expect(page.locator('main a[href="tel:+4533172533"]').first()).toBeVisible();
  await expect(page.locator('main a[href="mailto:Socialeydelser@kk.dk"]')).toBeVisible();

  await page.goto('/was/');
  await expect(page).toHaveURL('/da/tilgaengelighed/');
});
