import { describe, expect, it } from 'vitest';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import type { Weekday } from '../../src/config/weekdays';
import { readSeed } from '../helpers/seed';

const places = readPlacesFromDisk();
const seed = readSeed();
const all = [...places.values()];
const digits = (text: string) => text.replace(/\D/g, '');

describe('place data against the standard', () => {
  it('has every phone number of the standard, digit for digit', () => {
    const seedPhones = [...seed.matchAll(/(?:Telefon|Tlf\.):?\s*(\d[\d ]{6,}\d)/g)].map((match) => digits(match[1]!));
    expect(seedPhones).toHaveLength(8);
    const dataPhones = all.flatMap((place) => (place.phone ? [digits(place.phone.display)] : []));
    expect(dataPhones.sort()).toEqual([...new Set(seedPhones)].sort());
  });

  it('has every e-mail address of the standard exactly', () => {
    const seedEmails = new Set(seed.match(/(?<!mailto:)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g));
    const dataEmails = all.flatMap((place) => (place.email ? [place.email] : []));
    expect(dataEmails.sort()).toEqual([...seedEmails].sort());
  });

  it('has every postal address of the standard', () => {
    // An address in the standard is a street line followed by a "NNNN City" line.
    const lines = seed
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const seedAddresses = lines.flatMap((line, i) => {
      const match = /^(\d{4}) (.+)$/.exec(line);
      if (!match) return [];
      // The standard abbreviates "København" once ("1674 Kbh. V.").
      const city = match[2]!.replace(/^Kbh\. (\w)\.$/, 'København $1');
      return [`${lines[i - 1]!.toLowerCase()} | ${match[1]} ${city}`];
    });
    expect(seedAddresses).toHaveLength(8);
    const dataAddresses = all.flatMap((place) =>
      place.address ? [`${place.address.street.toLowerCase()} | ${place.address.postalCode} ${place.address.city}`] : [],
    );
    expect(dataAddresses.sort()).toEqual(seedAddresses.sort());
  });

  it("has each centre's number of places", () => {
    const seedCapacities = Object.fromEntries(
      [...seed.matchAll(/^(.+?) \((\d+) pladser\)/gm)].map((match) => [match[1]!.trim(), Number(match[2])]),
    );
    const dataCapacities = Object.fromEntries(
      all.filter((place) => place.kind === 'crisis-centre').map((place) => [place.name, place.capacity]),
    );
    expect(dataCapacities).toEqual(seedCapacities);
  });

  it('has the opening hours the standard gives', () => {
    const days: Record<string, Weekday> = { mandag: 'mon', tirsdag: 'tue', onsdag: 'wed', torsdag: 'thu', fredag: 'fri' };
    const order = Object.keys(days);
    /** "Mandag- onsdag: 10-15" → { days: [mon, tue, wed], opens: "10:00", closes: "15:00" } */
    const rulesIn = (text: string) =>
      [
        ...text.matchAll(
          /(mandag|tirsdag|onsdag|torsdag|fredag)(?:\s*-\s*(mandag|tirsdag|onsdag|torsdag|fredag))?:?\s*(?:kl\.\s*)?(\d{1,2})-(\d{1,2})/gi,
        ),
      ].map(([, from, to, opens, closes]) => {
        const start = order.indexOf(from!.toLowerCase());
        const end = to ? order.indexOf(to.toLowerCase()) : start;
        return {
          days: order.slice(start, end + 1).map((day) => days[day]),
          opens: `${opens!.padStart(2, '0')}:00`,
          closes: `${closes!.padStart(2, '0')}:00`,
        };
      });
    const borgercenter = seed.slice(seed.indexOf('Åbningstider:'), seed.indexOf('Den Sociale Døgnvagt ('));
    const whistleblower = seed.slice(seed.indexOf('Åbningstider: Mandag-torsdag'));
    expect(rulesIn(borgercenter)).toHaveLength(3);
    expect(rulesIn(whistleblower)).toHaveLength(2);
    const hours = (id: string) => places.get(id)?.hours;
    // The standard says nothing of public holidays for Borgercenter Voksne, so neither does the data.
    expect(hours('borgercenter-voksne')).toEqual({
      type: 'weekly',
      rules: rulesIn(borgercenter),
      closedOnPublicHolidays: 'unknown',
      closures: [],
    });
    expect(whistleblower).toMatch(/Telefonen er lukket på almindelige helligdage og mellem jul og nytår/);
    expect(hours('socialtilsyn-whistleblower')).toEqual({
      type: 'weekly',
      rules: rulesIn(whistleblower),
      closedOnPublicHolidays: true,
      // "Mellem jul og nytår": from Christmas Eve to New Year's Eve; New Year's Day is a public holiday.
      closures: [{ from: '12-24', to: '12-31', reason: 'christmas-to-new-year' }],
    });
    expect(seed).toContain('Den Sociale Døgnvagt (åbent 24 timer i døgnet året rundt)');
    expect(hours('den-sociale-doegnvagt')).toEqual({ type: 'always' });
    // "Krisecentrene har døgndækning" (section 5): staffed day and night.
    expect(seed).toContain('Krisecentrene har døgndækning');
    for (const [, place] of places) if (place.kind === 'crisis-centre') expect(place.hours).toEqual({ type: 'staffed' });
  });

  it('says which centres have a lift but rooms unfit for wheelchairs (section 5)', () => {
    expect(seed).toMatch(/Egmontgården samt Garvergården er begge udstyret med elevator, men boligerne er ikke\s+kørestolsvenlige/);
    const withAccessNotes = all.filter((place) => place.access).map((place) => [place.name, place.access]);
    expect(withAccessNotes).toEqual([
      ['Egmontgården', { lift: true, wheelchairAccessibleRooms: false }],
      ['Garvergården', { lift: true, wheelchairAccessibleRooms: false }],
    ]);
  });
});

describe('place ids', () => {
  // These ids are in URLs, in markup and in the availability feed other systems write to: they never change.
  it('are exactly the published ids', () => {
    expect([...places.keys()].sort()).toEqual(
      [
        'den-aabne-doer',
        'klostermosegaard',
        'egmontgaarden',
        'garvergaarden',
        'borgercenter-voksne',
        'den-sociale-doegnvagt',
        'center-for-udsatte-voksne-og-familier',
        'borgerraadgiveren',
        'socialtilsyn-whistleblower',
      ].sort(),
    );
  });

  it('give the four crisis centres with their positions and how precise they are', () => {
    const centres = all.filter((place) => place.kind === 'crisis-centre');
    expect(centres.map((place) => place.name).sort()).toEqual(['Den Åbne Dør', 'Egmontgården', 'Garvergården', 'Klostermosegård']);
    expect(places.get('klostermosegaard')?.position).toEqual({ lat: 56.0275, lon: 12.568, method: 'interpolated', uncertaintyMetres: 100 });
  });
});
