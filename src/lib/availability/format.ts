import { fill } from '../template.ts';

/** Intl objects are slow to make and the island formats every few seconds: one per language and kind. */
const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** "for 5 minutter siden", "5 minutes ago", "now": how long ago `then` was, in the reader's language. */
export function timeAgo(then: number, now: number, lang: string): string {
  const format = once(`relative ${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const minutes = Math.max(0, Math.floor((now - then) / 60_000));
  // Under a minute is "now" ("nu"); as minutes, `numeric: 'auto'` would say "this minute" ("dette minut").
  if (minutes === 0) return format.format(0, 'second');
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  return format.format(-Math.floor(hours / 24), 'day');
}

/**
 * "29. november kl. 08.00": a moment in Copenhagen time, whatever zone the phone is set to. `h23`
 * because `hour12: false` can print midnight as "24".
 */
export function dateAndTime(moment: number, lang: string, timeZone: string): string {
  return once(
    `date ${lang} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        // The Gregorian calendar in every language (Farsi would default to the Persian one): these are the
        // dates the centres and the authorities use.
        calendar: 'gregory',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }),
  ).format(moment);
}

/** The plural form the language uses for `count`, with `other` as the fallback every language has. */
export function plural(templates: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>, count: number, lang: string): string {
  const category = once(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(count);
  return fill(templates[category] ?? templates.other ?? '', {
    count: once(`number ${lang}`, () => new Intl.NumberFormat(lang)).format(count),
  });
}
