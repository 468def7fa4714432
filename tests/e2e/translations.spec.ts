import { expect, test, type Page } from '@playwright/test';
import { defaultLang, locales, type Lang } from '../../src/config/locales';
import { danishTermsFor, termPattern } from '../../src/lib/text-marks';
import { numberRange } from '../../src/lib/ltr-ranges';
import { formatClockTime } from '../../src/lib/hours/describe';
import { builtPages } from './support';

/*
 * What a reader of a translation gets, page by page: the Danish names and terms read in Danish, and, on
 * a right-to-left page, every range of numbers in the order it is written. Each page of the build is
 * opened in Chromium and its text read as a screen reader gets it.
 */

const pages = builtPages();
const translated = locales.filter(({ lang }) => lang !== defaultLang);
const rightToLeft = locales.filter(({ dir }) => dir === 'rtl').map(({ lang }) => lang);

/**
 * Latin-script words a page in a non-Latin script may carry that are not Danish: names of products and
 * standards, and the English menu labels the safety page quotes. Anything else in Latin letters on an
 * Arabic, Persian, Urdu or Ukrainian page is a Danish word that the term list is missing.
 */
const notDanish = new Set([
  'AA',
  'Apple',
  'Chrome',
  'DMI',
  'EN',
  'Firefox',
  'Google',
  'IP',
  'Incognito',
  'JavaScript',
  'New',
  'OpenStreetMap',
  'PDF',
  'Private',
  'Safari',
  'Shift',
  'WCAG',
  'Whistleblower',
  'axe',
  'back',
  'cache',
  'chip',
  'cookie',
  'cookies',
  'iPhone',
  'incognito',
  'private',
  'statistics',
  'tabs',
  'whistleblower',
  'window',
]);

/** A text node of the page's body: its text, its language and whether it is inside a left-to-right mark. */
interface PageText {
  text: string;
  lang: string;
  ltr: boolean;
}

/** Every text of a page as a reader's screen reader gets it: the body's text nodes, then the title and the description. */
async function textsOf(page: Page, path: string): Promise<{ body: PageText[]; head: string[] }> {
  // The words are in the page as it arrives; no need to wait for the island or the map.
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  return page.evaluate(() => {
    const body: { text: string; lang: string; ltr: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      body.push({
        text: node.textContent ?? '',
        lang: parent.closest('[lang]')?.getAttribute('lang') ?? '',
        ltr: parent.closest('[dir="ltr"]') !== null,
      });
    }
    return { body, head: [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''] };
  });
}

