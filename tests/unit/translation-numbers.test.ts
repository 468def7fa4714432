import { describe, expect, it } from 'vitest';
import { defaultLang, locales } from '../../src/config/locales';
import { numbersIn } from '../helpers/numbers';
import { translatedTexts } from '../helpers/translated-texts';

/*
 * The reviewer's first check, made automatic: every number of the Danish text (a deadline, a §, a phone
 * number, a year, a count) stands in the same line of each translation, and no line gains a number the
 * Danish does not have. A translation may repeat a number (in a gloss such as "§ 163, stk. 2
 * (subsection 2)"); it may not lose one or invent one. The few numbers a language rightly writes another
 * way are listed below, with the reason.
 */

/** A number a translation may add: "24" where the Danish says "døgn" (a day and night, 24 hours). */
const addedFor = [{ number: '24', when: /døgn/i, why: '"døgn" (a day and night) is said "24 hours"' }];

/** A number a translation may write as a word, in the languages that say it so. */
const writtenAsWord: Record<string, Record<string, RegExp>> = {
  // Arabic counts once and twice with its singular and dual: "مرة واحدة", "مرتين".
  ar: { '1': /مرة واحدة/, '2': /مرتين/ },
};

const others = locales.filter(({ lang }) => lang !== defaultLang);

describe.each(others)('numbers in $label ($lang)', ({ lang }) => {
  const pieces = translatedTexts(lang);

  it('has every number of the Danish line, and no other', () => {
    const wrong = pieces.flatMap(({ where, text, counterpart }) => {
      const danish = numbersIn(counterpart);
      const translated = numbersIn(text);
      const missing = [...danish].filter((number) => !translated.has(number) && !writtenAsWord[lang]?.[number]?.test(text));
      const added = [...translated].filter(
        (number) => !danish.has(number) && !addedFor.some((rule) => rule.number === number && rule.when.test(counterpart)),
      );
      return [
        ...missing.map((number) => `${where}: ${number} is missing`),
        ...added.map((number) => `${where}: ${number} is not in the Danish`),
      ];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the number check', () => {
  it('reads Arabic-Indic and Persian digits as numbers', () => {
    expect(numbersIn('§ ١٦٣ و ۱۰۹ و 3')).toEqual(new Set(['163', '109', '3']));
  });
});
