import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './content-files';

/**
 * The authoritative text of the standard, as extracted from the municipality's published PDF. The
 * transcription in content/standard/da/ is checked against it.
 */
export const seedPath = join(root, 'tests', 'fixtures', 'source', 'kvalitetsstandard-krisecentre-2023-2024.txt');

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8');
}