/** The Latin-script words of a text, leaving out addresses on the web and e-mail. */
function latinWords(text: string): string[] {
  return (text.match(/[^\s()«»"“”„،,;]+/gu) ?? [])
    .filter((token) => !/[@/]|\w\.\w/.test(token))
    .flatMap((token) => token.match(/[A-Za-zÀ-ÖØ-öø-ÿ]+/g) ?? []);
}

const pathsIn = (lang: Lang) => pages.filter((path) => path.startsWith(`/${lang}/`));
const excerpt = (text: string) => text.trim().slice(0, 80);

async function readEveryPage(page: Page, lang: Lang) {
  const read = [];
  for (const path of pathsIn(lang)) read.push({ path, ...(await textsOf(page, path)) });
  return read;
}

/**
 * The texts of every page of a language. A right-to-left language has two checks below, run in order in
 * one worker: its pages are read once, by the first, and kept for the second.
 */
const keptTexts = new Map<Lang, ReturnType<typeof readEveryPage>>();
function textsOfEveryPage(page: Page, lang: Lang) {
  if (!rightToLeft.includes(lang)) return readEveryPage(page, lang);
  if (!keptTexts.has(lang)) keptTexts.set(lang, readEveryPage(page, lang));
  return keptTexts.get(lang)!;
}

function danishTermsTest(lang: Lang, label: string) {
  test(`${label} (${lang}): every Danish name and term on every page is marked lang="da"`, async ({ page }) => {
    test.slow(); // every page of the language
    const danish = termPattern(danishTermsFor(lang))!;
    const problems: string[] = [];
    for (const { path, body } of await textsOfEveryPage(page, lang)) {
      // Text marked as another language (Danish, or a language's own name in the switcher) is left out.
      const own = body.filter((piece) => piece.lang === lang).map((piece) => piece.text);
      for (const text of own) {
        const words = [
          ...(text.match(danish) ?? []),
          // Danish letters outside a Danish mark: a Danish word the term list does not know yet.
          ...(text.match(/\p{L}*[æøåÆØÅ]\p{L}*/gu) ?? []),
          ...(['ar', 'fa', 'ur', 'uk'].includes(lang) ? latinWords(text).filter((word) => !notDanish.has(word)) : []),
        ];
        problems.push(...words.map((word) => `${path}: "${word}" in "${excerpt(text)}"`));
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}

function numberRangesTest(lang: Lang) {
  test(`${lang}: every range of numbers on every page, in its title and its description, is kept left-to-right`, async ({ page }) => {
    test.slow(); // every page of the language
    const loose = (text: string) =>
      [...text.matchAll(numberRange)].filter((match) => text[match.index - 1] !== '\u2066').map((match) => match[0]);
    const problems: string[] = [];
    for (const { path, body, head } of await textsOfEveryPage(page, lang)) {
      for (const { text } of body.filter((piece) => !piece.ltr))
        problems.push(...loose(text).map((range) => `${path}: "${range}" in "${excerpt(text)}"`));
      for (const text of head) problems.push(...loose(text).map((range) => `${path}: "${range}" in the head: "${excerpt(text)}"`));
    }
    expect(problems).toEqual([]);
  });
}

for (const { lang, label } of translated) {
  if (!rightToLeft.includes(lang)) danishTermsTest(lang, label);
  else
    test.describe(() => {
      // In order, in one worker, so that the second check reuses the texts the first read. Unlike a serial
      // group, a failure of the first still runs the second (in a new worker, which reads them again).
      test.describe.configure({ mode: 'default' });
      danishTermsTest(lang, label);
      numberRangesTest(lang);
    });
}

/** Where two pieces of a text stand on the screen, from the left. */
async function leftOf(
  page: Page,
  selector: string,
  text: string,
  first: string,
  second: string,
): Promise<{ first: number; second: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (element, { text, first, second }) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          if (!value.includes(text)) continue;
          const at = value.indexOf(text);
          const measure = (piece: string) => {
            const range = document.createRange();
            const start = at + text.indexOf(piece);
            range.setStart(node!, start);
            range.setEnd(node!, start + piece.length);
            return range.getBoundingClientRect().left;
          };
          return { first: measure(first), second: measure(second) };
        }
        throw new Error(`"${text}" is not in ${element.outerHTML.slice(0, 200)}`);
      },
      { text, first, second },
    );
}

test.describe('ranges on a right-to-left page read as they are written', () => {
  for (const lang of rightToLeft) {
    test(`${lang}: "2023" stands left of "2024" in the edition line, and 10:00 left of 15:00 in opening hours`, async ({ page }) => {
      await page.goto(`/${lang}/standard/sagsbehandling-og-indskrivning/`);
      const edition = await leftOf(page, '[data-edition]', '2023-2024', '2023', '2024');
      expect(edition.first).toBeLessThan(edition.second);

      await page.goto(`/${lang}/krisecentre/`);
      const [opens, closes] = [formatClockTime('10:00', lang), formatClockTime('15:00', lang)];
      const hours = await leftOf(page, '[data-place-card="borgercenter-voksne"] li', `${opens}–${closes}`, opens, closes);
      expect(hours.first).toBeLessThan(hours.second);
    });
  }

  test('the same range left bare in Urdu text is laid out backwards, which is why it is isolated', async ({ page }) => {
    await page.goto('/ur/standard/sagsbehandling-og-indskrivning/');
    await page.locator('[data-edition]').evaluate((element) => {
      element.textContent = 'کوالٹی اسٹینڈرڈ 2023-2024، منظور کردہ';
    });
    const bare = await leftOf(page, '[data-edition]', '2023-2024', '2023', '2024');
    expect(bare.first).toBeGreaterThan(bare.second);
  });
});
