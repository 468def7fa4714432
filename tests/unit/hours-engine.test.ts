import { afterEach, describe, expect, it } from 'vitest';
import type { Hours } from '../../src/schemas/hours';
import { localParts, statusAt, type HoursForBrowser, type OpenStatus } from '../../src/lib/hours/engine';
import { closedDates, danishPublicHolidays, hoursForBrowser, uncertainDates } from '../../src/lib/hours/holidays';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const places = readPlacesFromDisk();
const borgercenterHours = places.get('borgercenter-voksne')!.hours!;
const whistleblowerHours = places.get('socialtilsyn-whistleblower')!.hours!;

/** A place as the page gives it to the browser: closed days known for 2026–2028. */
function forBrowser(hours: Hours): HoursForBrowser {
  if (hours.type !== 'weekly') return { type: hours.type };
  return { type: 'weekly', rules: hours.rules, closed: closedDates(hours, 2026, 2028), knownUntil: '2028-12-31' };
}
const borgercenter = forBrowser(borgercenterHours);
const whistleblower = forBrowser(whistleblowerHours);

/** An instant written with its offset, e.g. at('2026-06-17T15:30+02:00'). */
const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad date in test: ${iso}`);
  return ms;
};
const open = (closesAt: string): OpenStatus => ({ kind: 'open', closesAt: at(closesAt) });
const closed = (opensAt: string): OpenStatus => ({ kind: 'closed', opensAt: at(opensAt) });

// Danish public holidays, written out by hand from the calendar (Easter 2026: 5 April, 2027: 28 March,
// 2028: 16 April). No Store Bededag: it was abolished from 2024.
const holidays2026 = [
  '2026-01-01',
  '2026-04-02',
  '2026-04-03',
  '2026-04-05',
  '2026-04-06',
  '2026-05-14',
  '2026-05-24',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
];
const holidays2027 = [
  '2027-01-01',
  '2027-03-25',
  '2027-03-26',
  '2027-03-28',
  '2027-03-29',
  '2027-05-06',
  '2027-05-16',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
];
const holidays2028 = [
  '2028-01-01',
  '2028-04-13',
  '2028-04-14',
  '2028-04-16',
  '2028-04-17',
  '2028-05-25',
  '2028-06-04',
  '2028-06-05',
  '2028-12-25',
  '2028-12-26',
];
const allHolidays = [...holidays2026, ...holidays2027, ...holidays2028];

/*
 * The oracle: an independent reading of the places' hours. Its zone arithmetic is plain UTC offsets with
 * the Danish summer-time dates written out (01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October), not Intl as in the engine.
 */
const summerTime: Record<number, [string, string]> = {
  2026: ['2026-03-29', '2026-10-25'],
  2027: ['2027-03-28', '2027-10-31'],
  2028: ['2028-03-26', '2028-10-29'],
};
function offsetAt(instant: number): number {
  const [start, end] = summerTime[new Date(instant).getUTCFullYear()]!;
  return instant >= Date.parse(`${start}T01:00Z`) && instant < Date.parse(`${end}T01:00Z`) ? 2 * HOUR : HOUR;
}
/** A Copenhagen date and time after 03:00 as an instant (no opening hour here is near the changes). */
function utcOf(date: string, minutes: number): number {
  const [start, end] = summerTime[Number(date.slice(0, 4))]!;
  const offset = date >= start && date < end ? 2 * HOUR : HOUR;
  return Date.parse(`${date}T00:00Z`) + minutes * MINUTE - offset;
}
// Weekly tables, indexed by getUTCDay (0 = Sunday): [opens, closes] in minutes after midnight.
type Table = ([number, number] | undefined)[];
const borgercenterTable: Table = [undefined, [600, 900], [600, 900], [600, 900], [780, 1080], [600, 780], undefined];
const whistleblowerTable: Table = [undefined, [540, 900], [540, 900], [540, 900], [540, 900], [540, 720], undefined];
const christmasClosure = (year: number) => ['24', '25', '26', '27', '28', '29', '30', '31'].map((day) => `${year}-12-${day}`);
const whistleblowerClosed = new Set([...allHolidays, ...christmasClosure(2026), ...christmasClosure(2027), ...christmasClosure(2028)]);

function oracle(table: Table, closedOn: Set<string>, instant: number): OpenStatus {
  const local = instant + offsetAt(instant);
  const date = new Date(local).toISOString().slice(0, 10);
  const minutes = Math.floor((local % DAY) / MINUTE);
  const today = table[new Date(local).getUTCDay()];
  if (!closedOn.has(date) && today && today[0] <= minutes && minutes < today[1]) {
    return { kind: 'open', closesAt: utcOf(date, today[1]) };
  }
  for (let k = 0; k <= 14; k++) {
    const day = new Date(Date.parse(`${date}T00:00Z`) + k * DAY);
    const dayDate = day.toISOString().slice(0, 10);
    const hours = table[day.getUTCDay()];
    if (!closedOn.has(dayDate) && hours && (k > 0 || hours[0] > minutes)) return { kind: 'closed', opensAt: utcOf(dayDate, hours[0]) };
  }
  return { kind: 'unknown' };
}

/** Every 15 minutes of 2027 where the engine and the oracle disagree (the first few). */
function disagreements(hours: HoursForBrowser, table: Table, closedOn: Set<string>): string[] {
  const found: string[] = [];
  const end = Date.parse('2028-01-01T00:00Z');
  for (let t = Date.parse('2026-12-31T23:00Z'); t < end && found.length < 5; t += 15 * MINUTE) {
    const actual = statusAt(hours, t);
    const expected = oracle(table, closedOn, t);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      found.push(`${new Date(t).toISOString()}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
  }
  return found;
}

