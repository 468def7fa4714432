import { describe, expect, it } from 'vitest';
import { announcementOf, asSentence, describeAvailability, type AvailabilityTexts } from '../../src/lib/availability/describe';

const texts: AvailabilityTexts = {
  loading: 'Henter',
  free: { one: '{count} ledig plads', other: '{count} ledige pladser' },
  full: 'Ingen ledige pladser lige nu',
  unknown: 'Vi ved ikke, om der er plads – ring og spørg',
  noFeed: '',
  stale: 'Sidst meldt: {places} den {time}.',
  updated: '',
  callAnyway: '',
  unknownWhy: '',
  nationwide: [],
  outage: 'Vi kan ikke hente nye tal lige nu. Sidst hentet {time}.',
  announcement: '{name}: {status}',
  beforeScript: '',
};
const at = Date.parse('2026-11-28T07:00:00+01:00');

describe('a centre in words', () => {
  it('says free places in the plural the language uses, full, and unknown', () => {
    expect(describeAvailability({ state: 'free', free: 1, updated: at }, texts, 'da', 'Europe/Copenhagen')).toEqual({
      status: '1 ledig plads',
      spoken: '1 ledig plads',
    });
    expect(describeAvailability({ state: 'free', free: 3, updated: at }, texts, 'da', 'Europe/Copenhagen').status).toBe('3 ledige pladser');
    expect(describeAvailability({ state: 'full', free: 0, updated: at }, texts, 'da', 'Europe/Copenhagen').status).toBe(
      'Ingen ledige pladser lige nu',
    );
    expect(describeAvailability({ state: 'unknown', reason: 'not-reported' }, texts, 'da', 'Europe/Copenhagen').history).toBeUndefined();
  });

  it('gives an old count only as history, in Copenhagen time, and speaks both as sentences', () => {
    const stale = describeAvailability(
      { state: 'unknown', reason: 'stale', lastReport: { free: 3, updated: at } },
      texts,
      'da',
      'Europe/Copenhagen',
    );
    expect(stale.history).toBe('Sidst meldt: 3 ledige pladser den 28. november kl. 07.00.');
    expect(stale.spoken).toBe('Vi ved ikke, om der er plads – ring og spørg. Sidst meldt: 3 ledige pladser den 28. november kl. 07.00.');
  });

  it('ends an announcement with a full stop only where the language has none already', () => {
    expect(asSentence('Fuldt')).toBe('Fuldt.');
    expect(asSentence('هل هناك مكان؟')).toBe('هل هناك مكان؟');
    expect(asSentence('جگہ نہیں ہے۔')).toBe('جگہ نہیں ہے۔');
  });
});

describe('what is announced', () => {
  const rows = (free: number) => [
    { id: 'egmontgaarden', name: 'Egmontgården', spoken: `${free} ledige pladser` },
    { id: 'garvergaarden', name: 'Garvergården', spoken: '1 ledig plads' },
  ];

  it('is nothing on the first answer, then each centre whose words changed', () => {
    const first = announcementOf(null, rows(3), '', texts);
    expect(first.announcement).toBe('');
    expect(announcementOf(first.current, rows(3), '', texts).announcement).toBe('');
    expect(announcementOf(first.current, rows(2), '', texts).announcement).toBe('Egmontgården: 2 ledige pladser.');
  });

  it('says when an outage starts, once, however its time moves on', () => {
    const before = announcementOf(null, rows(3), '', texts).current;
    const started = announcementOf(before, rows(3), 'Vi kan ikke hente nye tal lige nu. Sidst hentet kl. 08.05.', texts);
    expect(started.announcement).toBe('Vi kan ikke hente nye tal lige nu. Sidst hentet kl. 08.05.');
    expect(announcementOf(started.current, rows(3), 'Vi kan ikke hente nye tal lige nu. Sidst hentet kl. 08.06.', texts).announcement).toBe(
      '',
    );
  });
});
