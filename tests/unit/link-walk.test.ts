import { describe, expect, it } from 'vitest';
import { brokenLinks, type Build } from '../helpers/link-walk';

// The walk the end-to-end tests make over the real build (markup-and-links.spec.ts) must catch each way a
// link can lead nowhere; a walk that found nothing would look the same as a site without broken links.
const site = 'https://krisecentre.kk.dk';
const build = (hrefs: string[]): Build => ({
  site,
  pages: new Map([
    ['/da/tilgaengelighed/', { ids: new Set(['main']), hrefs }],
    ['/da/krisecentre/', { ids: new Set(['main', 'borgercenter-voksne']), hrefs: [] }],
  ]),
  files: new Set(['/favicon.svg']),
});

describe('the link walk', () => {
  it('lets pass links that land: on a page, on an id, on a file, and links that leave the site', () => {
    const landing = [
      '../krisecentre/#borgercenter-voksne',
      '/da/krisecentre/',
      '#main',
      '',
      '#',
      '/favicon.svg',
      `${site}/da/krisecentre/`,
    ];
    expect(brokenLinks(build([...landing, 'https://digst.dk/', 'tel:112', 'mailto:a@kk.dk']))).toEqual([]);
  });

  it('names the page, the link and why, for a missing page and for a missing id', () => {
    expect(
      brokenLinks(build(['../../krisecentre/#borgercenter-voksne', '../krisecentre/#borgercenter', '/da/krisecentre', `${site}/en/`])),
    ).toEqual([
      '/da/tilgaengelighed/: ../../krisecentre/#borgercenter-voksne (/krisecentre/ is not a page or file of the build)',
      '/da/tilgaengelighed/: ../krisecentre/#borgercenter (/da/krisecentre/ has no element with id "borgercenter")',
      '/da/tilgaengelighed/: /da/krisecentre (/da/krisecentre is not a page or file of the build)',
      `/da/tilgaengelighed/: ${site}/en/ (/en/ is not a page or file of the build)`,
    ]);
  });
});
