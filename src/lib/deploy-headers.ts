/**
 * The HTTP headers a host sends with the built site, written in two formats from one set of rules:
 * `_headers` (Netlify, Cloudflare Pages and others) and an nginx server block.
 *
 * The Content-Security-Policy header is every page's own policy (the meta tag Astro writes) joined into
 * one, plus what only a header can say. A browser enforces both the header and the meta tag, so each
 * page stays exactly as strict as its own tag while the header adds `frame-ancestors`.
 */
import { cacheLifetimes, hashedAssets, headerOnlyDirectives, securityHeaders } from '../config/security.ts';
import { siteUrl } from '../config/site.ts';

export type Header = readonly [name: string, value: string];
export interface HeaderRule {
  /** `/` or `/path` for one path; `/prefix/*` for everything under it. */
  path: string;
  headers: Header[];
}
export interface Redirect {
  from: string;
  to: string;
}

/** One policy allowing what any of the given policies allows, directive by directive, in first-seen order. */
export function joinPolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const value of values) if (!known.includes(value)) known.push(value);
      directives.set(name, known);
    }
  }
  // 'none' means nothing only on its own: joined with a page that allows something, it gives way.
  return [...directives]
    .map(([name, values]) => [name, ...(values.length > 1 ? values.filter((value) => value !== "'none'") : values)].join(' '))
    .join('; ');
}

/** The meta-tag policy of one built page, or undefined when it has none. */
export function pagePolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&apos;', "'");
}

/**
 * The header rules for a build: security headers on every response, and a cache lifetime for every
 * top-level file and folder of the build, so that no two rules set Cache-Control for the same path
 * (Cloudflare would join the two values into one that means neither).
 */
export function headerRules(
  pagePolicies: readonly string[],
  topLevel: readonly { name: string; folder: boolean }[],
  feedPath: string,
): HeaderRule[] {
  const policy = joinPolicies([...pagePolicies, ...headerOnlyDirectives]);
  const cache = (cacheControl: string): Header[] => [['Cache-Control', cacheControl]];
  const feedTop = feedPath.split('/')[1];
  const hashedTop = hashedAssets.split('/')[1];
  const rules: HeaderRule[] = [
    { path: '/*', headers: [['Content-Security-Policy', policy], ...securityHeaders] },
    { path: '/', headers: cache(cacheLifetimes.other) },
  ];
  for (const entry of topLevel) {
    // Rules of their own below; `_headers` and `_redirects` are the host's, not the site's.
    if (entry.name === hashedTop || entry.name === feedTop || entry.name.startsWith('_')) continue;
    rules.push({ path: entry.folder ? `/${entry.name}/*` : `/${entry.name}`, headers: cache(cacheLifetimes.other) });
  }
  rules.push({ path: `${hashedAssets}*`, headers: cache(cacheLifetimes.hashed) });
  rules.push({ path: feedPath, headers: cache(cacheLifetimes.feed) });
  return rules;
}

/** The rules of a `_headers` file, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (!header || rules.length === 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rules.at(-1)!.headers.push([header[1]!, header[2]!]);
  }
  return rules;
}

/**
 * The headers the rules give a path, as Netlify and Cloudflare Pages match them: every matching rule
 * applies. A header set by two matching rules is an error, because Cloudflare would send both values
 * joined by a comma.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('/*')
      ? path.startsWith(rule.path.slice(0, -1)) || path === rule.path.slice(0, -2)
      : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) {
      if (headers.has(name)) throw new Error(`_headers sets ${name} twice for ${path}`);
      headers.set(name, value);
    }
  }
  return headers;
}

/** The headers a `_headers` file gives a path. */
export function headersFileFor(text: string, path: string): Map<string, string> {
  return headersFor(parseHeadersFile(text), path);
}

/** The rules of a `_redirects` file: from → to. */
export function redirectsFile(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const [from, to] = line.trim().split(/\s+/);
        return [from!, to!];
      }),
  );
}

