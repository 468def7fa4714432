import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { endSession, sessionPerson } from '../store/sessions.ts';
import type { ServiceDeps, StaffEnv } from './context.ts';

/**
 * The session cookie: `__Host-` (this host only, path /, Secure), HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it). Browsers treat http://localhost as secure, so it
 * works there too. It holds a random token; the database keeps its hash.
 */
export const sessionCookie = {
  name: 'krisecentre-staff',
  options: { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Strict' } satisfies CookieOptions,
} as const;

/** Finds the signed-in person for the request's session cookie, if it is live. */
export function readSession(deps: ServiceDeps): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    c.set('person', sessionPerson(deps.db, getCookie(c, sessionCookie.name, 'host'), deps.now()));
    await next();
  };
}

/** Ends the session in the database and in the browser. */
export function signOut(deps: ServiceDeps, c: Parameters<MiddlewareHandler<StaffEnv>>[0]): void {
  endSession(deps.db, getCookie(c, sessionCookie.name, 'host'), deps.now());
  deleteCookie(c, sessionCookie.name, sessionCookie.options);
  if (c.var.person) deps.log(`sign-out staff=${c.var.person.id}`);
}
