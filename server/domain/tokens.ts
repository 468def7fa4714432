import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a cookie: 32 random bytes, base64url, so it can stand in a URL as it is. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so that a copy of the database opens nothing. */
export function hashToken(token: string): Uint8Array {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A token as it may arrive: base64url, exactly as long as `newToken` makes them. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
