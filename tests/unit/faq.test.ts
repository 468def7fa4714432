import { describe, expect, it } from 'vitest';
import { htmlToText, readFaq } from '../../src/lib/faq';
import { faqStructuredData } from '../../src/lib/structured-data';

const html = `<p>Her er svar. Ring <a class="phone-link" href="tel:112"><bdi dir="ltr">112</bdi></a>.</p>
<h2 id="boern">Kan jeg have mine børn med?</h2>
<p>Ja &amp; de bor gratis.</p>
<ul><li>Leg</li><li>Skole</li></ul>
<p class="standard-source">Det står i kvalitetsstandarden, <a href="../standard/serviceydelser/#stoette-til-boern">afsnit 4, Særlig støtte til børn</a>.</p>
<h2 id="klage">Hvordan klager jeg?</h2>
<p>Skriv til krisecentret.</p>
<p class="standard-source">Det står i kvalitetsstandarden, <a href="../standard/klageadgang/">afsnit 8</a>.</p>`;

describe('reading the questions page', () => {
  const faq = readFaq(html);

  it('takes the text above the first question as the introduction', () => {
    expect(faq.intro).toBe('Her er svar. Ring 112.');
    expect(faq.introHtml).toMatch(/^<p>Her er svar\./);
    expect(faq.questionsHtml).toMatch(/^<h2 id="boern">/);
  });

  it('reads each question with its id, its answer as text a line a block, and its source line apart', () => {
    expect(faq.entries.map(({ id, question, answer, source, sourceLinks }) => ({ id, question, answer, source, sourceLinks }))).toEqual([
      {
        id: 'boern',
        question: 'Kan jeg have mine børn med?',
        answer: 'Ja & de bor gratis.\nLeg\nSkole',
        source: 'Det står i kvalitetsstandarden, afsnit 4, Særlig støtte til børn.',
        sourceLinks: ['../standard/serviceydelser/#stoette-til-boern'],
      },
      {
        id: 'klage',
        question: 'Hvordan klager jeg?',
        answer: 'Skriv til krisecentret.',
        source: 'Det står i kvalitetsstandarden, afsnit 8.',
        sourceLinks: ['../standard/klageadgang/'],
      },
    ]);
    expect(faq.entries[0]!.answerHtml).not.toContain('standard-source');
  });

  it('decodes the entities a rendered page holds', () => {
    expect(htmlToText('<p>&quot;Forlad siden&quot; &#39;x&#x27; &lt;3</p>')).toBe(`"Forlad siden" 'x' <3`);
  });
});

describe('FAQPage data', () => {
  it('gives each question its address and its answer with the source sentence, citing the standard by full address', () => {
    const data = faqStructuredData(readFaq(html), {
      url: 'https://krisecentre.kk.dk/da/spoergsmaal/',
      name: 'Spørgsmål og svar',
      lang: 'da',
    });
    expect(data).toMatchObject({ '@type': 'FAQPage', inLanguage: 'da', name: 'Spørgsmål og svar' });
    expect((data.mainEntity as unknown[])[0]).toEqual({
      '@type': 'Question',
      url: 'https://krisecentre.kk.dk/da/spoergsmaal/#boern',
      name: 'Kan jeg have mine børn med?',
      acceptedAnswer: {
        '@type': 'Answer',
        text: 'Ja & de bor gratis. Leg Skole Det står i kvalitetsstandarden, afsnit 4, Særlig støtte til børn.',
        citation: ['https://krisecentre.kk.dk/da/standard/serviceydelser/#stoette-til-boern'],
      },
    });
  });
});
