import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { defaultLang, type Lang } from '../config/locales';
import { resolveTranslations, type Localised } from '../i18n/fallback';
import type { PlaceKind } from '../schemas/place';

export type PlaceEntry = CollectionEntry<'places'>;
export type StandardEntry = CollectionEntry<'standard'>;

export async function placesOfKind(kind: PlaceKind): Promise<PlaceEntry[]> {
  const places = await getCollection('places', (entry) => entry.data.kind === kind);
  // Danish alphabetical order: stable, and the same list whatever language the page is in.
  return places.sort((a, b) => a.data.name.localeCompare(b.data.name, 'da'));
}

export async function placeById(id: string): Promise<PlaceEntry> {
  const entry = await getEntry('places', id);
  if (!entry) throw new Error(`No place "${id}" in content/places/`);
  return entry;
}

export async function helplineById(id: string): Promise<CollectionEntry<'helplines'>> {
  const entry = await getEntry('helplines', id);
  if (!entry) throw new Error(`No helpline "${id}" in content/helplines.json`);
  return entry;
}

/** The parts of the standard in one language, in reading order. Two parts in one place stop the build. */
export async function standardParts(lang: Lang): Promise<StandardEntry[]> {
  const parts = await getCollection('standard', (entry) => entry.id.startsWith(`${lang}/`));
  parts.sort((a, b) => a.data.order - b.data.order);
  parts.forEach((part, index) => {
    const before = parts[index - 1];
    if (before && before.data.order === part.data.order) {
      throw new Error(`${part.filePath}: order ${part.data.order} is already used by ${before.filePath}`);
    }
  });
  return parts;
}

const reported = new Set<string>();

/** The build says which translations are missing, once each; the pages show the Danish text meanwhile. */
function reportMissing(collection: string, lang: Lang, ids: readonly string[]): void {
  for (const id of ids) {
    const file = `content/${collection}/${lang}/${id}.md`;
    if (reported.has(file)) continue;
    reported.add(file);
    console.warn(`[translations] ${file} is missing; its page shows the Danish text with a notice.`);
  }
}

/** Entries of a Markdown collection in one language, keyed by file name, with the Danish text where a translation is missing. */
async function inLanguage<C extends 'standard' | 'pages'>(collection: C, danish: CollectionEntry<C>[], lang: Lang) {
  const nameOf = (entry: CollectionEntry<C>) => entry.id.slice(entry.id.indexOf('/') + 1);
  const reference = danish.map((entry) => ({ id: nameOf(entry), entry }));
  if (lang === defaultLang) return reference.map((item) => ({ ...item, translated: true }));
  const own = await getCollection(collection, (entry: CollectionEntry<C>) => entry.id.startsWith(`${lang}/`));
  const { items, missing, orphans } = resolveTranslations(reference, new Map(own.map((entry) => [nameOf(entry), entry])));
  if (orphans.length > 0) {
    throw new Error(`content/${collection}/${lang}/${orphans[0]}.md has no Danish original content/${collection}/da/${orphans[0]}.md; a translation keeps the Danish file name`);
  }
  reportMissing(collection, lang, missing);
  return items;
}

export type LocalisedPart = Localised<StandardEntry>;

/** The standard in one language, in the Danish reading order; a part not yet translated is the Danish part. */
export async function standardPartsIn(lang: Lang): Promise<LocalisedPart[]> {
  return inLanguage('standard', await standardParts(defaultLang), lang);
}

/** A page written for the site (such as `sikkerhed`) in one language, or in Danish until it is translated. */
export async function sitePageIn(lang: Lang, name: string): Promise<Localised<CollectionEntry<'pages'>>> {
  const danish = await getCollection('pages', (entry) => entry.id.startsWith(`${defaultLang}/`));
  const page = (await inLanguage('pages', danish, lang)).find((item) => item.id === name);
  if (!page) throw new Error(`content/pages/${defaultLang}/${name}.md is missing`);
  return page;
}

/**
 * Renders a Markdown entry, or stops the build. Astro's glob loader only logs a Markdown error and
 * stores the entry without HTML; publishing that would be a page with part of the standard missing.
 */
export async function renderOrFail(entry: StandardEntry | CollectionEntry<'pages'>) {
  if (!entry.rendered) {
    throw new Error(`${entry.filePath ?? entry.id} could not be rendered; the reason is logged above ("Error rendering …").`);
  }
  return render(entry);
}