export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build (src/lib/deploy-headers.ts); the same headers as deploy/nginx.conf.\n${blocks.join('\n')}\n`;
}

export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  // `301!`: the redirect wins even though the build also has a page at the short address.
  return redirects.map(({ from, to }) => `${from} ${to} 301!`).join('\n') + '\n';
}

/** Where and how nginx serves the site and the staff service; `productionNginx` has the municipality's values. */
export interface NginxSettings {
  /** The public site's host name. */
  siteHost: string;
  /** The staff pages' own host name: staff cookies never reach the public site's host. */
  staffHost: string;
  /** The built site. */
  root: string;
  /** The feed the staff service writes, outside the build so that a new build does not replace it. */
  feed: { path: string; file: string };
  /** The staff service, on the loopback address. */
  upstream: string;
  tls: { certificate: string; key: string };
  ports: { http: number; https: number; staffHttps: number };
  /** The addresses to listen on; every address unless given (the tests listen on loopback only). */
  bind?: { ipv4: string; ipv6: string };
}

/** Where the staff service writes the feed in production, and nginx serves it from. */
export const productionFeedFile = '/var/lib/krisecentre/availability.json';

const siteHost = new URL(siteUrl).host;

export const productionNginx: Omit<NginxSettings, 'feed'> = {
  siteHost,
  staffHost: `personale.${siteHost}`,
  root: '/srv/krisecentre/dist',
  upstream: 'http://127.0.0.1:4321',
  tls: { certificate: '/etc/ssl/krisecentre/fullchain.pem', key: '/etc/ssl/krisecentre/privkey.pem' },
  ports: { http: 80, https: 443, staffHttps: 443 },
};

/**
 * nginx server blocks for the site, with the same headers as `_headers`, and for the staff host, which
 * passes /personale/ to the staff service and nothing else. nginx drops every `add_header` of the server
 * block in a location that has its own, so each location repeats the security headers. `listen … ssl
 * http2` (not `http2 on`, which needs nginx 1.25.1) loads on the nginx of Debian 12 and Ubuntu 24.04 LTS.
 */
export function renderNginx(rules: readonly HeaderRule[], redirects: readonly Redirect[], settings: NginxSettings): string {
  const security = rules.find((rule) => rule.path === '/*')!.headers;
  const cacheOf = (path: string) => rules.find((rule) => rule.path === path)!.headers;
  const { siteHost, staffHost, root, feed, upstream, tls, ports, bind } = settings;
  const listen = (port: number, extra = '') =>
    `    listen ${bind ? `${bind.ipv4}:` : ''}${port}${extra};
    listen ${bind ? bind.ipv6 : '[::]'}:${port}${extra};`;
  const addHeaders = (headers: readonly Header[]) =>
    headers.map(([name, value]) => `        add_header ${name} "${value}" always;`).join('\n');
  const location = (match: string, body: string[], headers: readonly Header[]) =>
    [`    location ${match} {`, ...body.map((line) => `        ${line}`), addHeaders([...security, ...headers]), '    }'].join('\n');
  const https = (port: number) => listen(port, ' ssl http2');
  const certificates = `    ssl_certificate     ${tls.certificate};
    ssl_certificate_key ${tls.key};`;
  return `# The site's and the staff service's nginx server blocks. Generated from the build by
# \`npm run nginx-conf\` (src/lib/deploy-headers.ts), so its headers are the same as dist/_headers; a test
# runs it in nginx against the build. Deploy it together with the dist/ it was generated from: the
# Content-Security-Policy names the hashes of that build's inline scripts.

${[siteHost, staffHost]
  .map(
    (host) => `server {
${listen(ports.http)}
    server_name ${host};
    return 301 https://${host}$request_uri;
}`,
  )
  .join('\n\n')}

server {
${https(ports.https)}
    server_name ${siteHost};
${certificates}

    root ${root};
    server_tokens off;
    charset utf-8;
    # Nothing about a reader's visit is worth keeping: no access log, and no error line (with her address)
    # for a file that is not there.
    access_log off;
    log_not_found off;

    gzip on;
    gzip_comp_level 6;
    gzip_types text/css application/javascript application/json image/svg+xml text/plain application/xml;

    error_page 404 /404.html;

${redirects.map(({ from, to }) => location(`= ${from}`, [`return 301 ${to};`], [])).join('\n\n')}

${location('/', ['try_files $uri $uri/ =404;'], cacheOf('/'))}

    # Instructions for other hosts, not pages.
    location ~ ^/_(headers|redirects)$ {
        return 404;
    }

${location(hashedAssets, [], cacheOf(`${hashedAssets}*`))}

    # The centres' availability feed, written by the staff service outside dist/.
${location(`= ${feed.path}`, [`alias ${feed.file};`, 'default_type application/json;', 'etag on;'], cacheOf(feed.path))}
}

# The staff pages, on a host name of their own: their session cookie is never sent to the public site.
# Only /personale/ reaches the staff service; it sends its own security headers.
server {
${https(ports.staffHttps)}
    server_name ${staffHost};
${certificates}

    server_tokens off;
    # The service logs each request itself, by staff id and without addresses.
    access_log off;

    location = / {
        return 302 /personale/;
    }

    location /personale/ {
        proxy_pass ${upstream};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        # Set, not appended: the service trusts (with TRUST_PROXY=1) only the address nginx saw.
        proxy_set_header X-Forwarded-For $remote_addr;
        proxy_set_header X-Forwarded-Proto $scheme;
        client_max_body_size 64k;
    }

    location / {
        return 404;
    }
}
`;
}
