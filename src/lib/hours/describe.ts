import type { TFunction } from 'i18next';
import type { Hours } from '../../schemas/hours';
import { weekdays, type Weekday } from '../../config/weekdays';
import type { Lang } from '../../config/locales';
import { plainTextFor } from '../ltr-ranges';

// 1 January 2024 was a Monday: a fixed week from which Intl can name each day in any language.
const referenceMonday = Date.UTC(2024, 0, 1);

/** A day's name in a language: "mandag", "Monday". */
export function weekdayName(day: Weekday, lang: string): string {
  const date = new Date(referenceMonday + weekdays.indexOf(day) * 86_400_000);
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** "10:00" as the language writes a time of day ("10.00" in Danish, "10:00" in English). */
export function formatClockTime(time: string, lang: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/** Days as a reader says them: a run of three or more as a range ("mandag–onsdag"), others listed. */
export function describeDays(days: readonly Weekday[], lang: string): string {
  const sorted = [...days].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
  const consecutive = sorted.every((day, i) => i === 0 || weekdays.indexOf(day) === weekdays.indexOf(sorted[i - 1]!) + 1);
  const names = sorted.map((day) => weekdayName(day, lang));
  const text = consecutive && names.length >= 3 ? `${names[0]}–${names.at(-1)}` : new Intl.ListFormat(lang).format(names);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Opening hours as lines of text in the reader's language, e.g. ["Mandag–onsdag: 10.00–15.00", …]. */
export function describeHours(hours: Hours, lang: string, t: TFunction): string[] {
  if (hours.type === 'always') return [t('hours.always')];
  if (hours.type === 'staffed') return [t('hours.staffed')];
  // In a right-to-left language the hours ("10:00–15:00") are kept whole and left-to-right with Unicode
  // isolates, as the line is also used where no markup can go (the availability island's notes, the help card).
  const lines = hours.rules.map((rule) =>
    plainTextFor(
      t('hours.range', {
        days: describeDays(rule.days, lang),
        opens: formatClockTime(rule.opens, lang),
        closes: formatClockTime(rule.closes, lang),
      }),
      lang as Lang,
    ),
  );
  const christmas = hours.closures.some((closure) => closure.reason === 'christmas-to-new-year');
  if (hours.closedOnPublicHolidays === true) {
    lines.push(t(christmas ? 'hours.closedOnPublicHolidaysAndChristmas' : 'hours.closedOnPublicHolidays'));
  } else if (christmas) {
    lines.push(t('hours.closedChristmas'));
  }
  return lines;
}

/** The hours in one line, for the note under a phone number; nothing for a place whose hours are not known. */
export function hoursInOneLine(hours: Hours | undefined, lang: string, t: TFunction): string | undefined {
  return hours && describeHours(hours, lang, t).join('. ');
}
