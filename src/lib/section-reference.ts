/**
 * How a reader finds a place in the standard: by its section number, "2.3", or, for a heading the
 * standard does not number, by the nearest number above it and the heading's title, "2.2, Anonymitet".
 * The number and the title are read from the standard's own Markdown (in the page's language: a
 * translation keeps the numbers and ids, and has the title in its own words), so a reference cannot
 * drift from the headings it names.
 */

export interface SectionReference {
  /** "2.3", or the number of the section it lies in. */
  number: string;
  /** The heading's title, for a heading without a number of its own. */
  title?: string;
}

interface Heading {
  depth: number;
  number?: string;
  title: string;
  id: string;
}

/** A `##`–`######` heading with its `{#id}`; whitespace of any kind may end the line. */
const headingLine = /^(#{2,6}) +(.*?) *\{#([a-z0-9-]+)\}\s*$/gm;
const numbered = /^(\d+(?:\.\d+)*)\.? +(.+)$/;

/** The `##`–`######` headings of a Markdown file that carry an `{#id}`, with their numbers split off. */
export function headingsOf(markdown: string): Heading[] {
  return [...markdown.matchAll(headingLine)].map(([, hashes, text, id]) => {
    const [, number, title] = numbered.exec(text!) ?? [];
    return { depth: hashes!.length, id: id!, ...(number ? { number, title: title! } : { title: text! }) };
  });
}

/** The section number of a part, from its frontmatter (`section: 8`); the foreword and summary have none. */
function partNumberOf(markdown: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
  return /^section: *(\d+) *$/m.exec(frontmatter)?.[1];
}

/**
 * The reference to a part of the standard (`headingId` left out) or to one heading of it. Throws when the
 * heading is not there, or when neither it nor anything above it has a number.
 */
export function sectionReference(markdown: string, headingId?: string): SectionReference {
  const part = partNumberOf(markdown);
  if (headingId === undefined) {
    if (!part) throw new Error('the part has no section number; refer to one of its headings');
    return { number: part };
  }
  const headings = headingsOf(markdown);
  const at = headings.findIndex((heading) => heading.id === headingId);
  const heading = headings[at];
  if (!heading) throw new Error(`there is no heading {#${headingId}}`);
  if (heading.number) return { number: heading.number };
  // The nearest heading above it, at a higher level, that has a number; else the part's own number.
  let depth = heading.depth;
  for (let index = at - 1; index >= 0; index--) {
    const above = headings[index]!;
    if (above.depth >= depth) continue;
    if (above.number) return { number: above.number, title: heading.title };
    depth = above.depth;
  }
  if (!part) throw new Error(`the heading {#${headingId}} has no section number above it`);
  return { number: part, title: heading.title };
}
