import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultLang, locales } from '../../src/config/locales';
import { resources } from '../../src/i18n/resources';
import { root } from '../helpers/content-files';
import { copiedFrontmatterKeys, pluralSuffix, stringEntriesOf } from '../helpers/translated-texts';

/*
 * A translation must say the same thing in the same shape: every UI string, in the plural forms its
 * language needs, with the same placeholders; every part of the standard with the same headings and ids
 * (links are shared across languages), the same contact blocks, sources, phone numbers and links, and the same numbers.
 */

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const danish = new Map(stringEntriesOf(resources[defaultLang]));
const danishBases = new Set([...danish.keys()].map((key) => key.replace(pluralSuffix, '')));
const pluralBases = new Set([...danish.keys()].filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
const others = locales.filter((locale) => locale.lang !== defaultLang);

describe.each(others)('UI strings in $label ($lang)', ({ lang }) => {
  const strings = new Map(stringEntriesOf(resources[lang]));
  const bases = new Set([...strings.keys()].map((key) => key.replace(pluralSuffix, '')));

  it('have every Danish key and no key Danish does not have', () => {
    expect(
      [...danishBases].filter((key) => !bases.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...bases].filter((key) => !danishBases.has(key)),
      'not used by the site',
    ).toEqual([]);
  });

  it('count in exactly the plural forms the language uses', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const base of pluralBases) {
      const forms = [...strings.keys()]
        .filter((key) => key.replace(pluralSuffix, '') === base)
        .map((key) => key.match(pluralSuffix)![1])
        .sort();
      expect(forms, base).toEqual(categories);
    }
  });

  it('keep the Danish placeholders', () => {
    for (const [key, text] of strings) {
      const reference = placeholders(danish.get(key) ?? danish.get(`${key.replace(pluralSuffix, '')}_other`)!);
      // A "zero", "one" or "two" form may spell its number out instead of saying {{count}}.
      const mayDropCount = /_(zero|one|two)$/.test(key);
      expect(placeholders(text), key).toEqual(
        mayDropCount ? reference.filter((name) => name !== 'count' || placeholders(text).includes('count')) : reference,
      );
    }
  });
});

function markdownFiles(collection: string, lang: string): string[] {
  const dir = join(root, 'content', collection, lang);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
}

function split(file: string): { frontmatter: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const [, yaml = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { frontmatter: parseYaml(yaml) as Record<string, unknown>, body };
}

/** What must not change in translation, in order. */
function skeleton(body: string) {
  return {
    headings: [...body.matchAll(/^(#{2,6}) ([\d.]*).*?(\{#[a-z0-9-]+\})\s*$/gm)].map((match) => `${match[1]} ${match[2]}${match[3]}`),
    // ::place and ::source blocks, :phone numbers: what they print comes from the data, the same in every language.
    directives: [...body.matchAll(/(?<![:\w]):{1,2}[a-z]+\{[^}]*\}/g)].map((match) => match[0]),
    linkTargets: [...body.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]),
    timelineAnchors: [...body.matchAll(/ \| (#[a-z0-9-]+)$/gm)].map((match) => match[1]),
  };
}

/** Phone numbers, § references and other long numbers of the Danish text. */
function facts(body: string): string[] {
  return [...new Set([...body.matchAll(/§ ?\d+[a-z]?|\b\d[\d .]{4,}\d\b/g)].map((match) => match[0].replace(/\s/g, '')))];
}

describe.each(['standard', 'pages'])('translated %s files', (collection) => {
  const originals = markdownFiles(collection, defaultLang);

  // A page showing the Danish stand-in only warns at build time; a missing translation must not ship unnoticed.
  it.each(others)('exist for every Danish file in $label ($lang)', ({ lang }) => {
    expect(markdownFiles(collection, lang)).toEqual(originals);
  });

  for (const { lang } of others) {
    for (const name of markdownFiles(collection, lang)) {
      it(`${lang}/${name} has a Danish original and the same structure, facts and fixed frontmatter`, () => {
        expect(originals, `content/${collection}/${lang}/${name} has no Danish original`).toContain(name);
        const original = split(join(root, 'content', collection, defaultLang, name));
        const translation = split(join(root, 'content', collection, lang, name));
        expect(skeleton(translation.body)).toEqual(skeleton(original.body));
        const text = translation.body.replace(/\s/g, '');
        expect(
          facts(original.body).filter((fact) => !text.includes(fact)),
          'numbers or § missing',
        ).toEqual([]);
        for (const key of copiedFrontmatterKeys) {
          expect(translation.frontmatter[key], key).toEqual(original.frontmatter[key]);
        }
      });
    }
  }
});
