/**
 * The map's tile server, set at build time. A municipality may run its own:
 *
 * - `PUBLIC_MAP_TILE_URL`: an https:// template with {z}, {x} and {y} (default: OpenStreetMap's tiles).
 * - `PUBLIC_MAP_ATTRIBUTION`: the credit the tile server requires, as plain text (it is escaped).
 *
 * Nothing is fetched from the tile server until the reader asks for the map.
 */
export interface MapSettings {
  tileUrl: string;
  attribution: string;
  /** The origins the tiles come from, which the map's page allows its images from. */
  tileOrigins: string[];
  /** The host the reader is told about before she asks for the map. */
  tileHost: string;
}

/** The origins a tile URL template can reach: `{s}` stands for Leaflet's default subdomains a, b and c. */
export function tileOrigins(tileUrl: string): string[] {
  const template = new URL(tileUrl.replace(/\{[xyzr]\}/g, '0')).origin;
  if (!template.includes('{s}')) return [template];
  return ['a', 'b', 'c'].map((subdomain) => template.replace('{s}', subdomain));
}

export const defaultTileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const defaultAttribution = '© OpenStreetMap contributors';

export function mapSettings(env: Readonly<Record<string, string | boolean | undefined>>): MapSettings {
  const tileUrl = String(env.PUBLIC_MAP_TILE_URL || defaultTileUrl);
  if (!/^https:\/\/[^/]+\//.test(tileUrl) || !['{z}', '{x}', '{y}'].every((part) => tileUrl.includes(part))) {
    throw new Error(`PUBLIC_MAP_TILE_URL must be an https:// address with {z}, {x} and {y}, not "${tileUrl}"`);
  }
  const attribution = String(env.PUBLIC_MAP_ATTRIBUTION || defaultAttribution);
  const origins = tileOrigins(tileUrl);
  // The server named as a reader knows it: the host without Leaflet's subdomain letter ("a.").
  const host = new URL(origins[0]!).hostname;
  const tileHost = tileUrl.includes('{s}.') ? host.slice(2) : host;
  return { tileUrl, attribution, tileOrigins: origins, tileHost: tileHost === 'tile.openstreetmap.org' ? 'OpenStreetMap' : tileHost };
}
