import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import { stamp } from '../../src/lib/availability/edit-feed.ts';
import { availabilityFeedSchema, feedVersion } from '../../src/schemas/availability.ts';
import type { Count } from '../domain/report.ts';

/**
 * The public feed (`src/schemas/availability.ts`, version 1) from the database's counts. A centre nobody
 * has reported for is left out, which the site shows as "unknown, call".
 */
export function feedFromCounts(centres: ReadonlyMap<string, CentreFacts>, counts: ReadonlyMap<string, Count>, now: number): string {
  const centers = [...centres].flatMap(([id, facts]) => {
    const count = counts.get(id);
    if (!count) return [];
    return [
      {
        id,
        available: count.available,
        maximum: facts.capacity,
        updated: stamp(count.updatedAt),
        ...(count.note ? { note: count.note } : {}),
      },
    ];
  });
  const feed = { version: feedVersion, generatedAt: stamp(now), centers };
  // The database's checks should make this impossible; a feed that breaks the contract is never published.
  const checked = availabilityFeedSchema.safeParse(feed);
  if (!checked.success) throw new Error(`the feed from the database breaks the contract: ${checked.error.message}`);
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/**
 * Writes the whole file beside the old one, flushes it to disk, then renames it over: a reader gets the
 * old file or the new, never half of one, and after a crash the file is whole.
 */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  // Readable by all (the web server serves it), whatever the writer's umask; an existing file keeps its mode.
  const mode = (statSync(file, { throwIfNoEntry: false })?.mode ?? 0o644) & 0o777;
  const fd = openSync(temporary, 'w', mode);
  try {
    fchmodSync(fd, mode);
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
  // The rename itself is kept only once the folder is on disk too.
  const folder = openSync(dirname(file), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/** Whether the feed file is there and says what it should; a missing or damaged file is rewritten at start. */
export function feedFileIsCurrent(file: string, expected: string): boolean {
  try {
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text) as { generatedAt?: unknown };
    // generatedAt differs by when it was written; everything else must be the same.
    const withoutTime = (value: string) => value.replace(/"generatedAt": "[^"]*"/, '');
    return typeof json.generatedAt === 'string' && withoutTime(text) === withoutTime(expected);
  } catch {
    return false;
  }
}
