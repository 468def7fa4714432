import { describe, expect, it } from 'vitest';
import { mapSettings, tileOrigins } from '../../src/config/map';
import { mapDirectives } from '../../src/config/security';
import { headerRules, headersFileFor, joinPolicies, pagePolicy, renderHeadersFile } from '../../src/lib/deploy-headers';

describe('the header policy', () => {
  it('allows what any page allows, each source once, and keeps what only one page needs', () => {
    const joined = joinPolicies([
      "default-src 'self'; img-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; img-src 'self' https://tile.example data:; script-src 'self' 'sha256-b' 'sha256-a'",
    ]);
    expect(joined).toBe("default-src 'self'; img-src 'self' https://tile.example data:; script-src 'self' 'sha256-a' 'sha256-b'");
  });

  it("lets 'none' give way when another page allows something", () => {
    expect(joinPolicies(["worker-src 'none'; object-src 'none'", "worker-src 'self'; object-src 'none'"])).toBe(
      "worker-src 'self'; object-src 'none'",
    );
  });

  it("reads a page's policy from its meta tag, with HTML-escaped quotes", () => {
    expect(pagePolicy(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;">`)).toBe("default-src 'self';");
    expect(pagePolicy('<meta name="description" content="x">')).toBeUndefined();
  });
});

describe('the header rules', () => {
  const rules = headerRules(
    ["default-src 'self'"],
    [
      { name: 'da', folder: true },
      { name: '_astro', folder: true },
      { name: 'favicon.svg', folder: false },
      { name: 'availability.json', folder: false },
    ],
    '/availability.json',
  );
  const file = renderHeadersFile(rules);

  it('give every path the security headers and exactly one cache lifetime', () => {
    for (const path of ['/', '/da/', '/da/standard/klageadgang/', '/favicon.svg', '/_astro/x.js', '/availability.json']) {
      const headers = headersFileFor(file, path);
      expect(headers.get('Content-Security-Policy'), path).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(headers.get('Cache-Control'), path).toBeTruthy();
    }
    expect(headersFileFor(file, '/_astro/x.js').get('Cache-Control')).toContain('immutable');
    expect(headersFileFor(file, '/da/').get('Cache-Control')).not.toContain('immutable');
  });
});

describe('the map in the policy', () => {
  it("allows the tile server's origin, each subdomain a template can use, and Leaflet's data: images", () => {
    expect(tileOrigins('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toEqual(['https://tile.openstreetmap.org']);
    expect(tileOrigins('https://{s}.tiles.example.dk/{z}/{x}/{y}{r}.png')).toEqual([
      'https://a.tiles.example.dk',
      'https://b.tiles.example.dk',
      'https://c.tiles.example.dk',
    ]);
    expect(mapDirectives(mapSettings({ PUBLIC_MAP_TILE_URL: 'https://kort.kk.dk/{z}/{x}/{y}.png' }))).toEqual([
      'img-src https://kort.kk.dk data:',
    ]);
  });
});
