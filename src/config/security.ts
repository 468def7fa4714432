/**
 * What the site allows a browser to do, in one place: the Content-Security-Policy every page carries in
 * a meta tag (Astro adds the script and style hashes), and the HTTP headers a host sends with the build
 * (`dist/_headers`, `deploy/nginx.conf`).
 *
 * Everything comes from the site's own origin. The one exception is the map's tiles, and only on the
 * page with the map, after the reader asked for it.
 */
import type { MapSettings } from './map.ts';

/**
 * The policy's directives other than `script-src` and `style-src`, which Astro writes from the hashes of
 * the scripts and styles it puts on each page. The availability feed is a path on this site
 * (`PUBLIC_AVAILABILITY_URL` refuses anything else), so `connect-src 'self'` is its origin.
 */
export const pageDirectives = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * What the map adds on the page that has it: the tile server's images, and Leaflet's own small images,
 * which its stylesheet carries as `data:` URLs. Leaflet itself is a script file from this site.
 */
export function mapDirectives(map: Pick<MapSettings, 'tileOrigins'>): `img-src ${string}`[] {
  return [`img-src ${map.tileOrigins.join(' ')} data:`];
}

/**
 * Web workers: none, except on the search page, whose index runs its searches in a worker from this site
 * so that typing stays smooth on a slow phone.
 */
export function workerDirective(allowWorkers: boolean): `worker-src ${string}` {
  return allowWorkers ? "worker-src 'self'" : "worker-src 'none'";
}

/**
 * The search page's script sources: its index is compiled WebAssembly, which a policy must allow by
 * name. Naming any source replaces Astro's default `'self'`, so it is named again.
 */
export const searchScriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives only an HTTP header can carry: a meta tag cannot stop another site from framing the page
 * (which could hide the quick exit or dress the page up as something else).
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The other security headers, the same on every response. */
export const securityHeaders: ReadonlyArray<readonly [name: string, value: string]> = [
  // Two years, as the HSTS preload list asks; the municipality decides about preloading its domain.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  // For browsers without frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  ],
];

/**
 * How long a browser may keep each kind of file. Astro's files in `/_astro/` have a content hash in
 * their names, so they never change; pages and the feed (at `feedPath`, `PUBLIC_AVAILABILITY_URL`) do,
 * and must be checked again soon.
 */
export const cacheLifetimes = {
  hashed: 'public, max-age=31536000, immutable',
  // The centres update the feed at any time; the island asks for it with `cache: 'no-cache'` anyway.
  feed: 'max-age=60, must-revalidate',
  // Everything else: pages, the favicon, the search index, the sitemap. Five minutes, then asked again (a 304 is cheap).
  other: 'public, max-age=300, must-revalidate',
} as const;

export const hashedAssets = '/_astro/';
