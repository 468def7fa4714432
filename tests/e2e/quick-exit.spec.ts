import { expect, test } from '@playwright/test';
import { quickExitUrl } from '../../src/config/site';
import { stubNeutralSite } from './support';

const exitLink = (page: import('@playwright/test').Page) => page.locator('a[data-quick-exit]');

test.describe('quick exit with JavaScript', () => {
  test('a click blanks the page at once and replaces it with the neutral site, sending no referrer', async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await page.goto('/da/');
    await page.goto('/da/standard/sagsbehandling-og-indskrivning/');
    // What the reader sees in the same instant as the click, before the neutral site has answered.
    const atClick = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      const overlay = document.querySelector<HTMLElement>('.quick-exit-overlay');
      return {
        overlayCoversScreen: overlay !== null && overlay.getBoundingClientRect().height === window.innerHeight,
        headingVisibility: getComputedStyle(document.querySelector('h1')!).visibility,
      };
    });
    expect(atClick).toEqual({ overlayCoversScreen: true, headingVisibility: 'hidden' });
    await page.waitForURL(quickExitUrl);
    expect(requests).toHaveLength(1);
    expect(await requests[0]!.headerValue('referer')).toBeNull();
    // The exited page was replaced in the history: Back skips it.
    await page.goBack();
    await expect(page).toHaveURL('/da/');
  });

  test('Shift pressed three times leaves the page, and screen readers hear the count', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/da/krisecentre/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, tryk 2 gange mere for at forlade siden.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, tryk 1 gang mere for at forlade siden.');
    await page.keyboard.press('Shift');
    await page.waitForURL(quickExitUrl);
  });

  test('Shift used for capital letters, or pressed in a text field, does not leave the page', async ({ page }) => {
    await stubNeutralSite(page);
    await page.goto('/da/krisecentre/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.type = 'search';
      document.querySelector('main')?.prepend(field);
      field.focus();
    });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL('/da/krisecentre/');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
  });

  test('coming back to the page shows it again instead of the blank overlay', async ({ page }) => {
    await page.goto('/da/');
    // The neutral site never answers, so the page stays behind its overlay until the browser shows it again.
    await page.route(`${quickExitUrl}**`, () => new Promise(() => {}));
    const overlays = await page.evaluate(() => {
      document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!.click();
      const before = document.querySelectorAll('.quick-exit-overlay').length;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      return {
        before,
        after: document.querySelectorAll('.quick-exit-overlay').length,
        headingVisibility: getComputedStyle(document.querySelector('h1')!).visibility,
      };
    });
    expect(overlays).toEqual({ before: 1, after: 0, headingVisibility: 'visible' });
  });

  test('stays on screen at the top of a long page on a small phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/da/standard/serviceydelser/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exitLink(page)).toBeInViewport();
    const box = await exitLink(page).boundingBox();
    expect(box?.y).toBeLessThan(20);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });

  test('is the first thing a keyboard reaches', async ({ page }) => {
    await page.goto('/da/standard/');
    await page.keyboard.press('Tab');
    await expect(exitLink(page)).toBeFocused();
  });
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link still leaves the page, sending no referrer', async ({ page }) => {
    const requests = await stubNeutralSite(page);
    await page.goto('/da/sikkerhed/');
    await expect(exitLink(page)).toHaveAttribute('rel', 'nofollow noreferrer');
    await expect(exitLink(page)).toHaveAccessibleName('Nødudgang: Forlad siden');
    await exitLink(page).click();
    await page.waitForURL(quickExitUrl);
    expect(await requests[0]?.headerValue('referer')).toBeNull();
  });
});
