import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { markdownFiles, root } from '../helpers/content-files';
import { entriesOf, pluralSuffix } from '../helpers/translated-texts';

const helplines = JSON.parse(readFileSync(join(root, 'content/helplines.json'), 'utf8')) as { id: string }[];

/** A helpline's number typed into text, where it should be a placeholder or a `:phone` directive. */
const typedHelpline = /(?<![\d{"])(112|1888|114)(?!\d)/;

/** The keys of a language's UI strings, a plural family (`places.places_one`, `places.places_other`) by its base. */
function keysOf(strings: object): string[] {
  return [...new Set(entriesOf(strings).map(([key]) => key.replace(pluralSuffix, '')))];
}

describe('UI strings', () => {
  it('never type a helpline\'s number: UI strings name it ({emergency}), pages print it (:phone{helpline="emergency"})', () => {
    for (const [lang, strings] of Object.entries(resources)) {
      for (const [key, text] of entriesOf(strings)) expect(String(text), `content/i18n/${lang}.json: ${key}`).not.toMatch(typedHelpline);
    }
    for (const file of markdownFiles('pages')) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(typedHelpline);
    }
    // And they reach the reader as the numbers.
    expect(useTranslations('da')('helplines.emergency.description')).toBe(
      'Er du eller dine børn i fare lige nu? Ring 112 efter politi eller ambulance.',
    );
  });

  it('describe every place and every helpline in every language', () => {
    for (const [lang, strings] of Object.entries(resources)) {
      for (const id of readPlacesFromDisk().keys()) {
        expect(strings.places.description, `${lang}: places.description.${id}`).toHaveProperty([id]);
      }
      for (const { id } of helplines) {
        expect(strings.helplines, `${lang}: helplines.${id}`).toHaveProperty([id, 'name']);
        expect(strings.helplines, `${lang}: helplines.${id}`).toHaveProperty([id, 'description']);
      }
    }
  });

  it('count places in the plural the language uses', () => {
    const t = useTranslations('da');
    expect(t('places.places', { count: 1 })).toBe('1 plads');
    expect(t('places.places', { count: 38 })).toBe('38 pladser');
  });
});

describe('the Danish UI strings', () => {
  /** Keys looked up with a computed name: one per place id, checked above. */
  const computedFamilies = ['places.description.'];

  function sourceFiles(dir: string): string[] {
    return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name))
      .map((name) => readFileSync(join(root, dir, name), 'utf8'));
  }

  it('are all used somewhere in the site', () => {
    const source = sourceFiles('src').join('\n');
    const unused = keysOf(resources.da).filter(
      (key) => !computedFamilies.some((family) => key.startsWith(family)) && !source.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});

describe('the descriptions for translators (content/i18n/da.descriptions.json)', () => {
  const file = 'content/i18n/da.descriptions.json';
  const descriptions = entriesOf(JSON.parse(readFileSync(join(root, file), 'utf8')) as object);

  it('describe every key of the Danish UI strings, a plural family under its base key', () => {
    const described = new Set(descriptions.map(([key]) => key));
    const undescribed = keysOf(resources.da).filter((key) => !described.has(key));
    expect(undescribed, `keys of content/i18n/da.json with no description in ${file}`).toEqual([]);
  });

  it('each belong to a key that exists', () => {
    const keys = new Set(keysOf(resources.da));
    const orphans = descriptions.map(([key]) => key).filter((key) => !keys.has(key));
    expect(orphans, `descriptions in ${file} of no key of content/i18n/da.json (a plural family is described under its base key)`).toEqual(
      [],
    );
  });

  it('are each one line of text', () => {
    const notOneLine = descriptions
      .filter(([, text]) => typeof text !== 'string' || text.trim() === '' || /[\r\n]/.test(text))
      .map(([key]) => key);
    expect(notOneLine, `descriptions in ${file} that are empty, not text, or more than one line`).toEqual([]);
  });
});
