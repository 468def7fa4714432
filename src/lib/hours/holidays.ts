import Holidays from 'date-holidays';
import type { Hours } from '../../schemas/hours';
import { DAY, isoDate, type HoursForBrowser } from './engine';

/*
 * Build time only (Node). The holiday library and its rules for every country are far too large for the
 * inline script that shows "open now" in the browser, so the build works out the dates here and the
 * browser gets only the list of Copenhagen dates on which a place is closed (see `engine.ts`).
 */

/**
 * Danish public holidays (helligdage) from the first of `fromYear` to the last of `toYear`, as sorted ISO
 * dates. Only type 'public': Christmas Eve, New Year's Eve and 5 June are observances, not holidays, and
 * Store Bededag stopped being one in 2024 (the library knows this).
 */
export function danishPublicHolidays(fromYear: number, toYear: number): string[] {
  const calendar = new Holidays('DK');
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      // `date` is local to Denmark, "YYYY-MM-DD hh:mm:ss"; `start` is an instant and would shift the day in UTC.
      if (holiday.type === 'public') dates.add(holiday.date.slice(0, 10));
    }
  }
  return [...dates].sort();
}

/** The days of one closure that begins in `year`, inclusive; one whose `from` is after `to` ends the next year. */
function closureDays(from: string, to: string, year: number): string[] {
  const [fromMonth = 1, fromDay = 1] = from.split('-').map(Number);
  const [toMonth = 1, toDay = 1] = to.split('-').map(Number);
  const endYear = from > to ? year + 1 : year;
  // Clamp the last day to its month (a "02-29" closure ends on 28 February in a common year).
  const lastOfMonth = new Date(Date.UTC(endYear, toMonth, 0)).getUTCDate();
  const end = Date.UTC(endYear, toMonth - 1, Math.min(toDay, lastOfMonth));
  const days: string[] = [];
  for (let day = Date.UTC(year, fromMonth - 1, fromDay); day <= end; day += DAY) days.push(isoDate(day));
  return days;
}

/**
 * The Copenhagen dates from `fromYear` to `toYear` on which a place is closed all day: the public holidays
 * where it closes on them, and each yearly closure day by day. A closure that wraps over New Year is taken
 * from the year before as well, so the first days of `fromYear` are right; nothing after `toYear` is given.
 */
export function closedDates(hours: Hours, fromYear: number, toYear: number): string[] {
  if (hours.type !== 'weekly') return [];
  const dates = new Set(hours.closedOnPublicHolidays === true ? danishPublicHolidays(fromYear, toYear) : []);
  const first = `${fromYear}-01-01`;
  const last = `${toYear}-12-31`;
  for (const closure of hours.closures) {
    for (let year = fromYear - 1; year <= toYear; year++) {
      for (const day of closureDays(closure.from, closure.to, year)) if (day >= first && day <= last) dates.add(day);
    }
  }
  return [...dates].sort();
}

/**
 * Where the source does not say whether a place closes on public holidays: those days, and the days
 * offices often close although they are not public holidays (Christmas Eve, New Year's Eve, Constitution Day).
 */
export function uncertainDates(fromYear: number, toYear: number): string[] {
  const often = [];
  for (let year = fromYear; year <= toYear; year++) often.push(`${year}-06-05`, `${year}-12-24`, `${year}-12-31`);
  return [...new Set([...danishPublicHolidays(fromYear, toYear), ...often])].sort();
}

/** What the browser needs to tell whether a place is open, with closed days known up to the end of `toYear`. */
export function hoursForBrowser(hours: Hours, fromYear: number, toYear: number): HoursForBrowser {
  if (hours.type !== 'weekly') return { type: hours.type };
  return {
    type: 'weekly',
    rules: hours.rules.map(({ days, opens, closes }) => ({ days, opens, closes })),
    closed: closedDates(hours, fromYear, toYear),
    ...(hours.closedOnPublicHolidays === 'unknown' ? { uncertain: uncertainDates(fromYear, toYear) } : {}),
    knownUntil: `${toYear}-12-31`,
  };
}
