import { createHash } from 'node:crypto';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the test's feed answers the next request. */
export type FeedAnswer = { json: unknown } | { status: number; body: string; contentType: string } | { hang: true };

export interface FeedRequest {
  ifNoneMatch: string | undefined;
  status: number | 'hung';
}

export interface FeedOrigin {
  /** The origin to load pages from: the production site, with the test's feed at /availability.json. */
  url: string;
  requests: FeedRequest[];
  answer(answer: FeedAnswer): void;
  /**
   * Sets the server's clock, which every answer's `Date` header tells. The island trusts that clock over
   * the phone's, so a test that fixes the page's clock fixes this one too. Like a clock installed in the
   * page, it runs on from there in real time.
   */
  setTime(time: number | Date): void;
  /** Moves the server's clock on, as `page.clock.fastForward` moves the page's. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/**
 * A real HTTP origin in front of the built site (the preview server), whose `/availability.json` the test
 * controls. The feed is real network traffic, not an intercepted request, so the browser's own cache,
 * ETag revalidation and timeouts behave as they do for a reader.
 */
export async function startFeedOrigin(site: string): Promise<FeedOrigin> {
  let current: FeedAnswer = { status: 404, body: 'not set', contentType: 'text/plain' };
  const requests: FeedRequest[] = [];
  const sockets = new Set<Socket>();
  // Until a test sets it, the server has no time of its own to tell: answers carry no Date header, so
  // nothing on the page depends on the day the test runs.
  let clock: { base: number; setAt: number } | undefined;
  const date = (): Record<string, string> => (clock ? { date: new Date(clock.base + performance.now() - clock.setAt).toUTCString() } : {});

  function serveFeed(req: IncomingMessage, res: ServerResponse): void {
    const ifNoneMatch = req.headers['if-none-match'];
    if ('hang' in current) {
      requests.push({ ifNoneMatch, status: 'hung' });
      return;
    }
    if ('json' in current) {
      const body = JSON.stringify(current.json);
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      // The headers docs/availability-feed.md asks a feed host to send. With max-age=60 the browser would reuse its copy
      // for a minute; only the island's `cache: 'no-cache'` makes it ask (and get a 304) every time.
      const headers = { etag, 'cache-control': 'max-age=60, must-revalidate', 'content-type': 'application/json', ...date() };
      const status = ifNoneMatch === etag ? 304 : 200;
      requests.push({ ifNoneMatch, status });
      res.writeHead(status, headers).end(status === 200 ? body : undefined);
      return;
    }
    requests.push({ ifNoneMatch, status: current.status });
    res.writeHead(current.status, { 'content-type': current.contentType, 'cache-control': 'no-store', ...date() }).end(current.body);
  }

  const server = createServer((req, res) => {
    // Node adds a Date header from the machine's clock unless told not to; the test's clock decides.
    res.sendDate = false;
    if (req.url?.split('?')[0] === '/availability.json') return serveFeed(req, res);
    const upstream = forward(
      `${site}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(site).host } },
      (answer) => {
        const { date: _realDate, ...headers } = answer.headers;
        res.writeHead(answer.statusCode ?? 502, { ...headers, ...date() });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(answer) {
      current = answer;
    },
    setTime(time) {
      clock = { base: new Date(time).getTime(), setAt: performance.now() };
    },
    advance(ms) {
      if (!clock) throw new Error('advance() needs setTime() first');
      clock.base += ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
