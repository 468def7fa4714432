/**
 * LIX, the Danish and Swedish readability index (Björnsson, 1968): the average number of words in a
 * sentence plus the percentage of long words (more than six letters). Under 30 is easy (children's
 * books, plain-language pages), 40 ordinary newspaper text, over 55 very hard (law and official reports).
 *
 * The text is read as a reader meets it: a sentence ends at a full stop, a colon, an exclamation mark or
 * a question mark followed by a space, and at the end of a line (a heading, a paragraph or a list item
 * ends its sentence even without a full stop). A full stop inside a number ("afsnit 2.3", "10.00") ends
 * nothing. A word is anything between spaces with a letter or a digit in it; a number is a word, but never
 * a long one, as only letters are counted. The full stop of a common abbreviation ("kl.", "nr.", "fx.")
 * ends nothing either, or a text full of them would score as easier than it is.
 */

export interface Readability {
  words: number;
  sentences: number;
  /** Words with more than six letters. */
  longWords: number;
  lix: number;
}

/** Danish abbreviations written with a full stop inside a sentence. */
const abbreviations = ['bl.a', 'ca', 'evt', 'f.eks', 'fx', 'jf', 'kl', 'mv', 'nr', 'pga', 'stk', 'tlf'];
/** A sentence ends with . : ! ? before a space or the end of its line, but not after an abbreviation. */
const sentenceEnd = new RegExp(
  String.raw`(?<!(?:^|[\s(])(?:${abbreviations.map((word) => word.replace('.', '\\.')).join('|')}))[.:!?]+(?=\s|$)`,
  'giu',
);
const wordLike = /[\p{L}\p{N}]/u;
const letter = /\p{L}/gu;

/** The sentences of one line of text (a line always ends one). */
function sentencesOf(line: string): string[] {
  return line
    .split(sentenceEnd)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordLike.test(sentence));
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((token) => wordLike.test(token));
}

/** Counts words, sentences and long words of a text; each line of it is at least one sentence. */
export function readability(text: string): Readability {
  const sentences = text.split('\n').flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const longWords = words.filter((word) => (word.match(letter)?.length ?? 0) > 6).length;
  const lix = words.length === 0 ? 0 : words.length / sentences.length + (100 * longWords) / words.length;
  return { words: words.length, sentences: sentences.length, longWords, lix };
}

/** LIX rounded to a whole number, as it is quoted. */
export function lix(text: string): number {
  return Math.round(readability(text).lix);
}