describe('the opening-hours engine, against an independent reading of the hours', () => {
  it("agrees every 15 minutes of 2027 for Borgercenter Voksne's week, as a place open on public holidays", () => {
    expect(disagreements(borgercenter, borgercenterTable, new Set())).toEqual([]);
  });

  it('agrees every 15 minutes of 2027 for the whistleblower line (closed on holidays and at Christmas)', () => {
    expect(disagreements(whistleblower, whistleblowerTable, whistleblowerClosed)).toEqual([]);
  });

  it('has an oracle that tells the two places apart (so the walks above compare something)', () => {
    // Maundy Thursday 2027, 14:00: Borgercenter Voksne is open, the whistleblower line is not.
    const t = at('2027-03-25T14:00+01:00');
    expect(oracle(borgercenterTable, new Set(), t)).toEqual(open('2027-03-25T18:00+01:00'));
    expect(oracle(whistleblowerTable, whistleblowerClosed, t)).toEqual(closed('2027-03-30T09:00+02:00'));
  });
});

describe('opening and closing minutes', () => {
  // Wednesday 17 June 2026, summer time.
  it('opens on the minute and closes on the minute', () => {
    expect(statusAt(borgercenter, at('2026-06-17T09:59+02:00'))).toEqual(closed('2026-06-17T10:00+02:00'));
    expect(statusAt(borgercenter, at('2026-06-17T10:00+02:00'))).toEqual(open('2026-06-17T15:00+02:00'));
    expect(statusAt(borgercenter, at('2026-06-17T14:59+02:00'))).toEqual(open('2026-06-17T15:00+02:00'));
    expect(statusAt(borgercenter, at('2026-06-17T15:00+02:00'))).toEqual(closed('2026-06-18T13:00+02:00'));
  });

  it('finds the next opening on a later day', () => {
    // Wednesday 15:30 → Thursday 13:00; Friday 13:00 → Monday 10:00; Saturday night → Monday.
    expect(statusAt(borgercenter, at('2026-06-17T15:30+02:00'))).toEqual(closed('2026-06-18T13:00+02:00'));
    expect(statusAt(borgercenter, at('2026-06-19T13:00+02:00'))).toEqual(closed('2026-06-22T10:00+02:00'));
    expect(statusAt(borgercenter, at('2026-06-20T23:59+02:00'))).toEqual(closed('2026-06-22T10:00+02:00'));
    // Thursday before its late opening: the same day, not Friday.
    expect(statusAt(borgercenter, at('2026-06-18T11:00+02:00'))).toEqual(closed('2026-06-18T13:00+02:00'));
  });

  it('keeps a place open across rules that meet, until the last of them closes', () => {
    const split: HoursForBrowser = {
      type: 'weekly',
      rules: [
        { days: ['mon'], opens: '09:00', closes: '12:00' },
        { days: ['mon'], opens: '12:00', closes: '15:00' },
        { days: ['mon'], opens: '16:00', closes: '17:00' },
      ],
    };
    expect(statusAt(split, at('2026-06-15T10:00+02:00'))).toEqual(open('2026-06-15T15:00+02:00'));
    expect(statusAt(split, at('2026-06-15T15:30+02:00'))).toEqual(closed('2026-06-15T16:00+02:00'));
  });
});

