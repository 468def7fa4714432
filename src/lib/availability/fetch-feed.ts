import { maxFeedBytes } from '../../schemas/availability.ts';

export type FetchProblem = 'network' | 'http' | 'too-large' | 'aborted';

export type FetchedFeed = { ok: true; text: string; serverTime?: number } | { ok: false; problem: FetchProblem };

async function readAtMost(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > limit ? undefined : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches the feed's text. `cache: 'no-cache'` makes the browser revalidate its copy every time (with
 * If-None-Match when the server sent an ETag), so an unchanged feed costs a 304 and no body. No cookies
 * go with it, and a body over the size limit is dropped unread.
 */
export async function fetchFeedText(url: string, signal: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<FetchedFeed> {
  try {
    const response = await fetchImpl(url, {
      cache: 'no-cache',
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, problem: 'http' };
    }
    if (Number(response.headers.get('content-length')) > maxFeedBytes) {
      await response.body?.cancel().catch(() => {});
      return { ok: false, problem: 'too-large' };
    }
    const text = await readAtMost(response, maxFeedBytes);
    if (text === undefined) return { ok: false, problem: 'too-large' };
    // The server's clock, from the Date header, to check the phone's clock against.
    const serverTime = Date.parse(response.headers.get('date') ?? '');
    return Number.isFinite(serverTime) ? { ok: true, text, serverTime } : { ok: true, text };
  } catch {
    return { ok: false, problem: signal.aborted ? 'aborted' : 'network' };
  }
}
