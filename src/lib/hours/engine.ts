import { timeZone } from '../../config/site';
import { weekdays, type Weekday } from '../../config/weekdays';

/*
 * Whether a place is open at a given moment. Pure and small: it runs in the browser inside an inline
 * script, so it imports nothing but types. Every time is Copenhagen wall-clock time, whatever zone the
 * device is in; Intl does the zone arithmetic (Temporal is not in Safari).
 */

export interface HoursForBrowser {
  type: 'always' | 'staffed' | 'weekly';
  rules?: { days: Weekday[]; opens: string; closes: string }[];
  /** Copenhagen dates (YYYY-MM-DD) on which the place is closed all day. */
  closed?: string[];
  /** Copenhagen dates on which it is not known whether the place opens: the engine does not guess. */
  uncertain?: string[];
  /** The last date `closed` covers; beyond it the engine does not guess. */
  knownUntil?: string;
}

export type OpenStatus =
  { kind: 'always' } | { kind: 'open'; closesAt: number } | { kind: 'closed'; opensAt: number } | { kind: 'unknown' };

const MINUTE = 60_000;
export const DAY = 86_400_000;
/** How far ahead to look for the next opening before giving up. */
const LOOKAHEAD_DAYS = 14;
// The week's days in the order of Date#getUTCDay, which starts on Sunday.
const WEEKDAYS: readonly Weekday[] = [weekdays[6], ...weekdays.slice(0, 6)];

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of `instant` in `timeZone`, as milliseconds of the same reading in UTC (whole minutes). */
function wallClock(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    // hourCycle 'h23', not hour12: false, which prints midnight as "24" in some engines.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!);
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
const offset = (instant: number, timeZone: string): number => wallClock(instant, timeZone) - Math.floor(instant / MINUTE) * MINUTE;

const dayStart = (date: string): number => {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
};
/** The UTC calendar date of a millisecond count, as YYYY-MM-DD. */
export const isoDate = (ms: number): string => {
  const day = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
};
/** The calendar day after a YYYY-MM-DD date. */
export const nextDate = (date: string): string => isoDate(dayStart(date) + DAY);

const clockMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** UTC offsets a day either side of a wall-clock time, by zone and time; a few dozen at most. */
const offsetsAround = new Map<string, [number, number]>();

/**
 * The instant at which the clock in `timeZone` first reads `minutes` past midnight on `date` (or later)
 * after `after`. Guess with the offsets a day either side; they differ only around a daylight-saving
 * change. When the clocks go back the reading happens twice and the earlier one still to come counts;
 * when they go forward it does not happen at all and the moment of the change counts, which is when a
 * place that opens then is first open by `statusAt`.
 */
function toInstant(date: string, minutes: number, timeZone: string, after: number): number {
  const wall = dayStart(date) + minutes * MINUTE;
  // The next opening or closing stays the same for hours on end; keep its offsets rather than ask Intl again.
  const key = `${timeZone} ${wall}`;
  let around = offsetsAround.get(key);
  if (!around) {
    if (offsetsAround.size > 50) offsetsAround.clear();
    around = [offset(wall - DAY, timeZone), offset(wall + DAY, timeZone)];
    offsetsAround.set(key, around);
  }
  const [offsetBefore, offsetAfter] = around;
  if (offsetBefore === offsetAfter) return wall - offsetBefore;
  const valid = [wall - offsetBefore, wall - offsetAfter].filter((t) => offset(t, timeZone) === wall - t);
  // In the hour read twice, the first reading still to come (at 02:15 the second time, 02:30 is 15 minutes off).
  const coming = valid.filter((t) => t > after);
  if (coming.length) return Math.min(...coming);
  if (valid.length) return Math.max(...valid);
  // In the gap: search the minute of the change between the two guesses.
  let lo = Math.min(wall - offsetBefore, wall - offsetAfter);
  let hi = Math.max(wall - offsetBefore, wall - offsetAfter);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallClock(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The Copenhagen wall-clock parts of an instant (for formatting "Thursday 13:00" / "today" / "tomorrow"). */
export function localParts(instant: number, zone = timeZone): { date: string; weekday: Weekday; minutes: number } {
  const wall = wallClock(instant, zone);
  const midnight = Math.floor(wall / DAY) * DAY;
  return { date: isoDate(midnight), weekday: WEEKDAYS[new Date(midnight).getUTCDay()]!, minutes: (wall - midnight) / MINUTE };
}

/** Whether the place is open at `instant`, and until when, or when it next opens. */
export function statusAt(hours: HoursForBrowser, instant: number, zone = timeZone): OpenStatus {
  if (hours.type !== 'weekly') return { kind: 'always' };
  const unknown: OpenStatus = { kind: 'unknown' };
  const uncertain = hours.uncertain ?? [];
  const beyondKnown = (date: string) => (hours.knownUntil !== undefined && date > hours.knownUntil) || uncertain.includes(date);
  const now = localParts(instant, zone);
  if (beyondKnown(now.date)) return unknown;
  const closed = hours.closed ?? [];
  const rules = (hours.rules ?? []).map((rule) => ({
    days: rule.days,
    opens: clockMinutes(rule.opens),
    closes: clockMinutes(rule.closes),
  }));

  if (!closed.includes(now.date)) {
    const today = rules.filter((rule) => rule.days.includes(now.weekday));
    const current = today.find((rule) => rule.opens <= now.minutes && now.minutes < rule.closes);
    if (current) {
      // Rules that overlap or meet (09–12 and 12–15) keep the place open until the last of them closes.
      let closes = current.closes;
      for (let extended = true; extended;) {
        extended = false;
        for (const rule of today) {
          if (rule.opens <= closes && rule.closes > closes) {
            closes = rule.closes;
            extended = true;
          }
        }
      }
      return { kind: 'open', closesAt: toInstant(now.date, closes, zone, instant) };
    }
  }

  const start = dayStart(now.date);
  for (let ahead = 0; ahead <= LOOKAHEAD_DAYS; ahead++) {
    const date = isoDate(start + ahead * DAY);
    if (beyondKnown(date)) return unknown;
    if (closed.includes(date)) continue;
    const weekday = WEEKDAYS[new Date(start + ahead * DAY).getUTCDay()]!;
    const opens = rules.filter((rule) => rule.days.includes(weekday) && (ahead > 0 || rule.opens > now.minutes)).map((rule) => rule.opens);
    if (opens.length) return { kind: 'closed', opensAt: toInstant(date, Math.min(...opens), zone, instant) };
  }
  return unknown;
}
