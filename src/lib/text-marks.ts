import { danishTerms } from '../config/danish-terms';
import { defaultLang, localeFor, type Lang } from '../config/locales';
import { escapeHtml } from './html';
import { numberRange } from './ltr-ranges';
import { readPlacesFromDisk } from './places-on-disk';

/**
 * A stretch of translated text, marked where a reader's screen reader or the layout must treat it
 * differently from the text around it: a Danish name or term (`danish`, read in Danish), or a range of
 * numbers inside right-to-left text (`ltr`, kept left-to-right).
 */
export interface TextPart {
  text: string;
  mark?: 'danish' | 'ltr';
}

const wordCharacter = String.raw`[\p{L}\p{M}\p{N}]`;
/**
 * Before a term: no letter, no "/", "." or "@" of a web or e-mail address ("krisecentre.kk.dk/…"), and
 * no word joined on with a hyphen (an address's "…-og-indskrivning/"). After a term a hyphen may follow:
 * Somali joins its endings so ("browser-ka").
 */
const termStart = String.raw`(?<![\p{L}\p{M}\p{N}/.@]|${wordCharacter}-)`;
/** After a term: no letter, and no "." or "/" that goes on into an address; a full stop may end the sentence. */
const termEnd = String.raw`(?!${wordCharacter}|[./@]${wordCharacter})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "handleplan" is also written "Handleplan" at the start of a sentence. */
function spellings(term: string): string[] {
  const capital = term.charAt(0).toLocaleUpperCase('da') + term.slice(1);
  return capital === term ? [term] : [term, capital];
}

/**
 * One pattern for a list of terms: whole words only, never part of an address, and the longest term
 * first, so that "Københavns Kommunes Borgerrådgiver" is one term, not "Københavns Kommunes" and
 * "Borgerrådgiver".
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const alternatives = [...new Set(terms.flatMap(spellings))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (alternatives.length === 0) return undefined;
  return new RegExp(String.raw`${termStart}(?:${alternatives.join('|')})${termEnd}`, 'gu');
}

/** The Danish terms of src/config/danish-terms.ts that a language does not also use as words of its own, and the places' names. */
export function danishTermsFor(
  lang: Lang,
  placeNames: readonly string[] = [...readPlacesFromDisk().values()].map((place) => place.name),
): string[] {
  const listed = danishTerms
    .filter((entry) => typeof entry === 'string' || !entry.ownWordIn?.includes(lang))
    .map((entry) => (typeof entry === 'string' ? entry : entry.term));
  return [...listed, ...placeNames];
}

const patterns = new Map<Lang, RegExp | undefined>();

function danishPatternFor(lang: Lang): RegExp | undefined {
  if (!patterns.has(lang)) patterns.set(lang, termPattern(danishTermsFor(lang)));
  return patterns.get(lang);
}

/** Cuts a text at the matches of a pattern; each match becomes a part with the given mark. */
function split(text: string, pattern: RegExp, mark: TextPart['mark'], keep: (at: number) => boolean = () => true): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    if (!keep(match.index)) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: match[0], mark });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

/**
 * A text of the page's language, cut into parts: the Danish names and terms in it (on a page in another
 * language than Danish), and the ranges of numbers (on a right-to-left page). `danishPattern` is for
 * tests; the site uses its own list.
 */
export function markText(
  text: string,
  lang: Lang,
  danishPattern: RegExp | undefined = lang === defaultLang ? undefined : danishPatternFor(lang),
): TextPart[] {
  const withTerms = danishPattern ? split(text, danishPattern, 'danish') : [{ text }];
  if (localeFor(lang).dir !== 'rtl') return withTerms;
  // A range already isolated (an opening-hours line) keeps its isolates and needs no second mark.
  return withTerms.flatMap((part) => (part.mark ? [part] : split(part.text, numberRange, 'ltr', (at) => part.text[at - 1] !== '\u2066')));
}

/** A marked part as HTML: a Danish term as `<span lang="da">`, a range as `<bdi dir="ltr">`. */
function partHtml(part: TextPart): string {
  const text = escapeHtml(part.text);
  if (part.mark === 'danish') return `<span lang="${defaultLang}">${text}</span>`;
  if (part.mark === 'ltr') return `<bdi dir="ltr">${text}</bdi>`;
  return text;
}

/** A text of the page's language as HTML, escaped, with its Danish terms and ranges marked. */
export function markedTextHtml(text: string, lang: Lang): string {
  return markText(text, lang).map(partHtml).join('');
}
