import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support';

/** Searches on the search page and returns the addresses of the results, best first. */
async function results(page: Page, words: string): Promise<(string | null)[]> {
  await page.getByRole('searchbox').fill(words);
  await page.getByRole('button', { name: /^(Søg|Search|بحث|ابحثي)$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: words })).toBeVisible();
  return page.locator('.search-result__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

/** The address of the first result, or of the first result under a path (the standard). */
async function firstResult(page: Page, words: string, under = '/'): Promise<string | null | undefined> {
  return (await results(page, words)).find((href) => href?.startsWith(under));
}

test('search finds the right part of the standard in Danish, English and Arabic, and the plain answers', async ({ page }) => {
  const cases = {
    da: {
      egenbetaling: 'sagsbehandling-og-indskrivning',
      anonym: 'sagsbehandling-og-indskrivning',
      klage: 'klageadgang',
      psykolog: 'serviceydelser',
    },
    en: {
      'self-payment': 'sagsbehandling-og-indskrivning',
      anonymity: 'sagsbehandling-og-indskrivning',
      complaint: 'klageadgang',
      psychologist: 'serviceydelser',
    },
    ar: {
      'المساهمة الذاتية': 'sagsbehandling-og-indskrivning',
      'ذكر الاسم': 'sagsbehandling-og-indskrivning',
      الشكوى: 'klageadgang',
      'أخصائي نفسي': 'serviceydelser',
    },
  };
  for (const [lang, words] of Object.entries(cases)) {
    await page.goto(`/${lang}/soeg/`);
    for (const [word, part] of Object.entries(words)) {
      // The questions and answers may come first, in plain words; the standard's own part leads its results.
      expect(await firstResult(page, word, `/${lang}/standard/`), `${lang}: ${word}`).toBe(`/${lang}/standard/${part}/`);
    }
  }
  // The words searched for stay out of the address, and so out of the browser's history.
  expect(page.url()).toMatch(/\/ar\/soeg\/$/);
  // The questions and answers are in the index too.
  await page.goto('/da/soeg/');
  expect(await results(page, 'risikovurdering')).toContain('/da/spoergsmaal/');
});

test('a result leads straight to the section where the words are, and no result says what to do', async ({ page }) => {
  await page.goto('/da/soeg/');
  await firstResult(page, 'psykolog');
  // The excerpt keeps its spaces around the words found.
  await expect(page.locator('.search-result p').first()).toContainText('Psykologsamtaler. Der tilbydes psykologbehandling');
  await expect(page.locator('.search-result').first().getByRole('link', { name: 'Psykologsamtaler' })).toHaveAttribute(
    'href',
    '/da/standard/serviceydelser/#psykologsamtaler',
  );
  expect(await axeViolations(page)).toEqual([]);
  // Emptying the field empties the results, and an older search still on its way does not bring them back.
  const psykEnded = page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        document
          .querySelector('site-search')!
          .addEventListener('searchend', (event) => (event as CustomEvent<string>).detail === 'psyk' && resolve()),
      ),
  );
  await page.getByRole('searchbox').fill('psyk');
  await page.getByRole('searchbox').fill('');
  await psykEnded;
  await expect(page.locator('.search-result')).toHaveCount(0);
  await page.getByRole('searchbox').fill('xyzzyq');
  await expect(page.locator('[data-search-status]')).toHaveText(
    'Ingen resultater for «xyzzyq». Prøv et andet ord, eller se alle dele herunder.',
  );
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('the search index is fetched on the search page only, when the reader searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(new URL(request.url()).pathname);
  });
  for (const path of ['/da/', '/da/krisecentre/', '/da/standard/klageadgang/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/da/soeg/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await firstResult(page, 'klage');
  expect(fetched).toContain('/pagefind/pagefind.js');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no form that cannot work, and every part and centre is a link', async ({ page }) => {
    await page.goto('/da/soeg/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('link', { name: '8. Klageadgang' })).toHaveAttribute('href', '/da/standard/klageadgang/');
    await expect(page.getByRole('link', { name: 'Egmontgården' })).toHaveAttribute('href', '/da/krisecentre/egmontgaarden/');
  });
});
