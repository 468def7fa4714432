import { centreReportSchema, feedEnvelopeSchema, feedVersion, maxFeedBytes } from '../../schemas/availability.ts';

/** One centre's count that passed every rule. Times are milliseconds since the epoch. */
export interface Report {
  free: number;
  maximum: number;
  updated: number;
  note?: string;
}

/** Why a feed as a whole was refused; every centre is then unknown. */
export type FeedProblem = 'not-json' | 'wrong-version' | 'wrong-shape' | 'too-large';

export type ParsedFeed =
  { ok: true; generatedAt: number; reports: ReadonlyMap<string, Report | 'invalid'> } | { ok: false; problem: FeedProblem };

/**
 * A report dated this far in the future is refused: a count that claims to come from tomorrow would
 * never age into stale. Five minutes allows for a centre's clock running a little fast.
 */
export const allowedClockSkewMs = 5 * 60_000;

/** Each centre's number of places, by id: what `parseFeed` checks every count against. */
export function capacitiesOf(centres: Iterable<readonly [string, { capacity: number }]>): Map<string, number> {
  return new Map([...centres].map(([id, centre]) => [id, centre.capacity]));
}

/** A feed entry's centre id, when it has one that is a string. */
export function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('id' in entry)) return undefined;
  return typeof entry.id === 'string' ? entry.id : undefined;
}

function reportFrom(entry: unknown, capacity: number, now: number): Report | 'invalid' {
  const result = centreReportSchema.safeParse(entry);
  if (!result.success) return 'invalid';
  const { available, maximum, updated, note } = result.data;
  const updatedAt = Date.parse(updated);
  if (maximum !== capacity || !Number.isFinite(updatedAt) || updatedAt > now + allowedClockSkewMs) return 'invalid';
  // Direction controls would let a note show its text reversed ("evil" as "live"); the note is isolated with dir="auto" instead.
  const text = note?.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  return { free: available, maximum, updated: updatedAt, ...(text?.trim() ? { note: text } : {}) };
}

/**
 * Reads a feed body against the site's own capacities (centre id → number of places).
 *
 * Never throws. A centre's count is kept only when it follows every rule of the contract; a centre whose
 * entry breaks one is `'invalid'` (unknown on the page), a centre missing from the feed is absent, an id
 * the site does not know is ignored, and a centre listed twice is invalid because nobody can tell which
 * entry is true.
 */
export function parseFeed(text: string, capacities: ReadonlyMap<string, number>, now: number): ParsedFeed {
  try {
    // The limit is in bytes, as the body arrives; a character can take up to 4 (`text.length` alone lets
    // a feed of "ø"s twice the limit through). Checking the length first keeps a huge body from being encoded.
    if (text.length > maxFeedBytes || new TextEncoder().encode(text).byteLength > maxFeedBytes) return { ok: false, problem: 'too-large' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'not-json' };
    }
    const envelope = feedEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
      return { ok: false, problem: version !== undefined && version !== feedVersion ? 'wrong-version' : 'wrong-shape' };
    }
    const entries = new Map<string, unknown[]>();
    for (const entry of envelope.data.centers) {
      const id = idOf(entry);
      if (id === undefined || !capacities.has(id)) continue;
      entries.set(id, [...(entries.get(id) ?? []), entry]);
    }
    const reports = new Map<string, Report | 'invalid'>();
    for (const [id, listed] of entries) {
      reports.set(id, listed.length === 1 ? reportFrom(listed[0], capacities.get(id)!, now) : 'invalid');
    }
    return { ok: true, generatedAt: Date.parse(envelope.data.generatedAt), reports };
  } catch {
    // Nothing above should throw; if something does, the honest answer is still "unknown".
    return { ok: false, problem: 'wrong-shape' };
  }
}
