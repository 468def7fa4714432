import { describe, expect, it } from 'vitest';
import { standardPartSchema } from '../../src/schemas/standard';
import { markdownFiles, renderContentFile } from '../helpers/content-files';
import { readSeed } from '../helpers/seed';

/** Lower-cased words, punctuation dropped, with their counts. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function htmlToText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The seed with only the PDF-extraction artefacts removed, the same ones the transcription fixes. */
function seedReadingText(seed: string): string {
  // The cover page before the foreword carries the document's title, not text of any part.
  return seed
    .slice(seed.indexOf('Forord'))
    .split('\n')
    .filter((line) => !/^\s*(https?:\/\/\S+|mailto:\S+|\d+|.* Xx{10,})\s*$/.test(line))
    .join('\n')
    .replace(/(\p{L})- *\n\s*(?!og |eller )(\p{L})/gu, '$1$2') // a word broken at a line end: "ind- \nsats"
    .replace(/(\p{L})- (sats|holdet|hed|satte|grundlag)\b/gu, '$1$2') // the same break, kept on one line
    .replace('gældsrådgivningsøgning', 'gældsrådgivning søgning'); // two words run together
}

/**
 * Words of the seed that the site does not print as they stand, because the contact blocks are drawn
 * from the place data (which its own test compares with the seed) or because the cover page is not a
 * part of the standard. Each entry is a word and how many of its occurrences are accounted for.
 */
const replacedWords: Record<string, number> = {
  // Den Åbne Dør's "Kbh. V." is printed as "København V"; "Voksne of Familier" as "Voksne og Familier".
  kbh: 1, of: 1,
  // "Tlf. 3366 1400" is printed under the label "Telefon", in the usual grouping 33 66 14 00.
  tlf: 1, '3366': 1, '1400': 1,
  // "(åbent 24 timer i døgnet året rundt)" is printed from the hours data as "Åbent hele døgnet, året rundt".
  '24': 1, timer: 1,
  // "Whistleblowerordningen i Socialtilsyn hovedstaden" is printed under the place's official name.
  whistleblowerordningen: 1, i: 1, hovedstaden: 1,
  // "Mandag-torsdag kl. 9-15, fredag kl. 9-12" is printed from the hours data as "09.00–15.00".
  kl: 2, '9': 2,
  // "Telefonen er lukket på almindelige helligdage og mellem jul og nytår" → "Lukket på helligdage og mellem jul og nytår".
  telefonen: 1, er: 1, almindelige: 1,
  // The whistleblower form's link text leaves out "https://".
  https: 1,
};

describe('the transcription of the standard', () => {
  const files = markdownFiles('standard/da');
  const parts = files.map((file) => ({ file, ...renderContentFile(file) }));

  it('has the foreword, the summary and sections 1–8, each with valid frontmatter', () => {
    const sections = parts.map(({ file, frontmatter }) => {
      const result = standardPartSchema.safeParse(frontmatter);
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
      return result.data?.section ?? null;
    });
    expect(files.map((file) => file.split('/').at(-1))).toHaveLength(10);
    expect(sections.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null, null]);
    const orders = parts.map(({ frontmatter }) => (frontmatter as { order: number }).order).sort((a, b) => a - b);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('prints every word of the published text', () => {
    const rendered = wordCounts(
      parts
        .map(({ frontmatter, html }) => {
          const { title, section } = frontmatter as { title: string; section?: number };
          return `${section ?? ''} ${title} ${htmlToText(html)}`;
        })
        .join(' '),
    );
    const seed = wordCounts(seedReadingText(readSeed()));
    const missing: string[] = [];
    for (const [word, count] of seed) {
      const shortBy = count - (rendered.get(word) ?? 0) - (replacedWords[word] ?? 0);
      if (shortBy > 0) missing.push(`${word} ×${shortBy}`);
    }
    expect(missing).toEqual([]);
    // Each allowance must still be needed, so the list cannot hide a word that goes missing later.
    const unneeded = Object.entries(replacedWords).filter(
      ([word, allowed]) => (seed.get(word) ?? 0) - (rendered.get(word) ?? 0) < allowed,
    );
    expect(unneeded).toEqual([]);
  });

  it('keeps every paragraph reference and deadline of the standard', () => {
    const text = parts.map(({ html }) => htmlToText(html)).join(' ').replace(/\s+/g, ' ');
    for (const phrase of [
      'servicelovens § 109',
      'Servicelovens § 163, stk. 2',
      'servicelovens § 141',
      'BEK nr. 1387',
      'senest 3 hverdage',
      'inden for 3 hverdage',
      'inden for de første tre måneder',
      'minimum hver tredje måned',
      'op til 10 samtaler',
      '6 måneder med mulighed for forlængelse i op til et år',
      'senest fire uger efter',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });
});
