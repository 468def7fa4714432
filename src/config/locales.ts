/**
 * The languages the site is published in, each named in its own language. Danish is the default and
 * the legally binding text. `dir` drives `<html dir>`; the layout mirrors through logical CSS
 * properties, never a second stylesheet. `ogLocale` is the form Open Graph (link previews) names it in.
 */
export const locales = [
  { lang: 'da', label: 'Dansk', dir: 'ltr', ogLocale: 'da_DK' },
  { lang: 'en', label: 'English', dir: 'ltr', ogLocale: 'en_GB' },
  { lang: 'ar', label: 'العربية', dir: 'rtl', ogLocale: 'ar_AR' },
  { lang: 'fa', label: 'فارسی', dir: 'rtl', ogLocale: 'fa_IR' },
  { lang: 'ur', label: 'اردو', dir: 'rtl', ogLocale: 'ur_PK' },
  { lang: 'so', label: 'Soomaali', dir: 'ltr', ogLocale: 'so_SO' },
  { lang: 'tr', label: 'Türkçe', dir: 'ltr', ogLocale: 'tr_TR' },
  { lang: 'pl', label: 'Polski', dir: 'ltr', ogLocale: 'pl_PL' },
  { lang: 'uk', label: 'Українська', dir: 'ltr', ogLocale: 'uk_UA' },
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
