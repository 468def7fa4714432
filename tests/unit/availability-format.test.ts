import { afterEach, describe, expect, it } from 'vitest';
import { timeZone } from '../../src/config/site';
import { dateAndTime, plural, timeAgo } from '../../src/lib/availability/format';
import { fill } from '../../src/lib/template';

/*
 * How old a count is and when it was made are what a reader weighs before calling; they must read
 * naturally in her language and show Copenhagen time, whatever her phone is set to.
 */

const minute = 60_000;
const hour = 60 * minute;
const now = Date.UTC(2026, 10, 29, 7, 0, 0);

describe('timeAgo', () => {
  it('says "nu" for under a minute, then minutes, hours and days, in Danish', () => {
    expect(timeAgo(now, now, 'da')).toBe('nu');
    expect(timeAgo(now - 59_000, now, 'da')).toBe('nu');
    expect(timeAgo(now - minute, now, 'da')).toBe('for 1 minut siden');
    expect(timeAgo(now - 5 * minute, now, 'da')).toBe('for 5 minutter siden');
    expect(timeAgo(now - 59 * minute, now, 'da')).toBe('for 59 minutter siden');
    expect(timeAgo(now - 2 * hour, now, 'da')).toBe('for 2 timer siden');
    expect(timeAgo(now - 30 * hour, now, 'da')).toBe('i går');
  });

  it('says the same in English', () => {
    expect(timeAgo(now, now, 'en')).toBe('now');
    expect(timeAgo(now - 5 * minute, now, 'en')).toBe('5 minutes ago');
    expect(timeAgo(now - hour, now, 'en')).toBe('1 hour ago');
    expect(timeAgo(now - 3 * 24 * hour, now, 'en')).toBe('3 days ago');
  });

  it("never speaks of the future when a centre's clock runs a little fast", () => {
    expect(timeAgo(now + 4 * minute, now, 'da')).toBe('nu');
    expect(timeAgo(now + 4 * minute, now, 'en')).toBe('now');
  });
});

describe('dateAndTime', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];

  it('shows Copenhagen time whatever zone the process runs in, summer and winter', () => {
    const summer = Date.UTC(2026, 6, 1, 6, 30); // 08:30 in Copenhagen (UTC+2)
    const winter = Date.UTC(2026, 10, 29, 7, 0); // 08:00 in Copenhagen (UTC+1)
    const seenLocally = new Set<string>();
    for (const zone of zones) {
      process.env.TZ = zone;
      // The process zone really changed, so a formatter that ignored `timeZone` would be caught.
      seenLocally.add(new Intl.DateTimeFormat('en', { hour: '2-digit', hourCycle: 'h23' }).format(winter));
      expect(dateAndTime(summer, 'da', timeZone), zone).toBe('1. juli kl. 08.30');
      expect(dateAndTime(winter, 'da', timeZone), zone).toBe('29. november kl. 08.00');
      expect(dateAndTime(winter, 'en', timeZone), zone).toBe('November 29 at 08:00');
    }
    expect(seenLocally.size).toBe(zones.length);
  });

  it('writes midnight as 00, not 24', () => {
    process.env.TZ = 'UTC';
    expect(dateAndTime(Date.UTC(2026, 10, 28, 23, 0), 'da', timeZone)).toBe('29. november kl. 00.00');
    expect(dateAndTime(Date.UTC(2026, 10, 28, 23, 5), 'en', timeZone)).toBe('November 29 at 00:05');
  });
});

describe('plural', () => {
  const danish = { one: '{count} ledig plads', other: '{count} ledige pladser' };

  it('uses Danish one and other', () => {
    expect(plural(danish, 1, 'da')).toBe('1 ledig plads');
    expect(plural(danish, 0, 'da')).toBe('0 ledige pladser');
    expect(plural(danish, 2, 'da')).toBe('2 ledige pladser');
    expect(plural(danish, 1000, 'da')).toBe('1.000 ledige pladser');
  });

  it('uses all six Arabic categories', () => {
    const arabic = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((count) => plural(arabic, count, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
    ]);
  });

  it("falls back to other when a language's category is missing", () => {
    expect(plural({ one: 'one', other: 'other' }, 3, 'ar')).toBe('other');
    expect(plural({}, 3, 'da')).toBe('');
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones as they are', () => {
    expect(fill('{name}: {status}.', { name: 'Egmontgården' })).toBe('Egmontgården: {status}.');
    expect(fill('{a} og {a}', { a: 'x' })).toBe('x og x');
  });

  it('leaves placeholders named like built-in properties alone', () => {
    expect(fill('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('inserts values literally, without filling them again or reading $ patterns', () => {
    expect(fill('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
    expect(fill('{a}', { a: "$& $' $1" })).toBe("$& $' $1");
  });
});
