import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { defaultLang, localeFor, type Lang } from '../config/locales';
import { resources } from './resources';
import helplines from '../../content/helplines.json';

/**
 * The helplines' numbers as every UI string may name them (`{emergency}`, `{levUdenVold}`, `{police}`),
 * from content/helplines.json: a number is written once, in the data, never in a translation.
 */
export const helplineNumbers: Record<string, string> = Object.fromEntries(
  helplines.map(({ id, phone }) => [id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), phone.display]),
);
import type { OpenNowTexts } from './texts';

const translators = new Map<Lang, TFunction>();

/**
 * The translate function for one language, built once per build. Nothing detects or remembers the
 * reader's language: the language is the first segment of the URL, so nothing is written to the device.
 */
export function useTranslations(lang: Lang): TFunction {
  const known = translators.get(lang);
  if (known) return known;
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: defaultLang,
    resources: Object.fromEntries(Object.entries(resources).map(([code, strings]) => [code, { translation: strings }])),
    initAsync: false,
    interpolation: {
      // Astro escapes text when it renders it; HTML built by hand escapes with `escapeHtml`.
      escapeValue: false,
      // One placeholder syntax on the server and in the browser: `{name}`, as `fill` (src/lib/template.ts) reads it.
      prefix: '{',
      suffix: '}',
      defaultVariables: helplineNumbers,
    },
    returnNull: false,
  });
  const t = instance.t.bind(instance) as TFunction;
  translators.set(lang, t);
  return t;
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return localeFor(lang).dir;
}

/** A place's one-line description; every place id has one in every language (a unit test checks). */
export function placeDescription(t: TFunction, id: string): string {
  return t(`places.description.${id}` as 'places.description.den-aabne-doer');
}

/**
 * A counted text as one template per plural category of the language, with `{count}` left for the
 * browser to fill in (the availability island counts at view time, without i18next).
 */
export function pluralTemplates(t: TFunction, key: 'availability.freePlaces', lang: Lang): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(lang);
  const templates: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // Any number in the category makes i18next pick that category's text.
    const sample = Array.from({ length: 200 }, (_, n) => n).find((n) => rules.select(n) === category);
    if (sample !== undefined) templates[category] = t(key, { count: sample, replace: { count: '{count}' } });
  }
  return templates;
}

/**
 * A text the browser completes later: each named value is left as `{name}`, for `fill`
 * (src/lib/template.ts) or a custom element to put in at view time.
 */
export function browserTemplate(t: TFunction, key: ParseKeys, ...names: string[]): string {
  // The key is checked against the strings above; i18next's overloads cannot type a key and options chosen at run time.
  const translate = t as unknown as (key: string, values: Record<string, string>) => string;
  return translate(key, Object.fromEntries(names.map((name) => [name, `{${name}}`])));
}

/** The open-now wording the phone fills in ("Åbent nu · lukker kl. {time}"), in one language. */
export function openNowTexts(t: TFunction): OpenNowTexts {
  return {
    open: browserTemplate(t, 'openNow.open', 'time'),
    closed: browserTemplate(t, 'openNow.closed', 'when'),
    always: t('openNow.always'),
    staffed: t('openNow.staffed'),
    today: browserTemplate(t, 'openNow.today', 'time'),
    tomorrow: browserTemplate(t, 'openNow.tomorrow', 'time'),
    weekday: browserTemplate(t, 'openNow.weekday', 'day', 'time'),
    unknown: t('openNow.unknown'),
  };
}
