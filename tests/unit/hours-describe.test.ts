import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { describeDays, describeHours, formatClockTime } from '../../src/lib/hours/describe';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';

const t = useTranslations('da');
const places = readPlacesFromDisk();

describe('opening hours in words', () => {
  it("give Borgercenter Voksne's week as the standard does", () => {
    expect(describeHours(places.get('borgercenter-voksne')!.hours!, 'da', t)).toEqual([
      'Mandag–onsdag: 10.00–15.00',
      'Torsdag: 13.00–18.00',
      'Fredag: 10.00–13.00',
    ]);
  });

  it('say when the whistleblower line is closed over Christmas', () => {
    expect(describeHours(places.get('socialtilsyn-whistleblower')!.hours!, 'da', t)).toEqual([
      'Mandag–torsdag: 09.00–15.00',
      'Fredag: 09.00–12.00',
      'Lukket på helligdage og mellem jul og nytår',
    ]);
  });

  it('keep the hours of a right-to-left line whole and left-to-right, as one range', () => {
    const [monday] = describeHours(places.get('borgercenter-voksne')!.hours!, 'ar', useTranslations('ar'));
    const hours = `${formatClockTime('10:00', 'ar')}–${formatClockTime('15:00', 'ar')}`;
    expect(monday).toContain(`\u2066${hours}\u2069`);
    expect(describeHours(places.get('borgercenter-voksne')!.hours!, 'en', useTranslations('en'))[0]).not.toContain('\u2066');
  });

  it('say a place open day and night is always open, and a crisis centre has staff day and night', () => {
    expect(describeHours({ type: 'always' }, 'da', t)).toEqual(['Åbent hele døgnet, året rundt']);
    expect(describeHours({ type: 'staffed' }, 'da', t)).toEqual(['Personale hele døgnet']);
  });

  it('say when a place is closed on public holidays only where the data says so', () => {
    const weekday = { days: ['mon' as const], opens: '09:00', closes: '12:00' };
    expect(describeHours({ type: 'weekly', rules: [weekday], closedOnPublicHolidays: true, closures: [] }, 'da', t)).toEqual([
      'Mandag: 09.00–12.00',
      'Lukket på helligdage',
    ]);
  });

  it('list days that do not follow each other, and join two days without a range', () => {
    expect(describeDays(['fri', 'mon'], 'da')).toBe('Mandag og fredag');
    expect(describeDays(['mon', 'tue'], 'da')).toBe('Mandag og tirsdag');
  });

  it('write times the way each language does', () => {
    expect(formatClockTime('09:00', 'da')).toBe('09.00');
    expect(formatClockTime('18:30', 'en-GB')).toBe('18:30');
  });
});
