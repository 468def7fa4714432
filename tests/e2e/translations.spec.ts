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
  'AA', 'Apple', 'Chrome', 'DMI', 'EN', 'Firefox', 'Google', 'IP', 'Incognito', 'JavaScript', 'New', 'OpenStreetMap',
  'PDF', 'Private', 'Safari', 'Shift', 'WCAG', 'Whistleblower', 'axe', 'back', 'cache', 'chip', 'cookie', 'cookies',
  'iPhone', 'incognito', 'private', 'statistics', 'tabs', 'whistleblower', 'window',
]);

interface Unmarked {
  text: string;
  word: string;
}

/**
 * The words matching a pattern in the text of the page's body that is in the page's language: text
 * marked as another language (Danish, or a language's own name in the switcher) is left out.
 */
async function unmarkedMatches(page: Page, source: string, flags: string): Promise<Unmarked[]> {
  return page.evaluate(
    ({ source, flags }) => {
      const pattern = new RegExp(source, flags);
      const found: { text: string; word: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, template') || parent.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang) continue;
        for (const match of (node.textContent ?? '').matchAll(pattern)) found.push({ text: (node.textContent ?? '').trim().slice(0, 80), word: match[0] });
      }
      return found;
    },
    { source, flags },
  );
}

/** The Latin-script words of the page's body outside Danish-marked elements, leaving out addresses on the web and e-mail. */
async function unmarkedLatinWords(page: Page): Promise<Unmarked[]> {
  const words = await unmarkedMatches(page, String.raw`[^\s()«»"“”„،,;]+`, 'gu');
  return words
    .filter(({ word }) => !/[@/]|\w\.\w/.test(word))
    .flatMap(({ text, word }) => (word.match(/[A-Za-zÀ-ÖØ-öø-ÿ]+/g) ?? []).map((latin) => ({ text, word: latin })))
    .filter(({ word }) => !notDanish.has(word));
}

const pathsIn = (lang: Lang) => pages.filter((path) => path.startsWith(`/${lang}/`));

for (const { lang, label } of translated) {
  test(`${label} (${lang}): every Danish name and term on every page is marked lang="da"`, async ({ page }) => {
    const danish = termPattern(danishTermsFor(lang))!;
    const problems: string[] = [];
    for (const path of pathsIn(lang)) {
      await page.goto(path);
      for (const { text, word } of await unmarkedMatches(page, danish.source, danish.flags)) problems.push(`${path}: "${word}" in "${text}"`);
      // Danish letters outside a Danish mark: a Danish word the term list does not know yet.
      for (const { text, word } of await unmarkedMatches(page, String.raw`\p{L}*[æøåÆØÅ]\p{L}*`, 'gu')) problems.push(`${path}: "${word}" in "${text}"`);
      if (['ar', 'fa', 'ur', 'uk'].includes(lang)) {
        for (const { text, word } of await unmarkedLatinWords(page)) problems.push(`${path}: "${word}" in "${text}"`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}

for (const lang of rightToLeft) {
  test(`${lang}: every range of numbers on every page, in its title and its description, is kept left-to-right`, async ({ page }) => {
    const problems: string[] = [];
    for (const path of pathsIn(lang)) {
      await page.goto(path);
      const loose = await page.evaluate((source) => {
        const range = new RegExp(source, 'gu');
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, template, [dir="ltr"]')) continue;
          const text = node.textContent ?? '';
          for (const match of text.matchAll(range)) {
            if (text[match.index - 1] !== '\u2066') found.push(`"${match[0]}" in "${text.trim().slice(0, 60)}"`);
          }
        }
        const head = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
        for (const text of head) for (const match of text.matchAll(range)) if (text[match.index - 1] !== '\u2066') found.push(`"${match[0]}" in the head: "${text.slice(0, 60)}"`);
        return found;
      }, numberRange.source);
      problems.push(...loose.map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
}

/** Where two pieces of a text stand on the screen, from the left. */
async function leftOf(page: Page, selector: string, text: string, first: string, second: string): Promise<{ first: number; second: number }> {
  return page.locator(selector).first().evaluate(
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