describe('public holidays and the Christmas closure', () => {
  it('lists exactly the Danish public holidays of 2026–2028', () => {
    expect(danishPublicHolidays(2026, 2028)).toEqual(allHolidays);
  });

  it('closes the whistleblower line on every public holiday of 2026, 2027 and 2028', () => {
    const withoutHolidays: HoursForBrowser = { ...whistleblower, closed: [] };
    const closedOn = closedDates(whistleblowerHours, 2026, 2028);
    for (const day of allHolidays) {
      const tenOClock = utcOf(day, 600);
      expect(closedOn, day).toContain(day);
      // Not open; at Christmas 2028 the next opening is past the known dates, so 'unknown' rather than 'closed'.
      expect(statusAt(whistleblower, tenOClock).kind, day).toBe(day >= '2028-12-24' ? 'unknown' : 'closed');
      // On a weekday it is the holiday, not the week, that closes it.
      const weekday = new Date(`${day}T00:00Z`).getUTCDay();
      if (weekday >= 1 && weekday <= 5) expect(statusAt(withoutHolidays, tenOClock).kind, day).toBe('open');
    }
  });

  it('keeps a place whose data says it opens on public holidays open on them', () => {
    // Good Friday 2026 (3 April), 11:00, with Borgercenter Voksne's week and no holidays closed.
    expect(statusAt(borgercenter, at('2026-04-03T11:00+02:00'))).toEqual(open('2026-04-03T13:00+02:00'));
  });

  it('claims nothing for Borgercenter Voksne on the days its hours are not known: public holidays, 24 and 31 December, 5 June', () => {
    // The standard gives its week but says nothing of holidays, so the data says "unknown".
    expect(borgercenterHours.type === 'weekly' && borgercenterHours.closedOnPublicHolidays).toBe('unknown');
    const real = hoursForBrowser(borgercenterHours, 2026, 2028);
    expect(statusAt(real, at('2026-04-03T11:00+02:00'))).toEqual({ kind: 'unknown' }); // Good Friday
    expect(statusAt(real, at('2026-12-24T14:00+01:00'))).toEqual({ kind: 'unknown' }); // Christmas Eve, a Thursday
    expect(statusAt(real, at('2026-06-05T11:00+02:00'))).toEqual({ kind: 'unknown' }); // Constitution Day, a Friday
    // Nor "opens tomorrow" when tomorrow is such a day: Wednesday 23 December after closing.
    expect(statusAt(real, at('2026-12-23T16:00+01:00'))).toEqual({ kind: 'unknown' });
    // An ordinary week is unaffected.
    expect(statusAt(real, at('2026-06-17T11:00+02:00'))).toEqual(open('2026-06-17T15:00+02:00'));
    expect(uncertainDates(2027, 2027)).toEqual([...danishPublicHolidays(2027, 2027), '2027-06-05', '2027-12-24', '2027-12-31'].sort());
  });

  it('does not take Store Bededag (1 May 2026, the fourth Friday after Easter) as a holiday', () => {
    expect(new Date('2026-05-01T00:00Z').getUTCDay()).toBe(5);
    expect(danishPublicHolidays(2026, 2026)).not.toContain('2026-05-01');
    expect(statusAt(whistleblower, at('2026-05-01T10:00+02:00'))).toEqual(open('2026-05-01T12:00+02:00'));
  });

  it('closes the whistleblower line from Christmas Eve to New Year, and opens it on 2 January', () => {
    // 24 and 31 December 2026 are Thursdays; neither is a public holiday, the closure closes them.
    expect(danishPublicHolidays(2026, 2026)).not.toContain('2026-12-24');
    expect(danishPublicHolidays(2026, 2026)).not.toContain('2026-12-31');
    expect(statusAt(whistleblower, at('2026-12-24T10:00+01:00'))).toEqual(closed('2027-01-04T09:00+01:00'));
    expect(statusAt(whistleblower, at('2026-12-31T10:00+01:00'))).toEqual(closed('2027-01-04T09:00+01:00'));
    // Friday 2 January 2026 follows New Year's Day, which the closure of 2025 does not reach.
    expect(statusAt(whistleblower, at('2026-01-01T10:00+01:00'))).toEqual(closed('2026-01-02T09:00+01:00'));
    expect(statusAt(whistleblower, at('2026-01-02T10:00+01:00'))).toEqual(open('2026-01-02T12:00+01:00'));
  });

  it('expands a closure over New Year from the year before and stops at the last year asked for', () => {
    const hours: Hours = {
      type: 'weekly',
      rules: [{ days: ['mon'], opens: '09:00', closes: '12:00' }],
      closedOnPublicHolidays: false,
      closures: [{ from: '12-30', to: '01-02', reason: 'christmas-to-new-year' }],
    };
    expect(closedDates(hours, 2026, 2027)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-12-30',
      '2027-12-31',
    ]);
  });

  it('counts 10 public holidays in 2024, without Store Bededag, and 11 in 2023, with it', () => {
    const in2024 = danishPublicHolidays(2024, 2024);
    expect(in2024).toHaveLength(10);
    expect(in2024).not.toContain('2024-04-26'); // Store Bededag 2024 would have been 26 April.
    const in2023 = danishPublicHolidays(2023, 2023);
    expect(in2023).toHaveLength(11);
    expect(in2023).toContain('2023-05-05');
  });

  it('gives the browser only dates and rules, known to the end of the last year', () => {
    expect(hoursForBrowser(whistleblowerHours, 2026, 2028)).toEqual(whistleblower);
    expect(hoursForBrowser({ type: 'staffed' }, 2026, 2028)).toEqual({ type: 'staffed' });
  });
});

