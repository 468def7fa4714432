import { expect, test } from '@playwright/test';
import { axeViolations, pageTypes, sidewaysScroll } from './support';

// Every kind of page, in Danish, in English and in a right-to-left language.
for (const lang of ['da', 'en', 'ar']) {
  for (const type of pageTypes) {
    if ('once' in type && lang !== 'da') continue;
    const path = type.path(lang);
    test(`${path} (${type.name}): no WCAG 2.2 AA violation found by axe, and no sideways scrolling at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');

      const overflow = await sidewaysScroll(page);
      expect(overflow, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);

      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
