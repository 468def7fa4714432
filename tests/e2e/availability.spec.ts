import { expect, test as base, type Page } from '@playwright/test';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { startFeedOrigin, type FeedOrigin } from './feed-origin';
import { axeViolations, setHidden, sidewaysScroll } from './support';

const places = readPlacesFromDisk();

const test = base.extend<{ feed: FeedOrigin }>({
  feed: async ({ baseURL }, use) => {
    const origin = await startFeedOrigin(baseURL!);
    await use(origin);
    await origin.close();
  },
});

// The reader's phone is set to São Paulo; every time on the page must still be Copenhagen time.
test.use({ timezoneId: 'America/Sao_Paulo' });

const now = new Date('2026-11-29T08:05:00+01:00');

type Entry = { id: string; available: unknown; maximum?: unknown; updated?: unknown; note?: unknown };

/** A feed in the published format; each centre reported at 08:00 Copenhagen time unless the entry says otherwise. */
function feedOf(entries: Entry[], version: unknown = 1) {
  return {
    version,
    generatedAt: '2026-11-29T08:01:00+01:00',
    centers: entries.map((entry) => ({ maximum: places.get(entry.id)?.capacity ?? 10, updated: '2026-11-29T08:00:00+01:00', ...entry })),
  };
}

const allFree = feedOf([
  { id: 'den-aabne-doer', available: 2 },
  { id: 'klostermosegaard', available: 0 },
  { id: 'egmontgaarden', available: 3 },
  { id: 'garvergaarden', available: 1 },
]);

const centre = (page: Page, id: string) => page.locator(`[data-availability-for="${id}"]`);
const announcer = (page: Page) => page.locator('.availability [role="status"]');

/**
 * Opens the centres page at 08:05 Copenhagen time on 29 November 2026, with both clocks under the test's
 * control: the phone's and the feed server's (its Date header), which agree.
 */
async function open(page: Page, feed: FeedOrigin, path = '/da/krisecentre/') {
  feed.setTime(now);
  await page.clock.install({ time: now });
  await page.goto(`${feed.url}${path}`);
}

/** Moves time on for the phone and the feed server alike, skipping the time between (timers fire once). */
async function fastForward(page: Page, feed: FeedOrigin, ms: number) {
  feed.advance(ms);
  await page.clock.fastForward(ms);
}

/** Moves time on for the phone and the feed server alike, firing every timer due on the way. */
async function runFor(page: Page, feed: FeedOrigin, ms: number) {
  feed.advance(ms);
  await page.clock.runFor(ms);
}

test('a good feed shows free places and full centres in words, with the time in Copenhagen time', async ({ page, feed }) => {
  feed.answer({ json: allFree });
  await open(page, feed);

  const egmont = centre(page, 'egmontgaarden');
  await expect(egmont).toHaveAttribute('data-availability', 'free');
  await expect(egmont).toHaveAttribute('data-free-places', '3');
  await expect(egmont).toContainText('3 ledige pladser');
  await expect(egmont).toContainText('Opdateret for 5 minutter siden (29. november kl. 08.00)');
  await expect(centre(page, 'garvergaarden')).toContainText('1 ledig plads');
  await expect(egmont.locator('a[href^="tel:"]')).toHaveAttribute('href', `tel:${places.get('egmontgaarden')!.phone!.dial}`);

  // Full still says why to call, with the number that knows free places in all of Denmark.
  const full = centre(page, 'klostermosegaard');
  await expect(full).toHaveAttribute('data-availability', 'full');
  await expect(full).toHaveAttribute('data-free-places', '0');
  await expect(full).toContainText('Ingen ledige pladser lige nu');
  await expect(full).toContainText('Krisecentret hjælper dig med at finde en plads et andet sted');
  await expect(full.locator('a[href="tel:1888"]')).toBeVisible();
  // The first answer is on the page to read; nothing is announced until something changes.
  await expect(announcer(page)).toHaveText('');
});

test('a centre missing from the feed or with a value that breaks a rule is unknown; the others still show', async ({ page, feed }) => {
  feed.answer({
    json: feedOf([
      { id: 'den-aabne-doer', available: 13 }, // more than its 12 places
      { id: 'egmontgaarden', available: 3, maximum: 40 }, // not its capacity
      { id: 'garvergaarden', available: 1, updated: '2026-02-30T08:00:00+01:00' }, // no such date
    ]),
  });
  await open(page, feed);
  for (const id of ['den-aabne-doer', 'egmontgaarden', 'garvergaarden', 'klostermosegaard']) {
    await expect(centre(page, id), id).toHaveAttribute('data-availability', 'unknown');
    await expect(centre(page, id), id).not.toHaveAttribute('data-free-places');
    await expect(centre(page, id), id).toContainText('Vi ved ikke, om der er plads – ring og spørg');
  }

  feed.answer({
    json: feedOf([
      { id: 'egmontgaarden', available: 3 },
      { id: 'den-aabne-doer', available: -1 },
    ]),
  });
  await page.reload();
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-availability', 'free');
  await expect(centre(page, 'den-aabne-doer')).toHaveAttribute('data-availability', 'unknown');
});

