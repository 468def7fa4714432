import { delayAfterFailure, delayAfterSuccess, pollPolicy, type PollPolicy } from './schedule.ts';

/** The part of `document` the poller needs, so tests can hide and show a page. */
export interface VisibilitySource {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface PollerOptions {
  /** One request; resolves true when it brought usable data. It must settle once `signal` aborts. */
  load(signal: AbortSignal): Promise<boolean>;
  visibility: VisibilitySource;
  random?: () => number;
  policy?: PollPolicy;
}

/**
 * Asks for the feed now, then again on the schedule, for as long as the page is open. While the page
 * is hidden nothing is requested; a request that fell due meanwhile is made as soon as the page is shown.
 * Returns a function that stops everything, including a request under way.
 */
export function startPolling({ load, visibility, random = Math.random, policy = pollPolicy }: PollerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = false;
  let inFlight: AbortController | undefined;
  let failures = 0;
  let stopped = false;

  async function poll(): Promise<void> {
    due = false;
    const controller = new AbortController();
    inFlight = controller;
    const timeout = setTimeout(() => controller.abort(), policy.timeoutMs);
    // Once the request is given up on, it has failed, whatever `load` does later, and even if it never settles.
    const givenUp = new Promise<false>((resolve) => controller.signal.addEventListener('abort', () => resolve(false)));
    let ok: boolean;
    try {
      ok = await Promise.race([load(controller.signal).then((loaded) => loaded && !controller.signal.aborted), givenUp]);
    } catch {
      ok = false;
    } finally {
      clearTimeout(timeout);
      inFlight = undefined;
    }
    if (stopped) return;
    failures = ok ? 0 : failures + 1;
    const delay = ok ? delayAfterSuccess(random, policy) : delayAfterFailure(failures, random, policy);
    timer = setTimeout(whenDue, delay);
  }

  function whenDue(): void {
    timer = undefined;
    if (visibility.hidden) due = true;
    else void poll();
  }

  function onVisibilityChange(): void {
    if (!visibility.hidden && due && !inFlight) void poll();
  }

  visibility.addEventListener('visibilitychange', onVisibilityChange);
  whenDue();

  return () => {
    stopped = true;
    clearTimeout(timer);
    inFlight?.abort();
    visibility.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
