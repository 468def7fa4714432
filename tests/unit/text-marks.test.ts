import { describe, expect, it } from 'vitest';
import { danishTerms } from '../../src/config/danish-terms';
import { locales } from '../../src/config/locales';
import { hasNumberRange, isolateRanges, plainTextFor } from '../../src/lib/ltr-ranges';
import { danishTermsFor, markedTextHtml, markText, termPattern } from '../../src/lib/text-marks';
import { renderMarkdown } from '../helpers/content-files';
import { translatedTexts } from '../helpers/translated-texts';

const terms = termPattern(['Borgerrådgiveren', 'Københavns Kommunes Borgerrådgiver', 'Københavns Kommune', 'handleplan', 'krisecentre'])!;
const danishIn = (text: string) =>
  markText(text, 'en', terms)
    .filter((part) => part.mark === 'danish')
    .map((part) => part.text);

describe('Danish terms in a translation', () => {
  it('are found as whole words, the longest first, with a capital at the start of a sentence too', () => {
    expect(danishIn('Complain to Københavns Kommunes Borgerrådgiver, in Københavns Kommune.')).toEqual([
      'Københavns Kommunes Borgerrådgiver',
      'Københavns Kommune',
    ]);
    expect(danishIn('Handleplan: an action plan (handleplan).')).toEqual(['Handleplan', 'handleplan']);
    expect(danishIn('The Borgerrådgiverens office')).toEqual([]);
  });

  it("keep a language's endings outside the mark: Turkish after an apostrophe, Somali after a hyphen", () => {
    expect(danishIn("Borgerrådgiveren'e başvurabilirsiniz")).toEqual(['Borgerrådgiveren']);
    expect(danishIn('Borgerrådgiveren-ka')).toEqual(['Borgerrådgiveren']);
  });

  it('are never marked inside a web or e-mail address', () => {
    expect(danishIn('https://krisecentre.kk.dk/en/standard/ and krisecentre@kk.dk')).toEqual([]);
    expect(danishIn('/en/standard/sagsbehandling-og-handleplan/')).toEqual([]);
  });

  it('are left alone where the language has the same word ("separation" in English), and include the places\' names', () => {
    expect(danishTermsFor('en', [])).not.toContain('separation');
    expect(danishTermsFor('uk', [])).toContain('separation');
    expect(danishTermsFor('ar', ['Egmontgården'])).toContain('Egmontgården');
  });

  it('are not marked in Danish, where the whole page is Danish', () => {
    expect(markText('Klag til Borgerrådgiveren', 'da')).toEqual([{ text: 'Klag til Borgerrådgiveren' }]);
  });

  it('become <span lang="da"> in HTML, with the text around them escaped', () => {
    expect(markedTextHtml('<b> & Borgerrådgiveren', 'en')).toBe('&lt;b&gt; &amp; <span lang="da">Borgerrådgiveren</span>');
  });

  it('each stand in some translation, so the list holds no word nobody uses', () => {
    const everything = locales
      .filter(({ lang }) => lang !== 'da')
      .flatMap(({ lang }) => translatedTexts(lang).map((piece) => piece.text))
      .join('\n');
    const unused = danishTerms
      .map((entry) => (typeof entry === 'string' ? entry : entry.term))
      .filter((term) => !termPattern([term])!.test(everything));
    expect(unused).toEqual([]);
  });
});

describe('ranges of numbers on a right-to-left page', () => {
  it('are years, hours, § ranges and dates, in any digits, but not phone numbers, single numbers or section numbers', () => {
    for (const range of ['2023-2024', '10-15', '10:00–15:00', '10.00 – 15.00', '§§ 107-110', '۱۰:۰۰–۱۵:۰۰', '2026-11-29'])
      expect(hasNumberRange(range), range).toBe(true);
    for (const other of ['33 17 25 33', '§ 163, stk. 2', '2.1', '1888', 'Shift 3']) expect(hasNumberRange(other), other).toBe(false);
  });

  it('are isolated left-to-right in plain text, once, and only in a right-to-left language', () => {
    expect(plainTextFor('معيار الجودة 2023-2024: كيف', 'ar')).toBe('معيار الجودة \u20662023-2024\u2069: كيف');
    expect(isolateRanges(isolateRanges('2023-2024'))).toBe('\u20662023-2024\u2069');
    expect(plainTextFor('Quality standard 2023-2024', 'en')).toBe('Quality standard 2023-2024');
  });

  it('become <bdi dir="ltr"> in HTML, and a range already isolated is left as it is', () => {
    expect(markedTextHtml('کوالٹی اسٹینڈرڈ 2023-2024، منظور', 'ur')).toBe('کوالٹی اسٹینڈرڈ <bdi dir="ltr">2023-2024</bdi>، منظور');
    expect(markedTextHtml('الاثنين: \u206610:00–15:00\u2069', 'ar')).toBe('الاثنين: \u206610:00–15:00\u2069');
  });
});

describe('the Markdown of a translation', () => {
  const render = (body: string, file: string) => renderMarkdown(body, file).html;

  it('marks its Danish terms, in headings and links too, and on a right-to-left page its ranges', () => {
    const html = render(
      '### Borgerrådgiveren {#borgerraadgiveren}\n\nكوالٹی 2023-2024 [Retsinformation](https://www.retsinformation.dk/eli/lta/2017/1244)',
      'content/standard/ur/example.md',
    );
    expect(html).toContain('<h3 id="borgerraadgiveren"><span lang="da">Borgerrådgiveren</span></h3>');
    expect(html).toContain('<bdi dir="ltr">2023-2024</bdi>');
    expect(html).toContain('<a href="https://www.retsinformation.dk/eli/lta/2017/1244"><span lang="da">Retsinformation</span></a>');
  });

  it('leaves the Danish text as it is', () => {
    expect(render('Klag til Borgerrådgiveren 2023-2024.', 'content/standard/da/example.md')).toBe(
      '<p>Klag til Borgerrådgiveren 2023-2024.</p>\n',
    );
  });
});
