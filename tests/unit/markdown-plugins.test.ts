import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/markdown/timeline';
import { renderMarkdown } from '../helpers/content-files';

const file = 'content/standard/da/example.md';
const render = (body: string) => renderMarkdown(body, file).html;

describe('headings', () => {
  it('take the explicit id written after them', () => {
    expect(render('## 2.3 Egenbetaling {#egenbetaling}')).toContain('<h2 id="egenbetaling">2.3 Egenbetaling</h2>');
  });

  it('without an id stop the build, naming the file and the heading', () => {
    expect(() => render('### Anonymitet')).toThrow(`${file}: heading "Anonymitet" needs an explicit id`);
  });

  it('with an id that is not plain lower-case ASCII stop the build', () => {
    expect(() => render('## Rådgivning {#Rådgivning}')).toThrow('needs an explicit id in lower-case ASCII');
  });

  it('at level 1 stop the build, because the page title comes from the frontmatter', () => {
    expect(() => render('# Klageadgang {#klageadgang}')).toThrow('start sub-parts at ##');
  });
});

describe('::place directives', () => {
  it('print the place from the place data, with tel: and mailto: links', () => {
    const html = render('::place{id="borgercenter-voksne"}');
    expect(html).toContain('<a href="../../krisecentre/#borgercenter-voksne" lang="da">Borgercenter Voksne</a>');
    expect(html).toContain('<bdi lang="da" dir="ltr">Matthæusgade 1</bdi><br><bdi lang="da" dir="ltr">1666 København V</bdi>');
    expect(html).toContain('href="tel:+4533172533"><bdi dir="ltr">33 17 25 33</bdi>');
    expect(html).toContain('href="mailto:Socialeydelser@kk.dk"');
    expect(html).toContain('<li>Torsdag: 13.00–18.00</li>');
  });

  it('link a crisis centre to its own page and give its places', () => {
    const html = render('::place{id="egmontgaarden"}');
    expect(html).toContain(
      '<a href="../../krisecentre/egmontgaarden/" lang="da">Egmontgården</a> <span class="place-block__capacity">(38 pladser)</span>',
    );
  });

  it('with an unknown id stop the build, naming the file and the id', () => {
    expect(() => render('::place{id="egmontgarden"}')).toThrow(`${file}: ::place id "egmontgarden" is not a place in content/places/`);
  });

  it('of an unknown kind stop the build', () => {
    expect(() => render('::map{id="x"}')).toThrow('unknown directive "::map"');
  });
});

describe("links to the site's own pages", () => {
  const page = 'content/pages/da/example.md';

  it('name their target by id, and lead there from wherever the page lives, in its language', () => {
    expect(render('[afsnit 8](standard:klageadgang#klageadgang-ind-og-udskrivning)')).toContain(
      '<a href="../klageadgang/#klageadgang-ind-og-udskrivning">afsnit 8</a>',
    );
    expect(renderMarkdown('[afsnit 8](standard:klageadgang)', page).html).toContain('<a href="../standard/klageadgang/">afsnit 8</a>');
    expect(render('[sikker brug](page:sikkerhed)')).toContain('<a href="../../sikkerhed/">sikker brug</a>');
    expect(render('[Egmontgården](place:egmontgaarden)')).toContain('<a href="../../krisecentre/egmontgaarden/">Egmontgården</a>');
  });

  it('from a ::place block on a page written for the site lead to the centres page', () => {
    expect(renderMarkdown('::place{id="borgercenter-voksne"}', page).html).toContain(
      '<a href="../krisecentre/#borgercenter-voksne" lang="da">',
    );
  });

  it('to a heading the part does not have stop the build, naming the file and the link', () => {
    expect(() => render('[afsnit 8](standard:klageadgang#klagefrister)')).toThrow(
      `${file}: link "standard:klageadgang#klagefrister": content/standard/da/klageadgang.md has no heading {#klagefrister}`,
    );
    expect(() => render('[afsnit 9](standard:afsnit-9)')).toThrow('there is no content/standard/da/afsnit-9.md');
  });

  it('written as a path stop the build and say how to write them', () => {
    expect(() => render('[afsnit 8](../klageadgang/)')).toThrow(
      `${file}: link "../klageadgang/": a link to a page of this site names it by id (standard:<part>`,
    );
    expect(() => render('[afsnit 8](/da/standard/klageadgang/)')).toThrow('names it by id');
  });

  it('to other sites, phones, e-mail and the same page stay as written', () => {
    const html = render('[Digitaliseringsstyrelsen](https://digst.dk/) [112](tel:112) [skriv](mailto:a@kk.dk) [op](#egenbetaling)');
    expect(html).toContain('href="https://digst.dk/"');
    expect(html).toContain('href="tel:112"');
    expect(html).toContain('href="mailto:a@kk.dk"');
    expect(html).toContain('href="#egenbetaling"');
  });
});

