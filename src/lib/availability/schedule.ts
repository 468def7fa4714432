/**
 * When the availability island asks for the feed again. Pure: the randomness is passed in, so the
 * bounds can be tested.
 */
export const pollPolicy = {
  /** A count changes a few times a day; once a minute is fresh enough and costs a 304 most of the time. */
  intervalMs: 60_000,
  /** ±10 %, so that thousands of phones opened by the same news story do not ask in step. */
  jitterRatio: 0.1,
  /** A request that has not finished by then counts as failed. */
  timeoutMs: 10_000,
  /** After the n-th failure in a row the wait is random between 0 and base × 2ⁿ, at most the cap. */
  backoffBaseMs: 30_000,
  backoffCapMs: 10 * 60_000,
  /** Full jitter can draw 0; never ask again sooner than this. */
  minDelayMs: 1_000,
} as const;

export type PollPolicy = typeof pollPolicy;

/** The wait after a successful request: the interval with ±10 % jitter. */
export function delayAfterSuccess(random: () => number = Math.random, policy: PollPolicy = pollPolicy): number {
  return Math.round(policy.intervalMs * (1 + policy.jitterRatio * (2 * random() - 1)));
}

/** The wait after `failures` failed requests in a row: exponential backoff with full jitter. */
export function delayAfterFailure(failures: number, random: () => number = Math.random, policy: PollPolicy = pollPolicy): number {
  const ceiling = Math.min(policy.backoffCapMs, policy.backoffBaseMs * 2 ** Math.min(Math.max(failures, 1), 20));
  return Math.max(policy.minDelayMs, Math.round(random() * ceiling));
}
