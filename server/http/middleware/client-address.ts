import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address a request came from, for rate limits only (it is never logged or stored). Behind a proxy
 * every request comes from the proxy, so with `trustProxy` the last `X-Forwarded-For` entry counts: the
 * one the proxy itself added. Without it the header is ignored, as anyone can send it.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return network(forwarded);
  }
  try {
    return network(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    // In-process requests (tests) have no socket.
    return 'unknown';
  }
}

/**
 * The network an address stands for in a rate limit: an IPv4 address itself, but an IPv6 address by its
 * /64, which one household or one attacker has whole and could otherwise walk through address by address.
 */
export function network(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back] : front;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
