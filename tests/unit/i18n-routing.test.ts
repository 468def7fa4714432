import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales';
import { resolveTranslations } from '../../src/i18n/fallback';
import { alternatesOf, languageOfPath, pathInLanguage } from '../../src/i18n/paths';

describe('paths across languages', () => {
  it('switch language by the first segment only, so a shared section stays the same section', () => {
    expect(pathInLanguage('/da/standard/klageadgang/', 'ar')).toBe('/ar/standard/klageadgang/');
    expect(pathInLanguage('/ur/krisecentre/egmontgaarden/', 'da')).toBe('/da/krisecentre/egmontgaarden/');
    expect(pathInLanguage('/', 'so')).toBe('/so/');
  });

  it('know the language of a path, and that the root has none', () => {
    expect(languageOfPath('/fa/sikkerhed/')).toBe('fa');
    expect(languageOfPath('/')).toBeUndefined();
    expect(languageOfPath('/availability.json')).toBeUndefined();
  });

  it('give every language as an alternate, with x-default: the root for a home page, else Danish', () => {
    const part = alternatesOf('/en/standard/serviceydelser/');
    expect(part.map((alternate) => alternate.hreflang)).toEqual([...locales.map((locale) => locale.lang), 'x-default']);
    expect(part).toContainEqual({ hreflang: 'uk', href: '/uk/standard/serviceydelser/' });
    expect(part.at(-1)).toEqual({ hreflang: 'x-default', href: '/da/standard/serviceydelser/' });
    expect(alternatesOf('/tr/').at(-1)).toEqual({ hreflang: 'x-default', href: '/' });
    expect(alternatesOf('/')).toContainEqual({ hreflang: 'pl', href: '/pl/' });
  });
});

describe('a missing translation', () => {
  const danish = ['forord', 'resume', 'klageadgang'].map((id) => ({ id, entry: `da:${id}` }));

  it('is stood in for by the Danish text, in the Danish order, and reported', () => {
    const result = resolveTranslations(
      danish,
      new Map([
        ['klageadgang', 'ar:klageadgang'],
        ['forord', 'ar:forord'],
      ]),
    );
    expect(result.items).toEqual([
      { id: 'forord', entry: 'ar:forord', translated: true },
      { id: 'resume', entry: 'da:resume', translated: false },
      { id: 'klageadgang', entry: 'ar:klageadgang', translated: true },
    ]);
    expect(result.missing).toEqual(['resume']);
    expect(result.orphans).toEqual([]);
  });

  it('names a translation whose file name has no Danish original', () => {
    expect(resolveTranslations(danish, new Map([['klage', 'ar:klage']])).orphans).toEqual(['klage']);
  });
});
