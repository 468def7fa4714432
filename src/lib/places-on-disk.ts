import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { placeSchema, type Place } from '../schemas/place.ts';

/**
 * The place records read straight from `content/places/`, for code that runs outside the content layer
 * (the Markdown pipeline, tests). Pages read the same files through the `places` collection.
 */
export function readPlacesFromDisk(dir = join(process.cwd(), 'content', 'places')): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
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
