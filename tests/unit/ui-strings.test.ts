import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTranslations } from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { root } from '../helpers/content-files';

const helplines = JSON.parse(readFileSync(join(root, 'content/helplines.json'), 'utf8')) as { id: string }[];

/** A helpline's number typed into text, where it should be a placeholder or a `:phone` directive. */
const typedHelpline = /(?<![\d{"])(112|1888|114)(?!\d)/;

describe('UI strings', () => {
  it('never type a helpline\'s number: UI strings name it ({emergency}), pages print it (:phone{helpline="emergency"})', () => {
    const leaves = (value: unknown, path: string): [string, string][] =>
      typeof value === 'string' ? [[path, value]] : Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
    for (const [lang, strings] of Object.entries(resources)) {
      for (const [key, text] of leaves(strings, '')) expect(text, `content/i18n/${lang}.json: ${key}`).not.toMatch(typedHelpline);
    }
    for (const folder of readdirSync(join(root, 'content/pages'))) {
      for (const file of readdirSync(join(root, 'content/pages', folder))) {
        const text = readFileSync(join(root, 'content/pages', folder, file), 'utf8');
        expect(text, `content/pages/${folder}/${file}`).not.toMatch(typedHelpline);
      }
    }
    // And they reach the reader as the numbers.
    expect(useTranslations('da')('helplines.emergency.description')).toBe('Er du eller dine børn i fare lige nu? Ring 112 efter politi eller ambulance.');
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

  function keysOf(tree: object, prefix = ''): string[] {
    return Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`.replace(/_(one|other)$/, '')],
    );
  }

  function sourceFiles(dir: string): string[] {
    return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro)$/.test(name))
      .map((name) => readFileSync(join(root, dir, name), 'utf8'));
  }

  it('are all used somewhere in the site', () => {
    const source = sourceFiles('src').join('\n');
    const unused = [...new Set(keysOf(resources.da))].filter(
      (key) => !computedFamilies.some((family) => key.startsWith(family)) && !source.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});
