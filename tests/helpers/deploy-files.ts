/**
 * Reads the two deploy files the way their servers do, to find the headers each sends for a path:
 * `_headers` as Netlify and Cloudflare Pages match it (src/lib/deploy-headers.ts, which the staff service
 * also serves the site by), and an nginx server block by its locations.
 */

export { headersFileFor, redirectsFile } from '../../src/lib/deploy-headers';

interface Location {
  exact: boolean;
  match: string;
  body: string;
}

/** The HTTPS server block's locations (the block that serves the site, not the one that redirects to it). */
function locationsOf(conf: string): Location[] {
  const server = conf.slice(conf.indexOf('listen 443'));
  return [...server.matchAll(/location\s+(=\s+)?(\S+)\s*\{([^}]*)\}/g)].map(([, exact, match, body]) => ({ exact: !!exact, match: match!, body: body! }));
}

/** The headers nginx sends for a path: from the exact location, else the longest matching prefix. */
export function nginxFor(conf: string, path: string): Map<string, string> {
  const locations = locationsOf(conf);
  const location =
    locations.find((candidate) => candidate.exact && candidate.match === path) ??
    locations.filter((candidate) => !candidate.exact && path.startsWith(candidate.match)).sort((a, b) => b.match.length - a.match.length)[0];
  if (!location) throw new Error(`no nginx location serves ${path}`);
  return new Map([...location.body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map(([, name, value]) => [name!, value!]));
}

/** Where nginx redirects a path, if it does. */
export function nginxRedirect(conf: string, path: string): string | undefined {
  const location = locationsOf(conf).find((candidate) => candidate.exact && candidate.match === path);
  return location && /return\s+301\s+(\S+);/.exec(location.body)?.[1];
}
