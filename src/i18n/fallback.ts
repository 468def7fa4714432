import { defaultLang, type Lang } from '../config/locales';

/** One piece of content in a language: its own translation, or the Danish text standing in for it. */
export interface Localised<T> {
  id: string;
  entry: T;
  /** False when the Danish text stands in because the translation is missing. */
  translated: boolean;
}

export interface Resolution<T> {
  /** Every Danish piece, in Danish order, each in the language where a translation exists. */
  items: Localised<T>[];
  /** Ids with no translation yet. */
  missing: string[];
  /** Translations whose Danish original does not exist (a misnamed file). */
  orphans: string[];
}

/**
 * Matches translations to the Danish originals by file name, as the Danish set is the reference: a
 * language never has fewer pages than Danish, and never a page Danish does not have.
 */
export function resolveTranslations<T>(danish: readonly { id: string; entry: T }[], translations: ReadonlyMap<string, T>): Resolution<T> {
  const items = danish.map(({ id, entry }) => {
    const translation = translations.get(id);
    return translation === undefined ? { id, entry, translated: false } : { id, entry: translation, translated: true };
  });
  const known = new Set(danish.map(({ id }) => id));
  return {
    items,
    missing: items.filter((item) => !item.translated).map((item) => item.id),
    orphans: [...translations.keys()].filter((id) => !known.has(id)),
  };
}

/**
 * The language a piece of content's words are in, on a page in `lang`: the page's own, or Danish where the
 * Danish text stands in for a missing translation (its Danish terms then need no marks of their own).
 */
export function wordsLangOf(item: Pick<Localised<unknown>, 'translated'>, lang: Lang): Lang {
  return item.translated ? lang : defaultLang;
}

/**
 * The attributes of an element around the Danish text standing in for a missing translation: `lang="da"`,
 * so it is read aloud as Danish, and `dir="ltr"`, so a block of it runs left to right on a right-to-left
 * page (a title in a list takes only the `lang`). A translation needs none: it is in the page's language.
 */
export function standInAttributes(item: Pick<Localised<unknown>, 'translated'>): { lang?: Lang; dir?: 'ltr' } {
  return item.translated ? {} : { lang: defaultLang, dir: 'ltr' };
}
