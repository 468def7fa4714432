import { fill } from '../template.ts';

/** "for 5 minutter siden", "5 minutes ago", "now": how long ago `then` was, in the reader's language. */
export function timeAgo(then: number, now: number, lang: string): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
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
  return new Intl.DateTimeFormat(lang, {
    // The Gregorian calendar in every language (Farsi would default to the Persian one): these are the
    // dates the centres and the authorities use.
    calendar: 'gregory',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(moment);
}

/** The plural form the language uses for `count`, with `other` as the fallback every language has. */
export function plural(templates: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(templates[category] ?? templates.other ?? '', { count: new Intl.NumberFormat(lang).format(count) });
}