test("an unknown id with markup is ignored, and a centre's note is shown as text", async ({ page, feed }) => {
  const markup = '<img src=x onerror="document.title=\'owned\'">';
  feed.answer({
    json: feedOf([
      { id: markup, available: 1, maximum: 5 },
      { id: 'egmontgaarden', available: 3, note: `<b>Kun</b> for kvinder uden børn ${markup}` },
    ]),
  });
  await open(page, feed);
  const note = centre(page, 'egmontgaarden').locator('.availability__note');
  await expect(note).toHaveText(`<b>Kun</b> for kvinder uden børn ${markup}`);
  await expect(note).toHaveAttribute('dir', 'auto');
  await expect(page.locator('.availability img, .availability b')).toHaveCount(0);
  await expect(page.locator('[data-availability-for]')).toHaveCount(4);
  expect(await page.title()).not.toBe('owned');
});

const brokenFeeds = [
  // A valid feed body: only the status says it must not be trusted.
  { name: 'a server error', answer: { status: 500, body: JSON.stringify(allFree), contentType: 'application/json' } },
  { name: 'invalid JSON', answer: { status: 200, body: '{"version":1,"centers":[', contentType: 'application/json' } },
  { name: 'an HTML error page', answer: { status: 200, body: '<!doctype html><h1>Service unavailable</h1>', contentType: 'text/html' } },
  { name: 'a wrong version', answer: { json: { ...allFree, version: 2 } } },
] as const;

for (const { name, answer } of brokenFeeds) {
  test(`${name} makes every centre unknown, and the page says to call`, async ({ page, feed }) => {
    feed.answer(answer);
    await open(page, feed);
    await expect(page.locator('[data-availability="unknown"]')).toHaveCount(4);
    await expect(centre(page, 'egmontgaarden')).toContainText('Vi ved ikke, om der er plads – ring og spørg');
    // Said once above the list, with 1888, rather than four times over.
    const message = page.locator('[data-availability-no-feed]');
    await expect(message).toContainText('Vi kan ikke se de ledige pladser lige nu.');
    await expect(message.locator('a[href="tel:1888"]')).toBeVisible();
    await expect(page.locator('.availability a[href="tel:1888"]')).toHaveCount(1);
  });
}

test('a server that never answers is given up on after 10 seconds', async ({ page, feed }) => {
  feed.answer({ hang: true });
  await open(page, feed);
  await expect.poll(() => feed.requests.length).toBe(1);
  await runFor(page, feed, 9_000);
  await expect(page.locator('[data-availability="loading"]')).toHaveCount(4);
  await runFor(page, feed, 1_500);
  await expect(page.locator('[data-availability="unknown"]')).toHaveCount(4);
});

test('a count older than 24 hours is unknown and says what was last reported', async ({ page, feed }) => {
  feed.answer({ json: feedOf([{ id: 'egmontgaarden', available: 3, updated: '2026-11-28T07:00:00+01:00' }]) });
  await open(page, feed);
  const egmont = centre(page, 'egmontgaarden');
  await expect(egmont).toHaveAttribute('data-availability', 'unknown');
  await expect(egmont).toHaveAttribute('data-stale', 'true');
  await expect(egmont).not.toHaveAttribute('data-free-places');
  await expect(egmont).toContainText('Sidst meldt: 3 ledige pladser den 28. november kl. 07.00.');
});

test('through an outage the last counts stay, with their age, and new counts show when the feed is back', async ({ page, feed }) => {
  feed.answer({ json: allFree });
  await open(page, feed);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '3');

  feed.answer({ status: 503, body: 'down', contentType: 'text/plain' });
  await fastForward(page, feed, 66_000);
  await expect.poll(() => feed.requests.at(-1)?.status).toBe(503);
  await expect(page.locator('[data-availability-outage]')).toContainText(
    'Vi kan ikke hente nye tal lige nu og prøver igen. Sidst hentet 29. november kl. 08.05.',
  );
  await expect(announcer(page)).toHaveText('Vi kan ikke hente nye tal lige nu og prøver igen. Sidst hentet 29. november kl. 08.05.');
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '3');
  await expect(centre(page, 'egmontgaarden')).toContainText('for 6 minutter siden');

  feed.answer({
    json: feedOf([
      ...allFree.centers.filter((entry) => entry.id !== 'egmontgaarden'),
      { id: 'egmontgaarden', available: 1, updated: '2026-11-29T08:06:00+01:00' },
    ]),
  });
  // Backoff waits at most 60 s after the first failure.
  await fastForward(page, feed, 60_000);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '1');
  await expect(page.locator('[data-availability-outage]')).toHaveCount(0);
  await expect(announcer(page)).toHaveText('Egmontgården: 1 ledig plads.');

  // A day later without a word from the centres, the same count is no longer shown as true.
  feed.answer({ status: 503, body: 'down', contentType: 'text/plain' });
  await fastForward(page, feed, 25 * 3_600_000);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-stale', 'true');
});

