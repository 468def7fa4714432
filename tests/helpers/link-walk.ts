/**
 * A walk over every link of a build: every `href` that stays on the site must lead to a page or file of
 * the build, and its `#fragment` to an element with that id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export interface BuiltPage {
  ids: Set<string>;
  hrefs: string[];
}

export interface Build {
  /** The site's own address (the canonical links are written with it). */
  site: string;
  /** Every page, by the path a reader opens (`/da/krisecentre/`, `/404.html`). */
  pages: Map<string, BuiltPage>;
  /** Every other file, by its path (`/favicon.svg`). */
  files: Set<string>;
}

/** The path a reader opens for a file of the build: a folder's `index.html` is the folder. */
const pathOf = (file: string) => `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Reads a build folder: each page's ids and links, as a browser parses the page (scripts' text is not markup). */
export function readBuild(folder: string): Build {
  const window = new Window();
  const parser = new window.DOMParser();
  const pages = new Map<string, BuiltPage>();
  const files = new Set<string>();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) {
      files.add(pathOf(file));
      continue;
    }
    const document = parser.parseFromString(readFileSync(join(folder, file), 'utf8'), 'text/html');
    pages.set(pathOf(file), {
      ids: new Set([...document.querySelectorAll('[id]')].map((element) => element.id)),
      hrefs: [...document.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!),
    });
  }
  const root = parser.parseFromString(readFileSync(join(folder, 'index.html'), 'utf8'), 'text/html');
  const site = new URL(root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
  void window.happyDOM.close();
  return { site, pages, files };
}

/** Why a link on the site leads nowhere, or undefined when it lands. */
function whyBroken(url: URL, { pages, files }: Build): string | undefined {
  const target = pages.get(url.pathname);
  if (!target && !files.has(url.pathname)) return `${url.pathname} is not a page or file of the build`;
  if (!url.hash) return undefined;
  const id = decodeURIComponent(url.hash.slice(1));
  return target?.ids.has(id) ? undefined : `${url.pathname} has no element with id "${id}"`;
}

/** Every link of the build that stays on the site and leads nowhere, as "page: href (why)". */
export function brokenLinks(build: Build): string[] {
  const broken: string[] = [];
  for (const [path, page] of build.pages) {
    for (const href of page.hrefs) {
      const url = new URL(href, `${build.site}${path}`);
      if (url.origin !== build.site) continue;
      const why = whyBroken(url, build);
      if (why) broken.push(`${path}: ${href} (${why})`);
    }
  }
  return broken;
}
