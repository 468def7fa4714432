import type { Context, MiddlewareHandler } from 'hono';
import type { RateLimit } from '../../config.ts';
import type { StaffEnv } from '../context.ts';
import { refuse } from '../respond.ts';

/**
 * Counts requests per key in fixed windows, in memory: enough for one service process, and forgotten on
 * restart, which only ever lets someone in sooner.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  readonly limit: RateLimit;
  readonly now: () => number;
  constructor(limit: RateLimit, now: () => number) {
    this.limit = limit;
    this.now = now;
  }

  /** Counts one request; the seconds to wait when it is one too many, else 0. */
  take(key: string): number {
    const now = this.now();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.#windows.size > 10_000) this.#forgetEnded(now);
      window = { count: 0, resetAt: now + this.limit.windowMs };
      this.#windows.set(key, window);
    }
    window.count++;
    return window.count > this.limit.limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  #forgetEnded(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}

/** Refuses a request over the limit with 429 and when to try again. */
export function rateLimit(limiter: RateLimiter, keyOf: (c: Context<StaffEnv>) => string): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const wait = limiter.take(keyOf(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return refuse(c, 429, c.var.texts.errors.rateLimited);
    }
    return next();
  };
}