describe('the timeline of a stay', () => {
  it('is an ordered list of linked phases, with the overlap said in words', () => {
    const html = render('```timeline\nVisitation | #fase-visitation\nUdvikling og opfølgning | #udvikling-og-opfoelgning\n```');
    expect(html).toContain('<figure class="timeline">');
    expect(html).toContain('Faserne kan overlappe og foregår delvist samtidigt.');
    expect(html).toMatch(
      /<ol class="timeline__phases"><li.*href="#fase-visitation">.*Fase 1: .*Visitation<\/a>.*<li.*href="#udvikling-og-opfoelgning">/,
    );
    expect(html).toContain('<span class="timeline__track" aria-hidden="true">');
  });

  it('with a malformed line stops the build, naming the file and the line', () => {
    expect(() => render('```timeline\nVisitation\n```')).toThrow(`${file}: timeline line 1 "Visitation" must read "label | #heading-id"`);
  });

  it('reads phases in order', () => {
    expect(parseTimeline('A | #a\n\n B | #b ')).toEqual([
      { label: 'A', anchor: 'a' },
      { label: 'B', anchor: 'b' },
    ]);
  });
});

describe('content files', () => {
  it('outside a language folder stop the build', () => {
    expect(() => renderMarkdown('::place{id="egmontgaarden"}', 'content/standard/example.md')).toThrow(
      'must live in content/<collection>/<language>/',
    );
  });
});

describe(':phone in running text', () => {
  it("prints a helpline or a place's number from the data, as a link that dials, left-to-right", () => {
    expect(render('Ring :phone{helpline="lev-uden-vold"}.')).toContain(
      'Ring <a class="phone-link" href="tel:1888"><bdi dir="ltr">1888</bdi></a>.',
    );
    expect(render(':phone{place="den-sociale-doegnvagt"}')).toContain('href="tel:+4533173333"><bdi dir="ltr">33 17 33 33</bdi></a>');
  });

  it('with an unknown id, or neither or both kinds, stops the build, naming the file', () => {
    expect(() => render(':phone{helpline="1813"}')).toThrow(`${file}: :phone helpline "1813" is not in content/helplines.json`);
    expect(() => render(':phone{place="center-for-udsatte-voksne-og-familier"}')).toThrow('is not a place with a phone');
    expect(() => render(':phone{}')).toThrow(':phone needs either helpline="<id>" or place="<id>"');
  });
});

describe('::source under an answer', () => {
  const page = 'content/pages/da/example.md';
  const source = (targets: string, path = page) => renderMarkdown(`::source{standard="${targets}"}`, path).html.trim();

  it("names the section from the standard's own headings and links to the heading, in the page's language", () => {
    expect(source('sagsbehandling-og-indskrivning#egenbetaling')).toBe(
      '<p class="standard-source">Det står i kvalitetsstandarden, <a href="../standard/sagsbehandling-og-indskrivning/#egenbetaling">afsnit 2.3</a>.</p>',
    );
    expect(source('klageadgang')).toContain('<a href="../standard/klageadgang/">afsnit 8</a>');
    expect(source('sagsbehandling-og-indskrivning#egenbetaling', 'content/pages/en/example.md')).toContain(
      'It says so in the quality standard, <a href="../standard/sagsbehandling-og-indskrivning/#egenbetaling">section 2.3</a>.',
    );
  });

  it('gives a heading without a number of its own the number above it and its title, marked where Danish', () => {
    expect(source('sagsbehandling-og-indskrivning#anonymitet')).toContain('>afsnit 2.2, Anonymitet</a>');
    expect(source('fysiske-rammer#sikkerhed')).toContain('>afsnit 5, Sikkerhed</a>');
    expect(source('sagsbehandling-og-indskrivning#orienteringspligt', 'content/pages/en/example.md')).toContain(
      '>section 2.2, Duty to inform (<span lang="da">orienteringspligt</span>)</a>',
    );
  });

  it('joins several references with the language\'s own "and"', () => {
    expect(source('sagsbehandling-og-indskrivning#anonymitet fysiske-rammer#sikkerhed')).toContain(
      '>afsnit 2.2, Anonymitet</a> og <a href="../standard/fysiske-rammer/#sikkerhed">afsnit 5, Sikkerhed</a>.</p>',
    );
  });

  it('to a heading or part that does not exist stops the build, naming the file', () => {
    expect(() => source('sagsbehandling-og-indskrivning#egenbetalingen')).toThrow(
      `${page}: link "standard:sagsbehandling-og-indskrivning#egenbetalingen": content/standard/da/sagsbehandling-og-indskrivning.md has no heading {#egenbetalingen}`,
    );
    expect(() => source('afsnit-9')).toThrow(`${page}: link "standard:afsnit-9": there is no content/standard/da/afsnit-9.md`);
    expect(() => source('klageadgang#klagefrist')).toThrow(`${page}: ::source "klageadgang#klagefrist": there is no heading {#klagefrist}`);
    expect(() => renderMarkdown('::source{}', page)).toThrow(`${page}: ::source needs standard=`);
  });
});

describe('a link to the complaint-deadline helper', () => {
  it('is a link to a heading its page adds below the text of section 8', () => {
    expect(renderMarkdown('[Regn dagen ud](standard:klageadgang#klagefrist)', 'content/pages/da/example.md').html).toContain(
      '<a href="../standard/klageadgang/#klagefrist">',
    );
  });
});
