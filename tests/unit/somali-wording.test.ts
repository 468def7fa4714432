import { describe, expect, it } from 'vitest';
import { translatedTexts } from '../helpers/translated-texts';

/*
 * In Somali, "cabasho" is a complaint, but the forms built on "cabs-" (cabsi, cabso, cabsado, cabsan,
 * cabsato) mean fear. One letter turns "the right to complain" into "the right to be afraid". Complaining
 * is "cabasho gudbin" (to submit a complaint) or "ka caban"; the fear root may stand only where fear is
 * meant, listed here with the reason.
 */

const fearRoot = /\bcabs\w*/giu;

const fearMeant = [
  {
    file: 'content/standard/so/indledning.md',
    phrase: 'cabsi geliya',
    why: 'the definition of violence: an act that frightens ("skræmmer") a person',
  },
];

const somali = translatedTexts('so');

/** The words of a line, without the ids and addresses that stay Danish in every language (`::source{standard="klageadgang"}`, `](standard:klageadgang)`). */
const words = (text: string) => text.replace(/\{[^}]*\}|\]\([^)]*\)/g, ' ');

describe('Somali says "complain", not "be afraid"', () => {
  it('uses the fear root only where fear is meant', () => {
    const misused = somali.flatMap(({ where, file, text }) => {
      const allowed = fearMeant.filter((use) => use.file === file).map((use) => use.phrase);
      const rest = allowed.reduce((remaining, phrase) => remaining.replaceAll(phrase, ''), text);
      return [...rest.matchAll(fearRoot)].map((match) => `${where}: "${match[0]}"`);
    });
    expect(misused).toEqual([]);
  });

  it('still has each listed use of fear, so the list stays true', () => {
    for (const { file, phrase } of fearMeant) {
      expect(
        somali.some((piece) => piece.file === file && piece.text.includes(phrase)),
        `${file}: "${phrase}"`,
      ).toBe(true);
    }
  });

  it('speaks of a complaint wherever the Danish speaks of complaining', () => {
    const silent = somali.filter(({ counterpart, text }) => /\bklage|\bpåklage/i.test(words(counterpart)) && !/cabash|caban/i.test(text));
    expect(silent.map(({ where }) => where)).toEqual([]);
  });
});
