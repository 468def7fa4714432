import { afterRequest, availabilityOf, initialFeedState, type Availability } from '../../src/lib/availability/status.ts';
import type { Report } from '../../src/lib/availability/parse-feed.ts';
import type { Count } from './report.ts';

/**
 * A centre's count as a reader of the website sees it at `now`, by the very rules the site's island
 * applies: free, full, or unknown (never reported, or too old).
 */
export function publicView(id: string, count: Count | undefined, capacity: number, now: number, staleAfterMs: number): Availability {
  const reports = new Map<string, Report>();
  if (count)
    reports.set(id, { free: count.available, maximum: capacity, updated: count.updatedAt, ...(count.note ? { note: count.note } : {}) });
  const state = afterRequest(initialFeedState, { ok: true, generatedAt: now, reports }, now);
  return availabilityOf(id, state, now, staleAfterMs);
}
