import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { cacheLifetimes, securityHeaders } from '../../../src/config/security.ts';
import { headersFor, parseHeadersFile, redirectsFile, type HeaderRule } from '../../../src/lib/deploy-headers.ts';
import type { ServiceDeps } from '../context.ts';
import { isStaffPath } from '../paths.ts';

interface FeedCopy {
  /** What identifies the file on disk: a new file (a rename) or a rewrite changes it. */
  stamp: string;
  body: Buffer;
  etag: string;
}

/** Whether an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks for it). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The public side, as `npm start` serves it: the built site with the headers of its own `_headers` and
 * `_redirects` (as a static host reads them), and the feed the service writes, with a strong ETag so an
 * unchanged feed costs a 304. Nothing here reads or sets a cookie.
 */
export function publicSiteRoutes(deps: ServiceDeps): Hono {
  const app = new Hono();
  const { siteDir, feedFile, feedPath } = deps.config;
  const read = (file: string) => (siteDir && existsSync(join(siteDir, file)) ? readFileSync(join(siteDir, file), 'utf8') : '');
  const rules: HeaderRule[] = parseHeadersFile(read('_headers'));
  const redirects = redirectsFile(read('_redirects'));
  const notFoundPage = read('404.html') || 'Not found';
  const notFound = (c: Context) => c.html(notFoundPage, 404);

  /** The headers the build gives a path; without a build (behind nginx), the security headers alone. */
  const withSiteHeaders = (c: Context, path: string) => {
    const headers = rules.length > 0 ? headersFor(rules, path) : new Map(securityHeaders);
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };

  let feed: FeedCopy | undefined;
  /** The feed file, read again only when it has changed on disk. */
  const currentFeed = (): FeedCopy | undefined => {
    const stats = statSync(feedFile, { throwIfNoEntry: false });
    if (!stats) return undefined;
    const stamp = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
    if (feed?.stamp !== stamp) {
      const body = readFileSync(feedFile);
      feed = { stamp, body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
    }
    return feed;
  };

  app.on(['GET', 'HEAD'], feedPath, (c) => {
    const copy = currentFeed();
    const response = !copy
      ? c.text('The feed is not written yet.', 503, { 'Cache-Control': 'no-store' })
      : matches(c.req.header('if-none-match'), copy.etag)
        ? c.body(null, 304, { ETag: copy.etag })
        : c.body(new Uint8Array(copy.body), 200, { ETag: copy.etag, 'Content-Type': 'application/json; charset=utf-8' });
    c.res = response;
    withSiteHeaders(c, feedPath);
    if (copy) c.res.headers.set('Cache-Control', cacheLifetimes.feed);
    return c.res;
  });

  if (!siteDir) return app;

  app.use('*', async (c, next) => {
    const path = c.req.path;
    if (isStaffPath(path)) return next();
    await next();
    withSiteHeaders(c, path);
  });
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path;
    if (isStaffPath(path)) return next();
    // Instructions for hosts, not files for readers; and no "//host" that a redirect below would lead away to.
    if (path === '/_headers' || path === '/_redirects' || path.startsWith('//')) return notFound(c);
    const to = redirects.get(path) ?? redirects.get(path.replace(/\/$/, ''));
    if (to) return c.redirect(to, 301);
    // A folder is a page: its address ends in a slash, so that the page's relative links work.
    if (!path.endsWith('/') && statSync(join(siteDir, path), { throwIfNoEntry: false })?.isDirectory()) {
      return c.redirect(`${path}/${new URL(c.req.url).search}`, 301);
    }
    return next();
  });
  app.use('*', serveStatic({ root: siteDir }));
  app.on(['GET', 'HEAD'], '*', (c, next) => (isStaffPath(c.req.path) ? next() : notFound(c)));
  return app;
}
