import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/config/locales';
import { translatedTexts } from '../helpers/translated-texts';

/*
 * Arabic, Persian and Urdu share a script but not all its letters. A keyboard set to the wrong language
 * types Arabic ي and ك into Persian, or Arabic ه into Urdu: the text looks almost right, a search for the
 * word fails, and a screen reader may stumble. Each language's letters are checked here, with the
 * punctuation of the script: a Latin comma, semicolon or question mark next to Arabic-script words
 * becomes ، ؛ ؟ (the colon is the same in both scripts).
 */

interface Letter {
  char: string;
  name: string;
  instead: string;
}

const wrongLetters: Record<'ar' | 'fa' | 'ur', Letter[]> = {
  ar: [
    { char: '\u06CC', name: 'Persian yeh ی', instead: 'ي or ى' },
    { char: '\u06A9', name: 'keheh ک', instead: 'ك' },
    { char: '\u06C1', name: 'heh goal ہ', instead: 'ه' },
  ],
  fa: [
    { char: '\u064A', name: 'Arabic yeh ي', instead: 'ی' },
    { char: '\u0649', name: 'alef maksura ى', instead: 'ی' },
    { char: '\u0643', name: 'Arabic kaf ك', instead: 'ک' },
    { char: '\u0629', name: 'teh marbuta ة', instead: 'ه or ت' },
    { char: '\u0660', name: 'Arabic-Indic digits', instead: 'the digits 0–9' },
  ],
  ur: [
    { char: '\u064A', name: 'Arabic yeh ي', instead: 'ی' },
    { char: '\u0649', name: 'alef maksura ى', instead: 'ی' },
    { char: '\u0643', name: 'Arabic kaf ك', instead: 'ک' },
    { char: '\u0647', name: 'Arabic heh ه', instead: 'ہ (or ھ in an aspirate)' },
    { char: '\u0629', name: 'teh marbuta ة', instead: 'ۃ' },
    { char: '\u0660', name: 'Arabic-Indic digits', instead: 'the digits 0–9' },
  ],
};

const arabicScriptLetter = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
const anyLetter = /\p{L}/u;
const latinPunctuation: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

/** The nearest letter before or after a position, skipping spaces, digits, signs and brackets. */
function nearestLetter(text: string, from: number, step: 1 | -1): string | undefined {
  for (let at = from + step; at >= 0 && at < text.length; at += step) {
    if (anyLetter.test(text[at]!)) return text[at];
  }
  return undefined;
}

/** Latin commas, semicolons and question marks that stand beside Arabic-script words, not inside a Latin phrase. */
function latinPunctuationIn(text: string): string[] {
  // A placeholder ({{count}}) and an address are not words of the sentence.
  const prose = text.replace(/\{\{\w+\}\}/g, '').replace(/\]\([^)]*\)|https?:\/\/\S+/g, '');
  return [...prose.matchAll(/[,;?]/g)]
    .filter((match) =>
      [nearestLetter(prose, match.index, -1), nearestLetter(prose, match.index, 1)].some(
        (letter) => letter && arabicScriptLetter.test(letter),
      ),
    )
    .map((match) => `"${prose.slice(Math.max(0, match.index - 12), match.index + 12)}" (${match[0]} → ${latinPunctuation[match[0]]})`);
}

describe.each(['ar', 'fa', 'ur'] as const)('Arabic-script text in %s', (lang: Lang & keyof typeof wrongLetters) => {
  const pieces = translatedTexts(lang);

  it('uses the letters of its own language', () => {
    const found = pieces.flatMap(({ where, text }) =>
      wrongLetters[lang]
        .filter(({ char }) => (char === '\u0660' ? /[\u0660-\u0669]/.test(text) : text.includes(char)))
        .map(({ name, instead }) => `${where}: ${name}, where ${lang} writes ${instead}`),
    );
    expect(found).toEqual([]);
  });

  it("uses the script's comma, semicolon and question mark", () => {
    const found = pieces.flatMap(({ where, text }) => latinPunctuationIn(text).map((place) => `${where}: ${place}`));
    expect(found).toEqual([]);
  });
});

describe('the punctuation check', () => {
  it('finds a Latin comma after a Danish term in Urdu, and leaves a comma inside a Danish phrase alone', () => {
    expect(latinPunctuationIn('ایک لائحہ عمل (handleplan, § 141) پیش کرے')).toHaveLength(1);
    expect(latinPunctuationIn('ایک لائحہ عمل (handleplan، § 141) پیش کرے')).toEqual([]);
    expect(latinPunctuationIn('«For borgere, med en klagesag»')).toEqual([]);
  });
});
