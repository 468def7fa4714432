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
      'Lukket på helligdage',
    ]);
  });

  it('say when the whistleblower line is closed over Christmas', () => {
    expect(describeHours(places.get('socialtilsyn-whistleblower')!.hours!, 'da', t)).toEqual([
      'Mandag–torsdag: 09.00–15.00',
      'Fredag: 09.00–12.00',
      'Lukket på helligdage og mellem jul og nytår',
    ]);
  });

  it('say a place open day and night is always open', () => {
    expect(describeHours({ type: 'always' }, 'da', t)).toEqual(['Åbent hele døgnet, året rundt']);
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
