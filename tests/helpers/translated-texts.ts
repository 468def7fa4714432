import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/config/locales';
import { resources } from '../../src/i18n/resources';
import { helplineNumbers } from '../../src/i18n';
import { fill } from '../../src/lib/template';
import { root } from './content-files';

/**
 * One piece of a language's text where a reviewer would point to it: a line of a Markdown file, or one
 * UI string. `where` names it ("content/standard/so/klageadgang.md:17", "content/i18n/so.json
 * complaintsLink"); `counterpart` is the same piece in Danish, the text it translates.
 */
export interface TextPiece {
  where: string;
  file: string;
  text: string;
  counterpart: string;
}

const collections = ['standard', 'pages'] as const;

function markdownNames(collection: string, lang: string): string[] {
  return readdirSync(join(root, 'content', collection, lang))
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/** Frontmatter keys that are copied from Danish, not translated (the edition, the source's title). */
export const copiedFrontmatterKeys = ['section', 'order', 'edition', 'source', 'adoptedBy'] as const;
const copiedFrontmatter = new RegExp(`^(${copiedFrontmatterKeys.join('|')}):`);

/**
 * Each line of each Markdown file of a language, beside the same line of the Danish file: a
 * translation keeps the Danish file's lines (one paragraph a line), so the lines correspond.
 */
export function markdownLines(lang: Lang): TextPiece[] {
  return collections.flatMap((collection) =>
    markdownNames(collection, lang).flatMap((name) => {
      const file = `content/${collection}/${lang}/${name}`;
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      const danish = readFileSync(join(root, 'content', collection, 'da', name), 'utf8').split('\n');
      return lines
        .map((text, index) => ({ where: `${file}:${index + 1}`, file, text, counterpart: danish[index] ?? '' }))
        .filter((piece) => !copiedFrontmatter.test(piece.text));
    }),
  );
}

/** The ending of a plural form's key: `places.places_one`, `places.places_other`. */
export const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Each leaf of a tree of strings by its dotted path: ['help.intro', 'Ring – …']. */
export function entriesOf(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? entriesOf(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** The same, each leaf as text. */
export const stringEntriesOf = (tree: object): [string, string][] => entriesOf(tree).map(([key, value]) => [key, String(value)]);

/**
 * Each UI string of a language, beside the Danish string (for a plural form, the Danish "other" form),
 * with the helplines' numbers in their places as the reader gets them ("Alarm 112").
 */
export function uiStrings(lang: Lang): TextPiece[] {
  const read = (text: string) => fill(text, helplineNumbers);
  const danish = new Map(stringEntriesOf(resources.da));
  const file = `content/i18n/${lang}.json`;
  return stringEntriesOf(resources[lang]).map(([key, text]) => ({
    where: `${file} ${key}`,
    file,
    text: read(text),
    counterpart: read(danish.get(key) ?? danish.get(key.replace(pluralSuffix, '_other')) ?? ''),
  }));
}

/** Everything a language says: its Markdown lines and its UI strings. */
export function translatedTexts(lang: Lang): TextPiece[] {
  return [...markdownLines(lang), ...uiStrings(lang)];
}
