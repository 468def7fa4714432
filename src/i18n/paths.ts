import { defaultLang, isLang, locales, type Lang } from '../config/locales.ts';
import type { PlaceKind } from '../schemas/place';

/**
 * Every URL of the site, in one place. Paths are the same in every language, so switching language is
 * swapping the first segment, and a link to a heading survives the switch.
 */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  centres: (lang: Lang) => `/${lang}/krisecentre/`,
  centre: (lang: Lang, id: string) => `/${lang}/krisecentre/${id}/`,
  standard: (lang: Lang) => `/${lang}/standard/`,
  part: (lang: Lang, id: string) => `/${lang}/standard/${id}/`,
  safety: (lang: Lang) => `/${lang}/sikkerhed/`,
  accessibility: (lang: Lang) => `/${lang}/tilgaengelighed/`,
  search: (lang: Lang) => `/${lang}/soeg/`,
  helpCard: (lang: Lang) => `/${lang}/hjaelpekort/`,
  /** Questions and answers, from `content/pages/<lang>/spoergsmaal.md`. */
  questions: (lang: Lang) => `/${lang}/spoergsmaal/`,
  /** A page written for the site, from `content/pages/<lang>/<name>.md` (the safety page, the accessibility statement). */
  sitePage: (lang: Lang, name: string) => `/${lang}/${name}/`,
};

/** Where a place is described: a crisis centre on its own page, any other place on the centres page. */
export function placeUrl(lang: Lang, id: string, kind: PlaceKind): string {
  return kind === 'crisis-centre' ? paths.centre(lang, id) : `${paths.centres(lang)}#${id}`;
}

/**
 * Short addresses that lead to a page. `/was` is the address Danish public sites give their
 * accessibility statement (tilgængelighedserklæring).
 */
export const redirects = [{ from: '/was', to: paths.accessibility(defaultLang) }] as const;

/** The language a path is in, from its first segment; undefined for the root and other language-free paths. */
export function languageOfPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * The same page in another language: only the first segment changes, so the reader stays on the same
 * part of the standard. A path that is in no language (the root) leads to that language's home page.
 */
export function pathInLanguage(pathname: string, lang: Lang): string {
  return languageOfPath(pathname) ? pathname.replace(/^\/[^/]+\//, `/${lang}/`) : paths.home(lang);
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The `hreflang` alternates of a page: one per language, plus `x-default` for a reader whose language
 * the site does not have: the root (which offers every language) for a home page, else the Danish page.
 */
export function alternatesOf(pathname: string): Alternate[] {
  const lang = languageOfPath(pathname);
  const isHome = !lang || pathname === paths.home(lang);
  return [
    ...locales.map((locale) => ({ hreflang: locale.lang, href: pathInLanguage(pathname, locale.lang) })),
    { hreflang: 'x-default', href: isHome ? '/' : pathInLanguage(pathname, defaultLang) },
  ];
}
