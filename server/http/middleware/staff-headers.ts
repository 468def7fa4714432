import type { MiddlewareHandler } from 'hono';
import { securityHeaders } from '../../../src/config/security.ts';

/**
 * The staff pages' policy: their own script and stylesheet and nothing else, no inline script or style,
 * no frames, forms and requests to this origin only.
 */
export const staffContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every staff response: the site's security headers, the policy above, nothing kept by a
 * browser or a proxy (a shared phone's Back button must not show a colleague's page), and no search
 * engine listing.
 */
export function staffHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of securityHeaders) c.res.headers.set(name, value);
    c.res.headers.set('Content-Security-Policy', staffContentSecurityPolicy);
    // Not the site's no-referrer: under it a browser sends a form post's Origin as "null", and every write
    // here is checked by its Origin. The staff pages link nowhere else, so nothing leaves with a referrer.
    c.res.headers.set('Referrer-Policy', 'same-origin');
    c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
