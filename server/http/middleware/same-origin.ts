import type { MiddlewareHandler } from 'hono';
import type { StaffEnv } from '../context.ts';
import { refuse } from '../respond.ts';

/**
 * Every request that changes something must come from the staff pages themselves: its `Origin` must be
 * the service's, and a browser's `Sec-Fetch-Site`, when sent, must say same-origin. Hono's `csrf()`
 * checks only form posts and lets either header alone pass; this checks every write, JSON too, and
 * wants both. A refused request writes nothing.
 */
export function sameOriginWrites(origin: string): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const site = c.req.header('sec-fetch-site');
    if (c.req.header('origin') !== origin || (site !== undefined && site !== 'same-origin')) {
      return refuse(c, 403, c.var.texts.errors.crossSite);
    }
    return next();
  };
}
