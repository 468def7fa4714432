import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLang, isLang, type Lang } from '../config/locales';
import { paths, placeUrl } from '../i18n/paths';
import { complaintDeadlineHelper } from '../lib/complaint-deadline';
import { headingsOf } from '../lib/section-reference';
import type { Place } from '../schemas/place';

/** The Markdown collections, and where the page made from each of their files lives. */
const pageOf = {
  standard: paths.part,
  pages: paths.sitePage,
} as const;
type Collection = keyof typeof pageOf;

/** A content file: `content/<collection>/<lang>/<name>.md`. */
export interface ContentFile {
  /** The `content/` folder it is in, as a file URL ending in `/`. */
  contentDir: URL;
  collection: Collection;
  lang: Lang;
  name: string;
}

/** What a content file is, from where it lies; undefined for a file outside `content/<collection>/<language>/`. */
export function contentFileOf(fileURL: URL | undefined): ContentFile | undefined {
  const [, collection, lang, name] = fileURL?.pathname.match(/\/content\/([^/]+)\/([^/]+)\/([^/]+)\.md$/) ?? [];
  if (!fileURL || !collection || !name || !isLang(lang) || !Object.hasOwn(pageOf, collection)) return undefined;
  return { contentDir: new URL('../../', fileURL), collection: collection as Collection, lang, name };
}

/** The page a content file becomes, in its own language. */
function pageOfFile(file: ContentFile): string {
  return pageOf[file.collection](file.lang, file.name);
}

/**
 * `to` written relative to the page `from` (both site paths ending in `/`, in the same language). Relative,
 * so a link keeps the reader's language even where the Danish text stands in for a missing translation.
 */
function relativeHref(from: string, to: string): string {
  const [path, fragment] = to.split('#') as [string, string | undefined];
  const hash = fragment === undefined ? '' : `#${fragment}`;
  if (path === from) return hash || './';
  return `${posix.relative(from, path)}/${hash}`;
}

/** Addresses on other sites, and phone and e-mail links, are left as written. */
const outside = /^(https?:|mailto:|tel:)/;
/** A link to the site's own pages, by id: `standard:<part>`, `standard:<part>#<heading>`, `page:<page>`, `place:<id>`. */
const byId = /^(standard|page|place):([a-z0-9-]+)(?:#([a-z0-9-]+))?$/;
const linkForms = 'standard:<part>, standard:<part>#<heading-id>, page:<page>, page:<page>#<heading-id> or place:<place-id>';

/** Headings a page adds below its Markdown, which a link may name too: the complaint-deadline helper under section 8. */
const addedHeadings: { collection: Collection; name: string; id: string }[] = [
  { collection: 'standard', name: complaintDeadlineHelper.part, id: complaintDeadlineHelper.id },
];

/**
 * The `{#id}`s of a content file's headings, from its Danish original (translations keep the same ids),
 * and those its page adds. Read afresh each time, so the development server sees a heading the moment it
 * is added.
 */
function headingIdsOf(contentDir: URL, collection: Collection, name: string): Set<string> | undefined {
  const path = fileURLToPath(new URL(`${collection}/${defaultLang}/${name}.md`, contentDir));
  if (!existsSync(path)) return undefined;
  const added = addedHeadings.filter((heading) => heading.collection === collection && heading.name === name).map((heading) => heading.id);
  return new Set([...headingsOf(readFileSync(path, 'utf8')).map((heading) => heading.id), ...added]);
}

/**
 * Where a link in a content file leads. A link to another page of the site names its target by id and the
 * build writes the address, so it cannot point where no page is, wherever the file's page lives; a target
 * that does not exist stops the build. A link to a place on the same page (`#heading-id`) stays as it is.
 */
export function resolveLink(url: string, file: ContentFile, places: ReadonlyMap<string, Place>): string {
  if (outside.test(url) || url.startsWith('#')) return url;
  const [, kind, id, heading] = byId.exec(url) ?? [];
  if (!kind || !id) {
    throw new Error(`link "${url}": a link to a page of this site names it by id (${linkForms}), so the build can write the address`);
  }
  if (kind === 'place') {
    const place = places.get(id);
    if (!place) throw new Error(`link "${url}": "${id}" is not a place in content/places/`);
    if (heading) throw new Error(`link "${url}": a place link has no #heading; write place:${id}`);
    return relativeHref(pageOfFile(file), placeUrl(file.lang, id, place.kind));
  }
  const collection: Collection = kind === 'standard' ? 'standard' : 'pages';
  const ids = headingIdsOf(file.contentDir, collection, id);
  if (!ids) throw new Error(`link "${url}": there is no content/${collection}/${defaultLang}/${id}.md`);
  if (heading && !ids.has(heading))
    throw new Error(`link "${url}": content/${collection}/${defaultLang}/${id}.md has no heading {#${heading}}`);
  const target = pageOf[collection](file.lang, id) + (heading ? `#${heading}` : '');
  return relativeHref(pageOfFile(file), target);
}
