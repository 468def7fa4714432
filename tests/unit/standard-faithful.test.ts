import { describe, expect, it } from 'vitest';
import { standardPartSchema } from '../../src/schemas/standard';
import partHeadings from '../fixtures/part-headings.json';
import differences from '../fixtures/transcription-differences.json';
import { markdownFiles, renderContentFile } from '../helpers/content-files';
import { readSeed } from '../helpers/seed';
import { wordDiff } from '../helpers/word-diff';

type Difference = (typeof differences)[number];
type WordDifference = Extract<Difference, { removed: string }>;
type LinkDifference = Extract<Difference, { links: unknown }>;
const isWordDifference = (difference: Difference): difference is WordDifference => 'removed' in difference;
const isLinkDifference = (difference: Difference): difference is LinkDifference => 'links' in difference;

/** The items of one list that the other does not have, each counted as often as it occurs. */
function without(items: readonly string[], others: readonly string[]): string[] {
  const left = [...others];
  return items.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/** Words in reading order; a contact block or the timeline counts as one word, e.g. ⟦place:egmontgaarden⟧. */
function words(text: string): string[] {
  return text.match(/⟦[^⟧]+⟧|[\p{L}\p{N}§]+/gu) ?? [];
}

/** The text a reader gets from a rendered part, with its heading as the page prints it. */
function renderedText(heading: string, html: string): string {
  const text = html
    .replace(/<div class="place-block" data-place="([^"]+)">.*?<\/dl><\/div>/gs, ' ⟦place:$1⟧ ')
    .replace(/<figure class="timeline">.*?<\/figure>/gs, ' ⟦timeline⟧ ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');
  return `${heading} ${text}`;
}

/** The seed with only the PDF-extraction artefacts removed, the same ones the transcription fixes. */
function seedReadingText(seed: string): string {
  return seed
    .split('\n')
    .filter((line) => !/^\s*(https?:\/\/\S+|mailto:\S+|\d+|.* Xx{10,})\s*$/.test(line)) // leaked link targets, page numbers, the placeholder figure
    .join('\n')
    .replace(/(\p{L})- *\n\s*(?!og |eller )(\p{L})/gu, '$1$2') // a word broken at a line end: "ind- \nsats"
    .replace(/(\p{L})- (sats|holdet|hed|satte|grundlag)\b/gu, '$1$2') // the same break, left on one line
    .replace('gældsrådgivningsøgning', 'gældsrådgivning søgning'); // two words run together
}

describe('the transcription of the standard', () => {
  const parts = markdownFiles('standard/da').map((file) => {
    const { frontmatter, html } = renderContentFile(file);
    const result = standardPartSchema.safeParse(frontmatter);
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    const { title, section, order } = result.data;
    return { id: file.split('/').at(-1)!.replace(/\.md$/, ''), order, heading: section ? `${section}. ${title}` : title, html };
  });
  parts.sort((a, b) => a.order - b.order);

  it('has the foreword, the summary and sections 1–8, in order', () => {
    expect(parts.map((part) => part.heading)).toEqual(partHeadings);
  });

  it('says what the published text says, word for word, except for the listed differences', () => {
    // Cut the seed into parts at the parts' headings, in order; the cover page before the foreword is not a part.
    const seed = seedReadingText(readSeed());
    const starts = parts.map((part, index) => {
      const at = seed.indexOf(part.heading, index === 0 ? 0 : seed.indexOf(parts[index - 1]!.heading) + 1);
      if (at === -1) throw new Error(`the seed has no heading "${part.heading}"`);
      return at;
    });
    const found = parts.flatMap((part, index) =>
      wordDiff(words(seed.slice(starts[index], starts[index + 1])), words(renderedText(part.heading, part.html))).map((hunk) => ({
        part: part.id,
        ...hunk,
      })),
    );
    const listed = differences.filter(isWordDifference).map(({ part, removed, added }) => ({ part, removed, added }));
    expect(found).toEqual(listed);
  });

  it('links where the published text links, except for the listed differences', () => {
    // The seed is the PDF's text: each link's target leaked onto a line of its own, often at the end of a
    // page, so the links are compared for the whole standard, not part by part.
    const seedLinks = readSeed()
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^https?:\/\/\S+$/.test(line));
    const siteLinks = parts.flatMap(({ html }) => [...html.matchAll(/<a href="(https?:[^"]+)"/g)].map((match) => match[1]!));
    const listed = differences.filter(isLinkDifference);
    expect(without(seedLinks, siteLinks).sort(), 'published links the site leaves out').toEqual(
      listed.flatMap(({ links }) => links.removed).sort(),
    );
    expect(without(siteLinks, seedLinks).sort(), 'links the site adds').toEqual(listed.flatMap(({ links }) => links.added).sort());
  });

  it('keeps every paragraph reference and deadline of the standard', () => {
    const text = parts
      .map(({ html }) => html.replace(/<[^>]+>/g, ' '))
      .join(' ')
      .replace(/\s+/g, ' ');
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
