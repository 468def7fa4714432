import type { Lang } from '../config/locales';
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
};

/** Crisis centres have a page of their own; every other place is a card on the centres page. */
export function placeUrl(lang: Lang, id: string, kind: PlaceKind): string {
  return kind === 'crisis-centre' ? paths.centre(lang, id) : `${paths.centres(lang)}#${id}`;
}
