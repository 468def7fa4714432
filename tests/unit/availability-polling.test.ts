import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchFeedText } from '../../src/lib/availability/fetch-feed';
import { startPolling } from '../../src/lib/availability/poller';
import { delayAfterFailure, delayAfterSuccess, pollPolicy } from '../../src/lib/availability/schedule';

/*
 * When the island asks for the feed decides both how fresh a count is and how hard thousands of phones
 * hit the server during an outage. Timers are faked so that hours pass in milliseconds.
 */

const second = 1000;
const minute = 60 * second;

describe('the schedule', () => {
  it('waits 60 s ± 10 % after a success', () => {
    expect(delayAfterSuccess(() => 0)).toBe(54 * second);
    expect(delayAfterSuccess(() => 0.5)).toBe(60 * second);
    expect(delayAfterSuccess(() => 1)).toBe(66 * second);
    for (let r = 0; r < 1; r += 0.01) {
      const delay = delayAfterSuccess(() => r);
      expect(delay).toBeGreaterThanOrEqual(54 * second);
      expect(delay).toBeLessThanOrEqual(66 * second);
    }
  });

  it('doubles the ceiling with each failure in a row, up to 10 minutes', () => {
    // With random 1 the wait is the ceiling itself: 30 s × 2^failures.
    expect([1, 2, 3, 4, 5, 6, 20, 1000].map((failures) => delayAfterFailure(failures, () => 1))).toEqual([
      1 * minute,
      2 * minute,
      4 * minute,
      8 * minute,
      10 * minute,
      10 * minute,
      10 * minute,
      10 * minute,
    ]);
  });

  it('draws the wait anywhere below the ceiling (full jitter), but never under 1 s', () => {
    expect(delayAfterFailure(3, () => 0.5)).toBe(2 * minute);
    expect(delayAfterFailure(1, () => 0)).toBe(second);
    expect(delayAfterFailure(1, () => 0.001)).toBe(second);
    for (let r = 0; r < 1; r += 0.01) {
      for (const failures of [1, 4, 9]) {
        const delay = delayAfterFailure(failures, () => r);
        expect(delay).toBeGreaterThanOrEqual(second);
        expect(delay).toBeLessThanOrEqual(Math.min(10 * minute, 30 * second * 2 ** failures));
      }
    }
  });
});

