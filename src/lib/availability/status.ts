import type { ParsedFeed, Report } from './parse-feed.ts';

/** What the island knows, kept across requests so that the last good counts survive an outage. */
export interface FeedState {
  /** False until the first request has ended, one way or the other. */
  settled: boolean;
  /** The reports of the last feed that could be read, or null when none could be read yet. */
  reports: ReadonlyMap<string, Report | 'invalid'> | null;
  /** When the last readable feed arrived. */
  receivedAt: number | null;
  /** The latest request failed (network, server, unreadable feed); older counts may still be shown. */
  failing: boolean;
}

export const initialFeedState: FeedState = { settled: false, reports: null, receivedAt: null, failing: false };

/** The state after one request: a readable feed replaces everything; a failure keeps the last good counts. */
export function afterRequest(state: FeedState, outcome: ParsedFeed | { ok: false }, now: number): FeedState {
  if (outcome.ok) return { settled: true, reports: outcome.reports, receivedAt: now, failing: false };
  return { ...state, settled: true, failing: true };
}

export type Availability =
  | { state: 'loading' }
  | { state: 'free' | 'full'; free: number; updated: number; note?: string }
  | {
      state: 'unknown';
      /** `no-feed`: no feed could be read; `not-reported`: the feed has no valid count; `stale`: the count is too old. */
      reason: 'no-feed' | 'not-reported' | 'stale';
      /** The old count, only to say what was last reported and when. */
      lastReport?: { free: number; updated: number };
    };

/**
 * How far the phone's clock is behind the server's, from one answer's Date header; never negative.
 * A phone whose clock is hours slow would otherwise show a day-old count as fresh. A phone that is fast
 * only makes counts look older, which errs on the side of "call and ask".
 */
export function clockLag(serverTime: number | undefined, phoneTime: number): number {
  return serverTime === undefined ? 0 : Math.max(0, serverTime - phoneTime);
}

/** One centre's availability as the reader should see it at `now`. */
export function availabilityOf(id: string, state: FeedState, now: number, staleAfterMs: number): Availability {
  if (!state.settled) return { state: 'loading' };
  if (!state.reports) return { state: 'unknown', reason: 'no-feed' };
  const report = state.reports.get(id);
  if (report === undefined || report === 'invalid') return { state: 'unknown', reason: 'not-reported' };
  if (now - report.updated > staleAfterMs) {
    return { state: 'unknown', reason: 'stale', lastReport: { free: report.free, updated: report.updated } };
  }
  return {
    state: report.free === 0 ? 'full' : 'free',
    free: report.free,
    updated: report.updated,
    ...(report.note === undefined ? {} : { note: report.note }),
  };
}
