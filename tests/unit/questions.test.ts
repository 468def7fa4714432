import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLang, locales, type Lang } from '../../src/config/locales';
import { readFaq, type FaqEntry } from '../../src/lib/faq';
import { readability } from '../../src/lib/lix';
import { readHelplinesFromDisk, readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { renderContentFile, root } from '../helpers/content-files';
import { numbersIn } from '../helpers/numbers';

/*
 * The questions-and-answers page (content/pages/<lang>/spoergsmaal.md), read as the build renders it.
 * Its promise: plain Danish (LIX 30 or lower), nothing the standard and the place data do not say, and
 * every answer tied to the heading of the standard that says it, in every language.
 */

const path = (lang: Lang) => `content/pages/${lang}/spoergsmaal.md`;
const pageOf = (lang: Lang) => {
  const { frontmatter, html } = renderContentFile(path(lang));
  return { title: (frontmatter as { title: string }).title, ...readFaq(html) };
};
const danish = pageOf(defaultLang);
const others = locales.filter(({ lang }) => lang !== defaultLang).map(({ lang }) => ({ lang, page: pageOf(lang) }));

/** The sentences of a text as a reader counts them: ended by . ! or ? (a colon goes on). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/u).filter((sentence) => /\p{L}/u.test(sentence));

/** An answer's text without the phone numbers printed from the data (`:phone{…}`), which are data by construction. */
function withoutDataPhones(entry: FaqEntry): string {
  const printed = [...entry.answerHtml.matchAll(/class="phone-link" href="tel:[^"]+"><bdi dir="ltr">([^<]+)<\/bdi>/g)].map(
    (match) => match[1]!,
  );
  return printed.reduce((text, phone) => text.replace(phone, ' '), entry.answer);
}

/** The Danish text of the part of the standard a source link names: the heading and what is under it, or the whole part. */
function citedText(href: string, lang: Lang): string {
  const target = posix.join(`/${lang}/spoergsmaal/`, href);
  const [, part, heading] = /^\/[a-z]+\/standard\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(target) ?? [];
  if (!part) throw new Error(`${href} is not a link to the standard`);
  const markdown = readFileSync(join(root, 'content', 'standard', defaultLang, `${part}.md`), 'utf8');
  if (!heading) return markdown;
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.endsWith(`{#${heading}}`));
  const depth = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= depth);
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('the Danish questions and answers', () => {
  it('score LIX 30 or lower, each answer and the page as a whole', () => {
    const rows = danish.entries.map((entry) => ({ id: entry.id, ...readability(entry.answer) }));
    const page = readability(
      [danish.title, danish.intro, ...danish.entries.flatMap((entry) => [entry.question, entry.answer, entry.source])].join('\n'),
    );
    const format = (lix: number) => lix.toFixed(1).padStart(5);
    console.log(
      [
        'LIX of the Danish questions and answers (words/sentences + 100 × words over six letters/words; a sentence ends at . : ! or ?):',
        ...rows.map(
          (row) => `  ${row.id.padEnd(24)} ${format(row.lix)}  (${row.words} words, ${row.sentences} sentences, ${row.longWords} long)`,
        ),
        `  ${'the whole page'.padEnd(24)} ${format(page.lix)}  (${page.words} words, ${page.sentences} sentences, ${page.longWords} long)`,
      ].join('\n'),
    );
    expect(rows.filter((row) => row.lix > 30).map((row) => `${row.id}: ${row.lix.toFixed(1)}`)).toEqual([]);
    expect(page.lix).toBeLessThanOrEqual(30);
  });

  it('answer each question in one to four sentences, followed by where the standard says it', () => {
    for (const entry of danish.entries) {
      expect(sentences(entry.answer).length, entry.id).toBeGreaterThanOrEqual(1);
      expect(sentences(entry.answer).length, entry.id).toBeLessThanOrEqual(4);
      expect(entry.source, entry.id).toMatch(/^Det står i kvalitetsstandarden, afsnit \d/);
    }
  });

  it('give a number only where the section they cite has it, or the place data does (a phone number)', () => {
    // What a reader may be told from the data: phone numbers, addresses, numbers of places (not the map's coordinates).
    const places = [...readPlacesFromDisk().values()].map((place) => [
      place.phone?.display,
      place.phone?.dial,
      place.capacity,
      place.address?.street,
      place.address?.postalCode,
    ]);
    const data = numbersIn(JSON.stringify([...places, ...readHelplinesFromDisk().values()]));
    const unsourced = danish.entries.flatMap((entry) => {
      const cited = numbersIn(entry.sourceLinks.map((href) => citedText(href, defaultLang)).join('\n'));
      return [...numbersIn(withoutDataPhones(entry))]
        .filter((number) => !cited.has(number) && !data.has(number))
        .map((number) => `${entry.id}: ${number}`);
    });
    expect(unsourced).toEqual([]);
  });

  it('name as having a lift exactly the centres whose data says so', () => {
    const answer = danish.entries.find((entry) => entry.id === 'koerestol')!;
    const named = [...answer.answerHtml.matchAll(/href="\.\.\/krisecentre\/([a-z0-9-]+)\/"/g)].map((match) => match[1]).sort();
    const withLift = [...readPlacesFromDisk()]
      .filter(([, place]) => place.access?.lift)
      .map(([id]) => id)
      .sort();
    expect(named).toEqual(withLift);
  });
});

describe.each(others)('the questions and answers in $lang', ({ page }) => {
  it('have the Danish questions, in the same order', () => {
    expect(page.entries.map((entry) => entry.id)).toEqual(danish.entries.map((entry) => entry.id));
  });

  it('give in each answer exactly the numbers of the Danish answer', () => {
    const wrong = page.entries.flatMap((entry, index) => {
      const expected = numbersIn(danish.entries[index]!.answer);
      const found = numbersIn(entry.answer);
      return [
        ...[...found].filter((number) => !expected.has(number)).map((number) => `${entry.id}: ${number} is not in the Danish answer`),
        ...[...expected].filter((number) => !found.has(number)).map((number) => `${entry.id}: ${number} is missing`),
      ];
    });
    expect(wrong).toEqual([]);
  });
});

describe.each(locales.map(({ lang }) => lang))('the sources under the answers in %s', (lang) => {
  const page = lang === defaultLang ? danish : others.find((other) => other.lang === lang)!.page;

  it('link every answer to headings of the standard that exist, in the same language', () => {
    for (const entry of page.entries) {
      expect(entry.sourceLinks.length, entry.id).toBeGreaterThan(0);
      for (const href of entry.sourceLinks) {
        const target = posix.join(`/${lang}/spoergsmaal/`, href);
        expect(target, `${entry.id}: ${href}`).toMatch(new RegExp(`^/${lang}/standard/[a-z0-9-]+/(#[a-z0-9-]+)?$`));
        const [, part, heading] = /standard\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(target)!;
        const markdown = readFileSync(join(root, 'content', 'standard', lang, `${part}.md`), 'utf8');
        if (heading) expect(markdown, `${entry.id}: ${href}`).toContain(`{#${heading}}`);
      }
    }
  });
});
