import { describe, expect, it } from 'vitest';
import { lix, readability } from '../../src/lib/lix';

describe('LIX', () => {
  it('is words per sentence plus the percentage of words over six letters', () => {
    // 8 words, 2 sentences, 2 long words ("krisecenter", "personale"): 8 / 2 + 100 × 2 / 8 = 29.
    expect(readability('Du kan komme på krisecenter. Der er personale.')).toEqual({ words: 8, sentences: 2, longWords: 2, lix: 29 });
  });

  it('counts a word of exactly six letters as short, and seven as long', () => {
    expect(readability('afsnit').longWords).toBe(0);
    expect(readability('kommune').longWords).toBe(1);
  });

  it('ends a sentence at . : ! ? and at the end of a line, but not inside a number or after an abbreviation', () => {
    expect(readability('Ja! Kan jeg? Det står her: afsnit 2.3 og kl. 10.00').sentences).toBe(4);
    expect(readability('Fx. lommepenge, jf. afsnit 2.3, bl.a. til mad.').sentences).toBe(1);
    expect(readability('Spørgsmål og svar\nKan jeg komme').sentences).toBe(2);
  });

  it('counts numbers as words, never as long ones, and leaves out loose signs', () => {
    expect(readability('Ring 33 17 49 86 – eller 1888.')).toMatchObject({ words: 7, longWords: 0 });
    expect(readability('§ 109')).toMatchObject({ words: 1 });
  });

  it('counts letters, not characters, in a word with punctuation or a hyphen', () => {
    expect(readability('(fx, "e-mail",').longWords).toBe(0);
    expect(readability('"Borgerrådgiveren",').longWords).toBe(1);
  });

  it('is 0 for a text without words, and rounds as it is quoted', () => {
    expect(lix('')).toBe(0);
    expect(lix('En to tre. Fire fem seks.')).toBe(3);
  });

  it('scores the language of law far above plain speech', () => {
    const law =
      'Krisecentret er forpligtet til at orientere borgerens kommune om, at en borger er blevet indskrevet senest 3 hverdage efter, at der er truffet afgørelse om indskrivning.';
    const plain = 'Krisecentret giver din kommune besked. Det sker senest 3 hverdage efter, at du er flyttet ind.';
    expect(lix(law)).toBeGreaterThan(55);
    expect(lix(plain)).toBeLessThan(35);
  });
});
