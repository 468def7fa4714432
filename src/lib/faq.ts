/**
 * The questions-and-answers page, read from its rendered Markdown: each `##` heading is a question,
 * the text up to the next one its answer, and the answer's `::source` line (a `<p class="standard-source">`)
 * says where the standard says it. The page builds its structured data from this, and the tests measure
 * each answer's readability and check its numbers and sources with the same reading.
 */

export interface FaqEntry {
  /** The heading's id: the same in every language, so a shared link keeps working. */
  id: string;
  question: string;
  /** The answer as HTML, without its source line. */
  answerHtml: string;
  /** The answer as plain text, one line a paragraph or list item. */
  answer: string;
  /** The source line as plain text: "Det står i kvalitetsstandarden, afsnit 2.3." */
  source: string;
  /** Where the source line's links lead, as written in the page. */
  sourceLinks: string[];
}

export interface Faq {
  /** The text above the first question, as HTML and as plain text. */
  introHtml: string;
  intro: string;
  /** The questions and answers as HTML, from the first question on. */
  questionsHtml: string;
  entries: FaqEntry[];
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return namedEntities[name.toLowerCase()] ?? entity;
  });
}

/** HTML as the text a reader gets: each paragraph, heading and list item on a line of its own. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<\/(p|h[1-6]|li|dt|dd|div)>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const sourceLine = /<p class="standard-source">[\s\S]*?<\/p>/g;
const question = /^<h2 id="([^"]+)">([\s\S]*?)<\/h2>([\s\S]*)$/;

/** The questions and answers of the page's rendered HTML, in order. */
export function readFaq(html: string): Faq {
  const [intro = '', ...sections] = html.split(/(?=<h2[\s>])/);
  const entries = sections.map((section) => {
    const match = question.exec(section.trim());
    if (!match) throw new Error(`a question needs an id: ${section.slice(0, 80)}`);
    const [, id, heading, body] = match as unknown as [string, string, string, string];
    const sources = body.match(sourceLine) ?? [];
    return {
      id,
      question: htmlToText(heading),
      answerHtml: body.replace(sourceLine, '').trim(),
      answer: htmlToText(body.replace(sourceLine, '')),
      source: htmlToText(sources.join('')),
      sourceLinks: sources.flatMap((line) => [...line.matchAll(/href="([^"]*)"/g)].map((link) => decodeEntities(link[1]!))),
    };
  });
  return { introHtml: intro.trim(), intro: htmlToText(intro), questionsHtml: sections.join('').trim(), entries };
}
