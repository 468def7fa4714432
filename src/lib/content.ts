import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Lang } from '../config/locales';
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

/** The section id of a standard entry: "da/klageadgang" → "klageadgang". */
export function partId(entry: StandardEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
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