describe('daylight-saving changes', () => {
  it('gets opening times right over the spring change of 2026 (29 March)', () => {
    // Saturday before: opens Monday 10:00 summer time, 08:00 UTC.
    expect(statusAt(borgercenter, at('2026-03-28T12:00+01:00'))).toEqual(closed('2026-03-30T08:00Z'));
    expect(statusAt(whistleblower, at('2026-03-28T12:00+01:00'))).toEqual(closed('2026-03-30T07:00Z'));
    // On the Sunday itself, before, in and after the skipped hour.
    expect(statusAt(borgercenter, at('2026-03-29T00:59Z'))).toEqual(closed('2026-03-30T08:00Z'));
    expect(statusAt(borgercenter, at('2026-03-29T01:00Z'))).toEqual(closed('2026-03-30T08:00Z'));
    // Friday before, open in winter time.
    expect(statusAt(borgercenter, at('2026-03-27T12:00+01:00'))).toEqual(open('2026-03-27T12:00Z'));
  });

  it('gets opening times right over the autumn change of 2026 (25 October)', () => {
    expect(statusAt(borgercenter, at('2026-10-24T12:00+02:00'))).toEqual(closed('2026-10-26T09:00Z'));
    expect(statusAt(whistleblower, at('2026-10-23T11:00+02:00'))).toEqual(open('2026-10-23T10:00Z'));
    expect(statusAt(whistleblower, at('2026-10-23T12:00+02:00'))).toEqual(closed('2026-10-26T08:00Z'));
    // In the hour read twice: 02:30 summer time and 02:30 winter time.
    expect(statusAt(whistleblower, at('2026-10-25T02:30+02:00'))).toEqual(closed('2026-10-26T08:00Z'));
    expect(statusAt(whistleblower, at('2026-10-25T02:30+01:00'))).toEqual(closed('2026-10-26T08:00Z'));
  });

  it('gets opening times right over the changes of 2027, the spring one at Easter', () => {
    // Easter Sunday is 28 March 2027, the day of the change; Easter Monday is a holiday for the
    // whistleblower line (opens Tuesday) but not for Borgercenter Voksne (opens Monday).
    expect(statusAt(borgercenter, at('2027-03-27T12:00+01:00'))).toEqual(closed('2027-03-29T08:00Z'));
    expect(statusAt(whistleblower, at('2027-03-27T12:00+01:00'))).toEqual(closed('2027-03-30T07:00Z'));
    expect(statusAt(borgercenter, at('2027-10-30T12:00+02:00'))).toEqual(closed('2027-11-01T09:00Z'));
    expect(statusAt(whistleblower, at('2027-10-29T11:00+02:00'))).toEqual(open('2027-10-29T10:00Z'));
  });

  it('gets opening times right over the changes of 2028', () => {
    expect(statusAt(borgercenter, at('2028-03-25T12:00+01:00'))).toEqual(closed('2028-03-27T08:00Z'));
    expect(statusAt(whistleblower, at('2028-03-24T11:00+01:00'))).toEqual(open('2028-03-24T11:00Z'));
    expect(statusAt(borgercenter, at('2028-10-28T12:00+02:00'))).toEqual(closed('2028-10-30T09:00Z'));
    expect(statusAt(whistleblower, at('2028-10-27T11:00+02:00'))).toEqual(open('2028-10-27T10:00Z'));
  });

  it('opens at the change itself a place whose opening falls in the skipped hour', () => {
    // Sunday 29 March 2026: 02:30 never happens; the clock reads 03:00 at 01:00 UTC, and the place is open.
    const night: HoursForBrowser = { type: 'weekly', rules: [{ days: ['sun'], opens: '02:30', closes: '05:00' }] };
    expect(statusAt(night, at('2026-03-29T00:59Z'))).toEqual(closed('2026-03-29T01:00Z'));
    expect(statusAt(night, at('2026-03-29T01:00Z'))).toEqual(open('2026-03-29T05:00+02:00'));
    // Closing in the skipped hour: closed from the change on.
    const early: HoursForBrowser = { type: 'weekly', rules: [{ days: ['sun'], opens: '01:00', closes: '02:30' }] };
    expect(statusAt(early, at('2026-03-29T00:30Z'))).toEqual(open('2026-03-29T01:00Z'));
    expect(statusAt(early, at('2026-03-29T01:00Z')).kind).toBe('closed');
  });

  it('takes the next reading of a time in the hour read twice', () => {
    // Sunday 25 October 2026: 02:00–03:00 comes first in summer time, then again in winter time.
    const night: HoursForBrowser = { type: 'weekly', rules: [{ days: ['sun'], opens: '02:30', closes: '04:00' }] };
    expect(statusAt(night, at('2026-10-25T02:00+02:00'))).toEqual(closed('2026-10-25T02:30+02:00'));
    expect(statusAt(night, at('2026-10-25T02:15+01:00'))).toEqual(closed('2026-10-25T02:30+01:00'));
    expect(statusAt(night, at('2026-10-25T02:30+02:00'))).toEqual(open('2026-10-25T04:00+01:00'));
  });

  it('reads the Copenhagen clock, with midnight as 00 and not 24', () => {
    expect(localParts(at('2026-03-29T01:00Z'))).toEqual({ date: '2026-03-29', weekday: 'sun', minutes: 180 });
    expect(localParts(at('2026-10-25T01:30Z'))).toEqual({ date: '2026-10-25', weekday: 'sun', minutes: 150 });
    expect(localParts(at('2026-12-31T23:00Z'))).toEqual({ date: '2027-01-01', weekday: 'fri', minutes: 0 });
    expect(localParts(at('2027-06-30T21:59:59Z'))).toEqual({ date: '2027-06-30', weekday: 'wed', minutes: 1439 });
  });
});

