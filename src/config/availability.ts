/**
 * Where the availability feed lives and when a count is too old to show, set at build time:
 *
 * - `PUBLIC_AVAILABILITY_URL`: a path on this site (default `/availability.json`). Never another site:
 *   every poll would tell it the reader's address.
 * - `PUBLIC_AVAILABILITY_STALE_HOURS`: a count older than this is shown as unknown (default 24).
 *
 * The command-line tool reads the same variables from its environment.
 */
export interface AvailabilitySettings {
  feedUrl: string;
  staleAfterHours: number;
}

export const defaultFeedUrl = '/availability.json';
export const defaultStaleAfterHours = 24;

export function availabilitySettings(env: Readonly<Record<string, string | boolean | undefined>>): AvailabilitySettings {
  const url = String(env.PUBLIC_AVAILABILITY_URL || defaultFeedUrl);
  if (!/^\/(?![/\\])/.test(url)) {
    throw new Error(`PUBLIC_AVAILABILITY_URL must be a path on this site such as "/availability.json", not "${url}"`);
  }
  const hours = Number(env.PUBLIC_AVAILABILITY_STALE_HOURS || defaultStaleAfterHours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 7) {
    throw new Error(
      `PUBLIC_AVAILABILITY_STALE_HOURS must be a number of hours above 0 and at most 168, not "${env.PUBLIC_AVAILABILITY_STALE_HOURS}"`,
    );
  }
  return { feedUrl: url, staleAfterHours: hours };
}
