import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { helplineSchema, placeSchema, type Place } from '../schemas/place.ts';
import type { Phone } from '../schemas/phone.ts';
import type { CentreFacts } from './availability/check-feed.ts';

/**
 * The place records read straight from `content/places/`, for code that runs outside the content layer
 * (the Markdown pipeline, tests). Pages read the same files through the `places` collection.
 */
export function readPlacesFromDisk(dir = join(process.cwd(), 'content', 'places')): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const path = join(dir, file);
    const result = placeSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    places.set(basename(file, '.json'), result.data);
  }
  return places;
}

/** The crisis centres with their names and numbers of places: what every count and feed is checked against. */
export function readCentresFromDisk(dir?: string): Map<string, CentreFacts> {
  const centres = new Map<string, CentreFacts>();
  for (const [id, place] of readPlacesFromDisk(dir)) {
    if (place.kind === 'crisis-centre' && place.capacity) centres.set(id, { name: place.name, capacity: place.capacity });
  }
  return centres;
}

/** The national helplines (112, 1888, 114) read straight from `content/helplines.json`, by id, for the Markdown pipeline and tests. */
export function readHelplinesFromDisk(file = join(process.cwd(), 'content', 'helplines.json')): Map<string, Phone> {
  const result = helplineSchema.array().safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return new Map(result.data.map((helpline) => [helpline.id, helpline.phone]));
}
