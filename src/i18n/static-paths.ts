import { locales } from '../config/locales';

/** `getStaticPaths` for pages that exist once per language. */
export function languagePaths() {
  return locales.map(({ lang }) => ({ params: { lang } }));
}
