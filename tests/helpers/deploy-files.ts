/**
 * Reads the two deploy files the way their servers do, to find the headers each sends for a path:
 * `_headers` as Netlify and Cloudflare Pages match it, and an nginx server block by its locations.
 */

/**
 * The headers `_headers` gives a path. Every matching rule applies; a header set by two matching rules
 * is an error here, because Cloudflare would send both values joined by a comma.
 */
export function headersFileFor(text: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let matches = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const rule = line.trim();
      matches = rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) || path === rule.slice(0, -2) : path === rule;
      continue;
    }
    if (!matches) continue;
    const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
    if (headers.has(name!)) throw new Error(`_headers sets ${name} twice for ${path}`);
    headers.set(name!, value!);
  }
  return headers;
}

/** The `_redirects` rules: from → to. */
export function redirectsFile(text: string): Map<string, string> {
  return new Map(text.split('\n').filter((line) => line.trim()).map((line) => {
    const [from, to] = line.trim().split(/\s+/);
    return [from!, to!];
  }));
}

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