test('an unchanged feed is revalidated with its ETag and costs a 304', async ({ page, feed }) => {
  feed.answer({ json: allFree });
  await open(page, feed);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '3');
  // Jump past the next poll (60 s ± 10 %); the fetch itself then runs in real time.
  await fastForward(page, feed, 66_000);
  await expect.poll(() => feed.requests.length).toBe(2);
  expect(feed.requests[0]).toEqual({ ifNoneMatch: undefined, status: 200 });
  expect(feed.requests[1]).toEqual({ ifNoneMatch: expect.stringMatching(/^"[0-9a-f]{40}"$/), status: 304 });
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '3');
  await expect(page.locator('[data-availability-outage]')).toHaveCount(0);
});

test('nothing is requested while the page is hidden; the count is refreshed as soon as it is shown', async ({ page, feed }) => {
  feed.answer({ json: allFree });
  await open(page, feed);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '3');
  await setHidden(page, true);
  await runFor(page, feed, 10 * 60_000);
  expect(feed.requests).toHaveLength(1);

  feed.answer({ json: feedOf([{ id: 'egmontgaarden', available: 2, updated: '2026-11-29T08:14:00+01:00' }]) });
  await setHidden(page, false);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-free-places', '2');
  expect(feed.requests).toHaveLength(2);
});

test('free, full, unknown and stale centres all pass axe, and fit 320 px even with a long note', async ({ page, feed }) => {
  feed.answer({
    json: feedOf([
      { id: 'den-aabne-doer', available: 2, note: `Se https://example.dk/${'a'.repeat(250)}` },
      { id: 'klostermosegaard', available: 0 },
      { id: 'egmontgaarden', available: 3, updated: '2026-11-28T07:00:00+01:00' },
    ]),
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, feed);
  // The island wakes when it scrolls into view.
  await page.locator('.availability').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-availability="loading"]')).toHaveCount(0);
  await expect(page.locator('[data-stale="true"]')).toHaveCount(1);
  expect(await axeViolations(page, '.availability')).toEqual([]);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  for (const card of await page.locator('[data-availability-for]').all()) {
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});

test("a phone whose clock is hours slow still sees a day-old count as stale, by the server's clock", async ({ page, feed }) => {
  // The skew under test: the server says 08:05, the phone's clock is ten hours behind it.
  const serverNow = now.getTime();
  const at = (hoursAgo: number) => new Date(serverNow - hoursAgo * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  feed.answer({
    json: feedOf([
      { id: 'egmontgaarden', available: 3, updated: at(30) },
      { id: 'garvergaarden', available: 1, updated: at(0.1) },
    ]),
  });
  feed.setTime(serverNow);
  await page.clock.install({ time: serverNow - 10 * 3_600_000 });
  await page.goto(`${feed.url}/da/krisecentre/`);
  await expect(centre(page, 'egmontgaarden')).toHaveAttribute('data-stale', 'true');
  // A count a few minutes old by the server is fresh, though the phone thinks it comes from the future.
  await expect(centre(page, 'garvergaarden')).toHaveAttribute('data-availability', 'free');
});

test("the home page shows the same free places beside the centres' numbers", async ({ page, feed }) => {
  feed.answer({ json: allFree });
  await open(page, feed, '/da/');
  const help = page.locator('section', { has: page.getByRole('heading', { name: 'Brug for hjælp nu?' }) });
  await help.locator('.availability').scrollIntoViewIfNeeded();
  await expect(help.locator('[data-availability-for="egmontgaarden"]')).toHaveAttribute('data-free-places', '3');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says to call and lists every centre with its number', async ({ page }) => {
    await page.goto('/da/krisecentre/');
    await expect(page.getByText('Ring til krisecentret og spørg, om der er en ledig plads.')).toBeVisible();
    await expect(page.locator('[data-availability="loading"]')).toHaveCount(4);
    await expect(page.getByText('Henter ledige pladser')).toHaveCount(0);
    for (const [id, place] of places) {
      if (place.kind !== 'crisis-centre') continue;
      await expect(centre(page, id).locator(`a[href="tel:${place.phone!.dial}"]`)).toBeVisible();
    }
  });
});

test('the JSON Schema of the feed is published beside it', async ({ request }) => {
  const response = await request.get('/availability.schema.json');
  expect(response.ok()).toBe(true);
  const schema = await response.json();
  expect(schema.required).toEqual(['version', 'generatedAt', 'centers']);
  expect(schema.properties.centers.items.required).toEqual(['id', 'available', 'maximum', 'updated']);
  expect(schema.properties.centers.items.properties.available).toMatchObject({ type: 'integer', minimum: 0 });
});