/** A page whose visibility the test switches, as `document` does. */
class FakePage extends EventTarget {
  hidden = false;
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

/** A `load` whose outcomes the test queues; each request stays open until the test settles it or its signal aborts. */
function fakeLoad() {
  const requests: { signal: AbortSignal; settle(ok: boolean): void }[] = [];
  const load = vi.fn(
    (signal: AbortSignal) =>
      new Promise<boolean>((resolve, reject) => {
        requests.push({ signal, settle: resolve });
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
  );
  return { load, requests, last: () => requests.at(-1)! };
}

describe('the poller', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    vi.useRealTimers();
  });

  /** Advances the fake clock and lets the poller's promises run. */
  const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

  it('asks at once, then again within 54–66 s of a success', async () => {
    for (const [random, expected] of [
      [0, 54 * second],
      [0.999_999, 66 * second],
    ] as const) {
      const page = new FakePage();
      const { load, last } = fakeLoad();
      stop = startPolling({ load, visibility: page, random: () => random });
      expect(load).toHaveBeenCalledTimes(1);
      last().settle(true);
      await advance(expected - 1);
      expect(load).toHaveBeenCalledTimes(1);
      await advance(1);
      expect(load).toHaveBeenCalledTimes(2);
      stop();
    }
  });

  it('backs off after failures in a row and returns to the interval after a success', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    // random 0.5: half of each ceiling (60 s, 120 s, 240 s, 480 s, 600 s → 30, 60, 120, 240, 300 s).
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    const waits: number[] = [];
    const outcomes = [false, false, false, false, false, false, true, false];
    for (const ok of outcomes) {
      last().settle(ok);
      const calls = load.mock.calls.length;
      let waited = 0;
      while (load.mock.calls.length === calls) {
        await advance(second);
        waited += second;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([30, 60, 120, 240, 300, 300, 60, 30].map((s) => s * second));
  });

  it('asks nothing while the page is hidden, and once as soon as it is shown if a request fell due', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    last().settle(true);
    await advance(0);
    page.setHidden(true);
    await advance(3 * 60 * minute);
    expect(load).toHaveBeenCalledTimes(1);

    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(2);
    // Another visibility event while that request is under way does not start a second one.
    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(2);
    last().settle(true);
    await advance(59 * second);
    expect(load).toHaveBeenCalledTimes(2);
    await advance(1 * second);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not ask early when the page is shown before a request is due', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    last().settle(true);
    await advance(10 * second);
    page.setHidden(true);
    await advance(10 * second);
    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(1);
    await advance(40 * second);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('waits for the page to be shown before the very first request', async () => {
    const page = new FakePage();
    page.hidden = true;
    const { load } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    await advance(10 * minute);
    expect(load).not.toHaveBeenCalled();
    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives up on a request after 10 s and counts it as a failure', async () => {
    const page = new FakePage();
    const { load, requests } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    const first = requests[0]!;
    await advance(pollPolicy.timeoutMs - 1);
    expect(first.signal.aborted).toBe(false);
    await advance(1);
    expect(first.signal.aborted).toBe(true);
    // The first failure's wait at random 0.5 is 30 s, not the 60 s of a success.
    await advance(30 * second - 1);
    expect(load).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after 10 s even on a request that ignores the abort, and counts a late success as a failure', async () => {
    const page = new FakePage();
    const late: ((ok: boolean) => void)[] = [];
    const load = vi.fn(() => new Promise<boolean>((resolve) => late.push(resolve)));
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    await advance(pollPolicy.timeoutMs);
    late[0]!(true);
    // Still the failure's 30 s, not a success's 60 s: the answer came after the request was given up on.
    await advance(30 * second);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('counts a request that throws as a failure and carries on', async () => {
    const page = new FakePage();
    const load = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    await advance(30 * second);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops asking once stopped', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    last().settle(true);
    await advance(0);
    stop();
    await advance(60 * minute);
    page.setHidden(true);
    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('aborts the request under way when stopped, and schedules nothing after it', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    const request = last();
    stop();
    expect(request.signal.aborted).toBe(true);
    await advance(60 * minute);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ignores the page being shown after it was stopped while hidden', async () => {
    const page = new FakePage();
    const { load, last } = fakeLoad();
    stop = startPolling({ load, visibility: page, random: () => 0.5 });
    last().settle(true);
    await advance(0);
    page.setHidden(true);
    await advance(5 * minute);
    stop();
    page.setHidden(false);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('fetchFeedText', () => {
  const kilobyte = 1024;
  const signal = () => new AbortController().signal;

  /** A body of `chunks` pieces of 16 KB, counting how far it was read. */
  function streamed(chunks: number) {
    const seen = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seen.pulled === chunks) return controller.close();
        seen.pulled++;
        controller.enqueue(new TextEncoder().encode(' '.repeat(16 * kilobyte)));
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    return { body, seen };
  }

  it('asks without cookies and revalidates every time', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('{"version":1}'));
    const ownSignal = signal();
    expect(await fetchFeedText('/availability.json', ownSignal, fetchImpl)).toEqual({ ok: true, text: '{"version":1}' });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/availability.json',
      expect.objectContaining({ cache: 'no-cache', credentials: 'omit', signal: ownSignal }),
    );
  });

  it('reports a server error as http', async () => {
    for (const status of [404, 500, 503]) {
      const fetchImpl = vi.fn<typeof fetch>(async () => new Response('<html>Service Unavailable</html>', { status }));
      expect(await fetchFeedText('/availability.json', signal(), fetchImpl)).toEqual({ ok: false, problem: 'http' });
    }
  });

  it('stops reading a body over 64 KB even when no length was announced', async () => {
    // 1 MB: far more than the limit, yet finite, so that a reader without the limit fails here instead of hanging.
    const { body, seen } = streamed(64);
    const result = await fetchFeedText(
      '/availability.json',
      signal(),
      vi.fn<typeof fetch>(async () => new Response(body)),
    );
    // Compared as a short summary: a diff of a megabyte of text would take the runner minutes.
    expect(result.ok ? `read ${result.text.length} characters` : result.problem).toBe('too-large');
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(6);
  });

  it('accepts a body of exactly 64 KB', async () => {
    const { body } = streamed(4);
    const result = await fetchFeedText(
      '/availability.json',
      signal(),
      vi.fn<typeof fetch>(async () => new Response(body)),
    );
    expect(result.ok && result.text.length).toBe(64 * kilobyte);
  });

  it('refuses a body announced as over 64 KB', async () => {
    const { body } = streamed(1);
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(body, { headers: { 'content-length': String(64 * kilobyte + 1) } }));
    const result = await fetchFeedText('/availability.json', signal(), fetchImpl);
    expect(result.ok ? `read ${result.text.length} characters` : result.problem).toBe('too-large');
  });

  it('reports an abort as aborted, before or during the body', async () => {
    const waitForAbort: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const before = new AbortController();
    const pending = fetchFeedText('/availability.json', before.signal, waitForAbort);
    before.abort();
    expect(await pending).toEqual({ ok: false, problem: 'aborted' });

    const during = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version":'));
        during.signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    });
    const reading = fetchFeedText('/availability.json', during.signal, async () => new Response(body));
    await new Promise((resolve) => setTimeout(resolve, 0));
    during.abort();
    expect(await reading).toEqual({ ok: false, problem: 'aborted' });
  });

  it('reports a failed connection as network', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchFeedText('/availability.json', signal(), fetchImpl)).toEqual({ ok: false, problem: 'network' });
  });
});
