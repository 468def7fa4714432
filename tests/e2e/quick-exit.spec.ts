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
    // Leaving puts the blank overlay up in the same moment, before any request: once the page has drawn
    // a frame after the last key, there is either an overlay or there will be no leaving.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await expect(page.locator('.quick-exit-overlay')).toHaveCount(0);
    await expect(page).toHaveURL('/da/krisecentre/');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('');
  });

  test('a click with Shift, Ctrl or the middle button still leaves in this tab', async ({ page, context }) => {
    await stubNeutralSite(page);
    await page.goto('/da/');
    await exitLink(page).click({ modifiers: ['Shift'] });
    await page.waitForURL(quickExitUrl);
    await page.goto('/da/krisecentre/');
    await exitLink(page).click({ button: 'middle' });
    await page.waitForURL(quickExitUrl);
    expect(context.pages()).toHaveLength(1);
  });

  test('forgets the presses after five seconds, and says so', async ({ page }) => {
    await page.clock.install();
    await page.goto('/da/');
    const status = page.locator('[data-quick-exit-status]');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, tryk 1 gang mere for at forlade siden.');
    await page.clock.runFor(5_001);
    await expect(status).toHaveText('Genvejen til at forlade siden er nulstillet.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, tryk 2 gange mere for at forlade siden.');
    await expect(page).toHaveURL('/da/');
  });

  test('is ready as soon as the top of the page has arrived, not when the whole page has loaded', async ({ page }) => {
    await page.goto('/da/standard/serviceydelser/');
    // A classic script straight after the element runs while the rest of the page is still arriving;
    // a module script would wait for all of it.
    const script = page.locator('quick-exit + script');
    await expect(script).toHaveCount(1);
    expect(await script.getAttribute('type')).toBeNull();
    expect(await script.getAttribute('src')).toBeNull();
    expect(await page.evaluate(() => customElements.get('quick-exit') !== undefined)).toBe(true);
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

  test('stays on screen at the top of a long page on a small phone, in one row', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/da/standard/serviceydelser/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exitLink(page)).toBeInViewport();
    const box = await exitLink(page).boundingBox();
    expect(box?.y).toBeLessThan(20);
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const bar = await page.locator('quick-exit').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(72);
  });

  test('never hides the link that has keyboard focus (WCAG 2.4.11)', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/da/standard/klageadgang/');
    const bar = (await page.locator('quick-exit').boundingBox())!;
    const barBottom = bar.y + bar.height;
    /** Where the focused element's top lands, or null while focus is in the bar itself or nowhere. */
    const focusedTop = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || element.closest('quick-exit')) return null;
        return element.getBoundingClientRect().top;
      });
    // Forwards from the top, then backwards from the end (Shift+Tab on a fresh page starts at the last link).
    for (const key of ['Tab', 'Shift+Tab']) {
      await page.goto('/da/standard/klageadgang/');
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(key);
        // The browser scrolls a newly focused element into view over the next frames.
        await expect
          .poll(async () => ((await focusedTop()) ?? barBottom) >= barBottom - 1, { message: `${key} #${i}`, timeout: 1000 })
          .toBe(true);
      }
    }
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