describe('a device in another time zone', () => {
  const originalTZ = process.env.TZ;
  afterEach(() => {
    if (originalTZ === undefined) delete process.env.TZ;
    else process.env.TZ = originalTZ;
  });

  /** Statuses and clock readings every 37 minutes over both DST weekends of 2027 and the Christmas closure. */
  function sample(): unknown[] {
    const results: unknown[] = [];
    for (const [from, to] of [
      ['2027-03-26T00:00Z', '2027-03-31T00:00Z'],
      ['2027-10-29T00:00Z', '2027-11-02T00:00Z'],
      ['2027-12-22T00:00Z', '2028-01-04T00:00Z'],
    ] as const) {
      for (let t = Date.parse(from); t < Date.parse(to); t += 37 * MINUTE) {
        results.push([statusAt(borgercenter, t), statusAt(whistleblower, t), localParts(t)]);
      }
    }
    return results;
  }

  it.each([
    ['America/Los_Angeles', 480],
    ['Asia/Tokyo', -540],
  ])('gives the same answers in %s', (zone, januaryOffset) => {
    process.env.TZ = 'UTC';
    const inUtc = sample();
    process.env.TZ = zone;
    // The zone has taken effect for this process, so the comparison below means something.
    expect(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset()).toBe(januaryOffset);
    expect(sample()).toEqual(inUtc);
    // And the answers are right, not merely the same.
    const t = at('2027-03-27T12:00+01:00');
    expect(statusAt(whistleblower, t)).toEqual(oracle(whistleblowerTable, whistleblowerClosed, t));
  });
});

