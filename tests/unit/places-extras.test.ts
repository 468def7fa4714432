import { describe, expect, it } from 'vitest';
import { buildTime, buildYear } from '../../src/config/build-time';
import { mapSettings } from '../../src/config/map';
import { describeNow, type OpenNowTexts } from '../../src/lib/hours/now-text';
import { jsonLd, placeStructuredData } from '../../src/lib/structured-data';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { openNowTexts, useTranslations } from '../../src/i18n';

const places = readPlacesFromDisk();

/** The texts the page hands the browser, as BaseLayout builds them. */
function textsIn(lang: 'da' | 'en'): OpenNowTexts {
  return openNowTexts(useTranslations(lang));
}

// Thursday 3 December 2026, 17:55 in Copenhagen (UTC+1).
const thursday1755 = Date.UTC(2026, 11, 3, 16, 55);
const at = (iso: string) => Date.parse(iso);

describe('the open-now line', () => {
  it("says when an open place closes, in Copenhagen time and the reader's language", () => {
    const status = { kind: 'open', closesAt: at('2026-12-03T18:00:00+01:00') } as const;
    expect(describeNow(status, false, thursday1755, 'da', textsIn('da'))).toEqual({ text: 'Åbent nu · lukker kl. 18.00', open: true });
    expect(describeNow(status, false, thursday1755, 'en', textsIn('en')).text).toContain('18:00');
    // In a right-to-left page the time is isolated left-to-right.
    expect(describeNow(status, false, thursday1755, 'ar', textsIn('en'), true).text).toContain('\u2066');
  });

  it('says when a closed place opens: today, tomorrow, or the weekday', () => {
    const texts = textsIn('da');
    const closed = (iso: string) => ({ kind: 'closed', opensAt: at(iso) }) as const;
    expect(describeNow(closed('2026-12-03T19:00:00+01:00'), false, thursday1755, 'da', texts).text).toBe('Lukket · åbner i dag kl. 19.00');
    expect(describeNow(closed('2026-12-04T10:00:00+01:00'), false, thursday1755, 'da', texts)).toEqual({
      text: 'Lukket · åbner i morgen kl. 10.00',
      open: false,
    });
    expect(describeNow(closed('2026-12-07T10:00:00+01:00'), false, thursday1755, 'da', texts).text).toBe(
      'Lukket · åbner mandag 7. december kl. 10.00',
    );
    // Saturday 23:30 before the spring clock change: Monday is not "tomorrow", though it is under 48 hours away.
    expect(describeNow(closed('2026-03-30T10:00:00+02:00'), false, at('2026-03-28T23:30:00+01:00'), 'da', texts).text).toBe(
      'Lukket · åbner mandag 30. marts kl. 10.00',
    );
    // Tomorrow by the Copenhagen calendar, not the phone's: 23:30 in Copenhagen is still Thursday.
    expect(describeNow(closed('2026-12-04T09:00:00+01:00'), false, at('2026-12-03T23:30:00+01:00'), 'da', texts).text).toBe(
      'Lukket · åbner i morgen kl. 09.00',
    );
  });

  it('tells a crisis centre, which always has staff, from a place open day and night, and admits what it does not know', () => {
    const texts = textsIn('da');
    expect(describeNow({ kind: 'always' }, true, thursday1755, 'da', texts).text).toBe('Du kan ringe nu · personale hele døgnet');
    expect(describeNow({ kind: 'always' }, false, thursday1755, 'da', texts).text).toBe('Åbent nu · hele døgnet');
    expect(describeNow({ kind: 'unknown' }, false, thursday1755, 'da', texts)).toEqual({ text: 'Se åbningstiderne herunder' });
  });
});

describe('structured data', () => {
  it('describes a crisis centre as an EmergencyService and an office as a GovernmentOffice, with phone, address and hours', () => {
    const centre = placeStructuredData(
      places.get('egmontgaarden')!,
      'https://example.dk/ar/krisecentre/egmontgaarden/',
      'https://example.dk/da/krisecentre/egmontgaarden/',
    );
    expect(centre).toMatchObject({
      '@type': 'EmergencyService',
      telephone: '+4533174986',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Svendborggade 1, 1. sal',
        postalCode: '2100',
        addressLocality: 'København Ø',
        addressCountry: 'DK',
      },
    });
    const office = placeStructuredData(places.get('borgercenter-voksne')!, 'https://example.dk/da/krisecentre/#borgercenter-voksne', 'x');
    expect(office['@type']).toBe('GovernmentOffice');
    expect(office.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Thursday'],
      opens: '13:00',
      closes: '18:00',
    });
  });

  it('gives the whistleblower line its closed days, so search engines do not show Christmas Eve as open', () => {
    const line = placeStructuredData(places.get('socialtilsyn-whistleblower')!, 'https://example.dk/da/krisecentre/#x', 'x', 2026);
    expect(line.specialOpeningHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: '2026-12-24',
      validThrough: '2026-12-24',
    });
  });

  it('cannot close its script element, whatever the text', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('the day the site is built', () => {
  it('is the one SOURCE_DATE_EPOCH states, so a build for a given day says the same whenever it runs', () => {
    // 31 December 2026, 23:30 UTC is already New Year's Day 2027 in Copenhagen.
    const newYear = String(Date.UTC(2026, 11, 31, 23, 30) / 1000);
    expect(buildTime({ SOURCE_DATE_EPOCH: newYear })).toBe(Date.UTC(2026, 11, 31, 23, 30));
    expect(buildYear({ SOURCE_DATE_EPOCH: newYear })).toBe(2027);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildTime({ SOURCE_DATE_EPOCH: '2026-11-29' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970');
  });
});

describe('the map settings', () => {
  it('default to OpenStreetMap, named to the reader before she asks for the map', () => {
    expect(mapSettings({})).toMatchObject({ tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', tileHost: 'OpenStreetMap' });
    expect(mapSettings({ PUBLIC_MAP_TILE_URL: 'https://kort.kk.dk/tiles/{z}/{x}/{y}.png' }).tileHost).toBe('kort.kk.dk');
    expect(mapSettings({ PUBLIC_MAP_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' }).tileHost).toBe('tile.example.org');
  });

  it.each(['http://tile.example/{z}/{x}/{y}.png', 'https://tile.example/tiles.png'])('refuse %s', (url) => {
    expect(() => mapSettings({ PUBLIC_MAP_TILE_URL: url })).toThrow(
      'PUBLIC_MAP_TILE_URL must be an https:// address with {z}, {x} and {y}',
    );
  });
});
