/**
 * The languages the site is published in, each named in its own language. Danish is the default and
 * the legally binding text. `dir` drives `<html dir>`; the layout mirrors through logical CSS
 * properties, never a second stylesheet.
 */
export const locales = [
  { lang: 'da', label: 'Dansk', dir: 'ltr' },
  { lang: 'en', label: 'English', dir: 'ltr' },
  { lang: 'ar', label: 'العربية', dir: 'rtl' },
  { lang: 'fa', label: 'فارسی', dir: 'rtl' },
  { lang: 'ur', label: 'اردو', dir: 'rtl' },
  { lang: 'so', label: 'Soomaali', dir: 'ltr' },
  { lang: 'tr', label: 'Türkçe', dir: 'ltr' },
  { lang: 'pl', label: 'Polski', dir: 'ltr' },
  { lang: 'uk', label: 'Українська', dir: 'ltr' },
] as const;

export type Locale = (typeof locales)[number];
export type Lang = Locale['lang'];

export const defaultLang: Lang = 'da';

export function isLang(value: string | undefined): value is Lang {
  return locales.some((locale) => locale.lang === value);
}

export function localeFor(lang: Lang): Locale {
  const locale = locales.find((candidate) => candidate.lang === lang);
  if (!locale) throw new Error(`Unknown language "${lang}"`);
  return locale;
}
