import { timeZone } from './site.ts';

/**
 * When the site is built, as the build states it: `SOURCE_DATE_EPOCH` (whole seconds since 1970, the
 * reproducible-builds convention) when it is set, else the machine's clock. The build writes dated facts
 * from it (the closed days a phone needs to say "open now", the closed days search engines are told), so
 * a build made for a given day, such as the tests' build, says the same whatever day it runs.
 */
export function buildTime(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const stated = env.SOURCE_DATE_EPOCH;
  if (stated === undefined || stated === '') return Date.now();
  if (!/^\d+$/.test(stated)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, such as "1796083200", not "${stated}"`);
  return Number(stated) * 1000;
}

/** The year in Copenhagen when the site is built. */
export function buildYear(env?: Readonly<Record<string, string | undefined>>): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(buildTime(env)));
}