describe('places without weekly hours, and the edge of what is known', () => {
  it('calls Den Sociale Døgnvagt and the crisis centres always open', () => {
    const t = at('2026-12-24T03:00+01:00');
    expect(statusAt({ type: 'always' }, t)).toEqual({ kind: 'always' });
    expect(statusAt({ type: 'staffed' }, t)).toEqual({ kind: 'always' });
    expect(statusAt(forBrowser({ type: 'staffed' }), t)).toEqual({ kind: 'always' });
  });

  it('answers unknown after the last date with holiday data', () => {
    expect(statusAt(borgercenter, at('2029-01-02T11:00+01:00'))).toEqual({ kind: 'unknown' });
    // Friday 29 December 2028 after closing: the next opening (Monday 1 January 2029) is past what is known.
    expect(statusAt(borgercenter, at('2028-12-29T14:00+01:00'))).toEqual({ kind: 'unknown' });
    // The same moment with no limit given: Monday 10:00.
    expect(statusAt({ ...borgercenter, knownUntil: undefined }, at('2028-12-29T14:00+01:00'))).toEqual(closed('2029-01-01T10:00+01:00'));
    // Open on the last known day is still open.
    expect(statusAt(borgercenter, at('2028-12-29T11:00+01:00'))).toEqual(open('2028-12-29T13:00+01:00'));
  });

  it('answers unknown when no opening comes within 14 days', () => {
    const days = Array.from({ length: 21 }, (_, i) => new Date(Date.parse('2027-07-01T00:00Z') + i * DAY).toISOString().slice(0, 10));
    const shut: HoursForBrowser = { ...borgercenter, closed: days };
    expect(statusAt(shut, at('2027-07-01T11:00+02:00'))).toEqual({ kind: 'unknown' });
    // With one week fewer it finds Thursday 15 July, 13:00.
    expect(statusAt({ ...shut, closed: days.slice(0, 14) }, at('2027-07-01T11:00+02:00'))).toEqual(closed('2027-07-15T13:00+02:00'));
  });
});
