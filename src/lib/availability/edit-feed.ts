import { feedEnvelopeSchema, feedVersion, maxNoteLength } from '../../schemas/availability.ts';
import type { CentreFacts } from './check-feed.ts';
import { idOf } from './parse-feed.ts';

/** A change the tool refuses, with the reason in words. */
export class FeedEditError extends Error {}

/** An ISO 8601 time without milliseconds, as the feed writes it. */
export function stamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A feed with no counts yet, for a centre publishing the first time. */
export function emptyFeed(now: number): Record<string, unknown> {
  return { version: feedVersion, generatedAt: stamp(now), centers: [] };
}

/**
 * The feed with one centre's count set to `free` places, stamped `now`. The other centres' entries are
 * kept exactly as they were, in their order. A note is written only when given: a note is about now,
 * and yesterday's note must not survive today's count.
 */
export function setCount(
  feed: unknown,
  id: string,
  freeText: string,
  centres: ReadonlyMap<string, CentreFacts>,
  now: number,
  note?: string,
): Record<string, unknown> {
  const facts = centres.get(id);
  if (!facts) throw new FeedEditError(`"${id}" is not a crisis centre on the site. Use one of: ${[...centres.keys()].join(', ')}`);
  if (!/^-?\d+$/.test(freeText.trim())) throw new FeedEditError(`"${freeText}" is not a whole number of free places`);
  const free = Number(freeText);
  if (free < 0) throw new FeedEditError(`free places cannot be negative (${free})`);
  if (free > facts.capacity) throw new FeedEditError(`${facts.name} has ${facts.capacity} places; ${free} free is more than that`);
  if (note !== undefined && note.length > maxNoteLength)
    throw new FeedEditError(`the note is ${note.length} characters; at most ${maxNoteLength}`);

  const envelope = feedEnvelopeSchema.safeParse(feed);
  if (!envelope.success) {
    throw new FeedEditError('the file is not an availability feed (version 1 with a "centers" list); it was left as it is');
  }
  const entry = { id, available: free, maximum: facts.capacity, updated: stamp(now), ...(note ? { note } : {}) };
  const isThisCentre = (candidate: unknown) => idOf(candidate) === id;
  const index = envelope.data.centers.findIndex(isThisCentre);
  // The entry takes the place of the centre's first entry; any second entry for it (which makes the
  // site show the centre as unknown) goes.
  const centers = envelope.data.centers.flatMap((candidate, i) => (i === index ? [entry] : isThisCentre(candidate) ? [] : [candidate]));
  if (index === -1) centers.push(entry);
  return { ...(feed as Record<string, unknown>), version: feedVersion, generatedAt: stamp(now), centers };
}
