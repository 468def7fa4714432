import { expect, test } from '@playwright/test';

const site = 'https://krisecentre.kk.dk';

test('the questions are found right under the help numbers on the home page, on the centres page and on the help card', async ({
  page,
}) => {
  await page.goto('/da/');
  const help = page.locator('section[aria-labelledby="help-now"]');
  const link = help.getByRole('link', { name: 'Det spørger mange om: Hvad sker der, hvis jeg kommer?' });
  // After the numbers that answer at once, before the centres.
  expect(
    await link.evaluate((element) => {
      const lastNumber = [...document.querySelectorAll('section[aria-labelledby="help-now"] a[href="tel:1888"]')].at(-1)!;
      const centres = document.getElementById('call-a-centre')!;
      return (
        Boolean(lastNumber.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) &&
        Boolean(element.compareDocumentPosition(centres) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    }),
  ).toBe(true);
  await link.click();
  await expect(page).toHaveURL('/da/spoergsmaal/');

  await page.goto('/ar/krisecentre/');
  await expect(page.locator('main a[href="/ar/spoergsmaal/"]')).toHaveCount(1);

  await page.goto('/uk/hjaelpekort/');
  await expect(page.locator('.help-card')).toContainText('krisecentre.kk.dk/uk/spoergsmaal');
});

test('each question has a button that copies its address, and each answer leads to the heading of the standard that says it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/da/spoergsmaal/');
  const questions = page.locator('.prose h2[id]');
  await expect(questions).toHaveCount(await page.locator('[data-copy-link]').count());
  await page.getByRole('button', { name: 'Kopiér link til spørgsmålet Kan jeg have mine børn med?' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/da/spoergsmaal/#boern`);
  await expect(page.getByRole('status').filter({ hasText: 'er kopieret' })).toHaveText(
    'Linket til Kan jeg have mine børn med? er kopieret.',
  );

  const source = page.locator('.heading-row:has(#koster-det-noget) ~ .standard-source').first();
  await expect(source).toHaveText('Det står i kvalitetsstandarden, afsnit 2.3.');
  await source.getByRole('link', { name: 'afsnit 2.3' }).click();
  await expect(page).toHaveURL('/da/standard/sagsbehandling-og-indskrivning/#egenbetaling');
  await expect(page.locator('#egenbetaling')).toBeInViewport();
});

test('the page describes its questions and answers as FAQPage data, in its language', async ({ page }) => {
  await page.goto('/so/spoergsmaal/');
  const data = JSON.parse((await page.locator('main script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ '@type': 'FAQPage', inLanguage: 'so', url: `${site}/so/spoergsmaal/` });
  const headings = await page
    .locator('.prose h2[id]')
    .evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: node.textContent!.trim() })));
  expect(
    data.mainEntity.map((question: { name: string; url: string }) => ({ id: question.url.split('#')[1], text: question.name })),
  ).toEqual(headings);
  for (const question of data.mainEntity) {
    expect(question.acceptedAnswer.text.length, question.name).toBeGreaterThan(40);
    expect(question.acceptedAnswer.citation[0], question.name).toMatch(new RegExp(`^${site}/so/standard/`));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question, answer, source and number is there, and the list of questions leads to each', async ({ page }) => {
    await page.goto('/en/spoergsmaal/');
    await expect(page.locator('[data-translation-notice="binding"] a')).toHaveAttribute('href', '/da/spoergsmaal/');
    await expect(page.locator('.prose h2[id]')).toHaveCount(await page.locator('.standard-source').count());
    await expect(page.locator('main .prose a[href="tel:112"]').first()).toBeVisible();
    await expect(page.locator('main .prose a[href="tel:1888"]').first()).toBeVisible();
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'I use a wheelchair. Can I stay at a crisis centre?' })
      .click();
    await expect(page.locator('#koerestol')).toBeInViewport();
    // The answers point to the centres' numbers below them, which are there without the island.
    await page
      .locator('.heading-row:has(#koerestol) ~ p a[href="#call-a-centre"], #koerestol ~ p a[href="#call-a-centre"]')
      .first()
      .click();
    await expect(page.locator('#call-a-centre')).toBeInViewport();
  });
});
