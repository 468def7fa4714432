import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedClockSkewMs, capacitiesOf, parseFeed, type ParsedFeed, type Report } from '../../src/lib/availability/parse-feed';
import { afterRequest, availabilityOf, clockLag, initialFeedState } from '../../src/lib/availability/status';
import { readCentresFromDisk } from '../../src/lib/places-on-disk';
import { root } from '../helpers/content-files';

/*
 * The feed decides what a woman looking for a place is told. These tests hold the parser to the
 * contract with an oracle written here from the rules themselves (not from the schema), over many
 * thousands of near-valid and broken payloads.
 */

const capacities = capacitiesOf(readCentresFromDisk(join(root, 'content', 'places')));
const centreIds = [...capacities.keys()];

const hour = 3_600_000;
const day = 24 * hour;
const staleAfterMs = 24 * hour;
const now0 = Date.UTC(2026, 10, 29, 7, 0, 0);

// ---------------------------------------------------------------------------------------------
// The oracle: the contract's rules, written out independently of the zod schema.
// ---------------------------------------------------------------------------------------------

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** The instant an RFC 3339 date-time (seconds and offset required) names, or undefined when it names none. */
function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = rfc3339.exec(value);
  if (!match) return undefined;
  const [year, month, dayOfMonth, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (daysInMonth === undefined || dayOfMonth < 1 || dayOfMonth > daysInMonth || hours > 23 || minutes > 59 || seconds > 59)
    return undefined;
  const [offsetHours, offsetMinutes] = [Number(match[9] ?? 0), Number(match[10] ?? 0)];
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  date.setUTCHours(hours, minutes, seconds, millis);
  return date.getTime() - (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What one centre's only entry must yield: its count when every rule holds, else 'invalid'. */
function expectedReport(entry: Record<string, unknown>, capacity: number, now: number): Report | 'invalid' {
  const { available, maximum, updated, note } = entry;
  const at = instantOf(updated);
  const valid =
    typeof available === 'number' &&
    Number.isInteger(available) &&
    available >= 0 &&
    available <= capacity &&
    maximum === capacity &&
    at !== undefined &&
    at <= now + 5 * 60_000 &&
    (!('note' in entry) || (typeof note === 'string' && note.length <= 280));
  if (!valid) return 'invalid';
  // Direction controls are dropped; a note that is then blank is no note.
  const shown = typeof note === 'string' ? note.replace(/[\u202a-\u202e\u2066-\u2069]/g, '') : undefined;
  return { free: available, maximum: capacity, updated: at, ...(shown !== undefined && shown.trim() !== '' ? { note: shown } : {}) };
}

/** The whole answer the contract asks for, given the raw body. */
function expectedParse(text: string, now: number): ParsedFeed {
  if (new TextEncoder().encode(text).byteLength > 64 * 1024) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(json)) return { ok: false, problem: 'wrong-shape' };
  if ('version' in json && json.version !== 1) return { ok: false, problem: 'wrong-version' };
  const generatedAt = instantOf(json.generatedAt);
  if (json.version !== 1 || generatedAt === undefined || !Array.isArray(json.centers)) return { ok: false, problem: 'wrong-shape' };
  const reports = new Map<string, Report | 'invalid'>();
  for (const [id, capacity] of capacities) {
    const listed = json.centers.filter((entry): entry is Record<string, unknown> => isRecord(entry) && entry.id === id);
    if (listed.length === 1) reports.set(id, expectedReport(listed[0]!, capacity, now));
    else if (listed.length > 1) reports.set(id, 'invalid');
  }
  return { ok: true, generatedAt, reports };
}

// ---------------------------------------------------------------------------------------------
// Payloads: valid feeds, then mutations.
// ---------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `instant` written as local time at `offsetMinutes` from UTC ('Z' for zero when `zulu`), with optional fraction digits. */
function writeDate(instant: number, offsetMinutes: number, zulu: boolean, fraction: string): string {
  const local = new Date(instant + offsetMinutes * 60_000);
  const offset =
    zulu && offsetMinutes === 0 ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${offset}`
  );
}

const offsetArb = fc.constantFrom(0, 60, 120, -300, 330, -570, 840);
const fractionArb = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, fc.stringMatching(/^\.\d{1,9}$/));

/** A valid date-time at most `before` ms before `now`, and (fraction included) at most the allowed skew after it. */
const dateBefore = (now: number, before: number) =>
  fc
    .tuple(fc.integer({ min: -allowedClockSkewMs + 1000, max: before }), offsetArb, fc.boolean(), fractionArb)
    .map(([ago, offset, zulu, fraction]) => writeDate(now - ago, offset, zulu, fraction));

const htmlId = '<img src=x onerror=alert(1)>';
const strangeIds = [
  htmlId,
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '',
  ' egmontgaarden',
  'Egmontgaarden',
  'egmontgaarden\u0000',
  'x'.repeat(101),
];

const noteArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Plads til kvinder med børn.',
    '<b>Ring først</b><script>alert(1)</script>',
    '   ',
    'x'.repeat(280),
    'مكان متاح',
    '\u202e\u2066',
    'Ring \u202eevil',
  ),
);

const validEntry = (id: string, capacity: number, now: number) =>
  fc.record(
    {
      id: fc.constant(id),
      available: fc.integer({ min: 0, max: capacity }),
      maximum: fc.constant(capacity),
      updated: dateBefore(now, 5 * day),
      note: noteArb,
    },
    { requiredKeys: ['id', 'available', 'maximum', 'updated'] },
  );

/** A feed where every entry follows the contract: some of the site's centres, in any order. */
const validFeed = (now: number) =>
  fc
    .tuple(fc.subarray(centreIds), dateBefore(now, hour))
    .chain(([ids, generatedAt]) =>
      fc
        .tuple(fc.tuple(...ids.map((id) => validEntry(id, capacities.get(id)!, now))), fc.constant(generatedAt))
        .chain(([entries, generatedAt]) =>
          fc
            .shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })
            .map((centers) => ({ version: 1, generatedAt, centers: centers as unknown[] })),
        ),
    );

type Json = Record<string, unknown>;
interface Mutation {
  label: string;
  apply(feed: unknown, now: number): unknown;
}

const mutation = (label: string, apply: Mutation['apply']): Mutation => ({ label, apply, [fc.toStringMethod]: () => label }) as Mutation;

/** Applies `change` to the `at`-th entry (modulo) when there is an object entry to change. */
const onEntry = (at: number, label: string, change: (entry: Json, capacity: number, now: number) => unknown) =>
  mutation(`centers[${at}] ${label}`, (feed, now) => {
    if (!isRecord(feed) || !Array.isArray(feed.centers) || feed.centers.length === 0) return feed;
    const index = at % feed.centers.length;
    const entry = feed.centers[index];
    if (!isRecord(entry)) return feed;
    const capacity = capacities.get(String(entry.id)) ?? 10;
    const changed = change({ ...entry }, capacity, now);
    const centers = [...feed.centers];
    centers[index] = changed;
    return { ...feed, centers };
  });

const setField = (field: string, value: (capacity: number, now: number) => unknown, label: string) =>
  fc.nat(8).map((at) => onEntry(at, `${field} := ${label}`, (entry, capacity, now) => ({ ...entry, [field]: value(capacity, now) })));

const wrongTypes = fc.constantFrom<unknown>('3', null, true, [], {}, [3], '', 'NaN');

/** A date written from components that may not exist: month 13, February 30, hour 24, second 60, offset +24:00. */
const componentDate = fc
  .record({
    year: fc.integer({ min: 2020, max: 2031 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.integer({ min: 0, max: 61 }),
    offset: fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+24:00', '+01:60', '', '+0100', '+01', 'z', ' UTC'),
  })
  .map(
    ({ year, month, day, hour, minute, second, offset }) =>
      `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`,
  );

const badlyWrittenDate = (now: number) =>
  fc.constantFrom(
    '2026-02-30T10:00:00+01:00',
    '2025-02-29T10:00:00+01:00',
    '2026-04-31T10:00:00+02:00',
    '2026-11-29T08:00:00', // no offset: whose 08:00?
    '2026-11-29T08:00+01:00', // no seconds
    '2026-11-29 08:00:00+01:00',
    '2026-11-29',
    new Date(now).toString(),
    new Date(now).toUTCString(),
    String(now),
    'yesterday',
    '',
  );

const entryMutations = fc.oneof(
  // `available`: wrong types, negative, fractional, over the maximum, and valid rewrites (0 and exactly full).
  setField('available', () => -1, '-1'),
  fc
    .tuple(fc.nat(8), fc.integer({ min: -1000, max: -1 }))
    .map(([at, n]) => onEntry(at, `available := ${n}`, (e) => ({ ...e, available: n }))),
  fc
    .tuple(fc.nat(8), fc.double({ min: -5, max: 60, noInteger: true, noNaN: true }))
    .map(([at, n]) => onEntry(at, `available := ${n}`, (e) => ({ ...e, available: n }))),
  fc
    .tuple(fc.nat(8), fc.integer({ min: 1, max: 100 }))
    .map(([at, k]) => onEntry(at, `available := capacity + ${k}`, (e, c) => ({ ...e, available: c + k }))),
  fc.tuple(fc.nat(8), wrongTypes).map(([at, v]) => onEntry(at, `available := ${JSON.stringify(v)}`, (e) => ({ ...e, available: v }))),
  setField('available', () => 1e21, '1e21'),
  setField('available', () => 2 ** 53, '2^53'),
  setField('available', () => -0, '-0'),
  setField('available', (c) => c, 'capacity'),
  setField('available', () => 0, '0'),
  // `maximum`: any number but the site's capacity, and wrong types.
  fc
    .tuple(fc.nat(8), fc.integer({ min: -3, max: 3 }))
    .map(([at, k]) => onEntry(at, `maximum := capacity + ${k}`, (e, c) => ({ ...e, maximum: c + k }))),
  setField('maximum', (c) => String(c), 'capacity as a string'),
  setField('maximum', (c) => c + 0.5, 'capacity + 0.5'),
  setField('maximum', () => 38, '38'),
  setField('maximum', () => 0, '0'),
  // `updated`: impossible or badly written dates, the future, and other valid ways of writing a time.
  fc.tuple(fc.nat(8), componentDate).map(([at, date]) => onEntry(at, `updated := ${date}`, (e) => ({ ...e, updated: date }))),
  fc
    .nat(8)
    .chain((at) =>
      badlyWrittenDate(now0).map((date) => onEntry(at, `updated := ${JSON.stringify(date)}`, (e) => ({ ...e, updated: date }))),
    ),
  fc.tuple(fc.nat(8), fc.integer({ min: 1, max: 400 * day }), offsetArb).map(([at, ahead, offset]) =>
    onEntry(at, `updated := now + skew + ${ahead} ms`, (e, _c, now) => ({
      ...e,
      updated: writeDate(now + allowedClockSkewMs + ahead, offset, true, ''),
    })),
  ),
  fc.tuple(fc.nat(8), offsetArb).map(([at, offset]) =>
    onEntry(at, 'updated := now + skew exactly', (e, _c, now) => ({
      ...e,
      updated: writeDate(now + allowedClockSkewMs, offset, false, ''),
    })),
  ),
  fc.tuple(fc.nat(8), fc.integer({ min: 0, max: 1000 * day }), offsetArb, fractionArb).map(([at, ago, offset, fraction]) =>
    onEntry(at, `updated := now - ${ago} ms`, (e, _c, now) => ({
      ...e,
      updated: writeDate(now - ago - 1000, offset, ago % 2 === 0, fraction),
    })),
  ),
  fc.tuple(fc.nat(8), wrongTypes).map(([at, v]) => onEntry(at, `updated := ${JSON.stringify(v)}`, (e) => ({ ...e, updated: v }))),
  // `note`: too long, wrong types, markup (kept as text).
  setField('note', () => 'x'.repeat(281), '281 characters'),
  setField('note', () => null, 'null'),
  setField('note', () => 42, '42'),
  fc.tuple(fc.nat(8), noteArb).map(([at, note]) => onEntry(at, `note := ${JSON.stringify(note)}`, (e) => ({ ...e, note }))),
  // Missing fields.
  fc.tuple(fc.nat(8), fc.constantFrom('id', 'available', 'maximum', 'updated', 'note')).map(([at, field]) =>
    onEntry(at, `delete ${field}`, (e) => {
      const { [field]: _dropped, ...rest } = e;
      return rest;
    }),
  ),
  // Ids: unknown ones (markup, prototype names), wrong types, and another centre's (which may make a duplicate).
  fc.tuple(fc.nat(8), fc.constantFrom(...strangeIds)).map(([at, id]) => onEntry(at, `id := ${JSON.stringify(id)}`, (e) => ({ ...e, id }))),
  fc.tuple(fc.nat(8), fc.constantFrom(...centreIds)).map(([at, id]) => onEntry(at, `id := ${id}`, (e) => ({ ...e, id }))),
  fc
    .tuple(fc.nat(8), fc.oneof(fc.string(), wrongTypes, fc.integer()))
    .map(([at, id]) => onEntry(at, `id := ${JSON.stringify(id)}`, (e) => ({ ...e, id }))),
  // Extra properties, including one literally named "__proto__".
  fc
    .tuple(fc.nat(8), fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }))
    .map(([at, extra]) => onEntry(at, `extra ${JSON.stringify(extra)}`, (e) => ({ ...extra, ...e }))),
  fc
    .nat(8)
    .map((at) =>
      onEntry(at, 'extra "__proto__"', (e) =>
        Object.defineProperty({ ...e }, '__proto__', { value: { available: 999 }, enumerable: true, writable: true, configurable: true }),
      ),
    ),
  // Entries that are not objects at all.
  fc
    .tuple(fc.nat(8), fc.constantFrom<unknown>(null, 1, 'egmontgaarden', true, []))
    .map(([at, v]) => onEntry(at, `entry := ${JSON.stringify(v)}`, () => v)),
  fc.nat(8).map((at) => onEntry(at, 'entry := [entry]', (e) => [e])),
);

const withCenters = (label: string, change: (centers: unknown[], feed: Json, now: number) => unknown[]) =>
  mutation(label, (feed, now) =>
    isRecord(feed) && Array.isArray(feed.centers) ? { ...feed, centers: change([...feed.centers], feed, now) } : feed,
  );

const feedMutations = fc.oneof(
  // A centre listed twice: the same entry, or a second one with another count.
  fc.tuple(fc.nat(8), fc.nat(8), fc.boolean()).map(([from, to, same]) =>
    withCenters(`duplicate centers[${from}] at ${to}${same ? '' : ' with another count'}`, (centers) => {
      if (centers.length === 0) return centers;
      const entry = centers[from % centers.length];
      const copy = isRecord(entry) && !same ? { ...entry, available: 0 } : entry;
      centers.splice(to % (centers.length + 1), 0, copy);
      return centers;
    }),
  ),
  // A well-formed entry for a centre the site does not have.
  fc
    .tuple(fc.oneof(fc.constantFrom(...strangeIds, 'ukendt-center'), fc.string({ minLength: 1, maxLength: 20 })), fc.nat(8))
    .map(([id, to]) =>
      withCenters(`add unknown id ${JSON.stringify(id)}`, (centers, _feed, now) => {
        centers.splice(to % (centers.length + 1), 0, { id, available: 1, maximum: 10, updated: writeDate(now, 60, false, '') });
        return centers;
      }),
    ),
  fc
    .constantFrom<unknown>(2, 0, '1', null, 1.5, -1, true, [1])
    .map((version) => mutation(`version := ${JSON.stringify(version)}`, (feed) => (isRecord(feed) ? { ...feed, version } : feed))),
  fc.constantFrom('version', 'generatedAt', 'centers').map((field) =>
    mutation(`delete ${field}`, (feed) => {
      if (!isRecord(feed)) return feed;
      const { [field]: _dropped, ...rest } = feed;
      return rest;
    }),
  ),
  fc
    .constantFrom<unknown>({}, 'centers', null, 5, { 0: {} })
    .map((centers) => mutation(`centers := ${JSON.stringify(centers)}`, (feed) => (isRecord(feed) ? { ...feed, centers } : feed))),
  fc
    .oneof(componentDate, badlyWrittenDate(now0))
    .map((generatedAt) => mutation(`generatedAt := ${generatedAt}`, (feed) => (isRecord(feed) ? { ...feed, generatedAt } : feed))),
  fc.constantFrom(
    mutation('body := [feed]', (feed) => [feed]),
    mutation('body := null', () => null),
    mutation('body := "feed"', () => 'feed'),
    mutation('body := 1', () => 1),
  ),
);

const anyMutation = fc.oneof({ weight: 8, arbitrary: entryMutations }, { weight: 3, arbitrary: feedMutations });

/** Changes to the text itself: cut short, trailing garbage, a byte-order mark, surrounding whitespace. */
const textMutation = fc.oneof(
  { weight: 12, arbitrary: fc.constant((text: string) => text) },
  fc.nat().map((cut) => (text: string) => text.slice(0, cut % Math.max(1, text.length))),
  fc.string({ minLength: 1, maxLength: 5 }).map((junk) => (text: string) => text + junk),
  fc.constant((text: string) => `\uFEFF${text}`),
  fc.constant((text: string) => `\n\t ${text} \r\n`),
);

const nowArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) });

const mutatedPayload = nowArb.chain((now) =>
  fc
    .tuple(validFeed(now), fc.array(anyMutation, { maxLength: 4 }), textMutation, fc.boolean())
    .map(([feed, mutations, editText, pretty]) => {
      const mutated = mutations.reduce<unknown>((current, m) => m.apply(current, now), feed);
      return { now, mutations: mutations.map((m) => m.label), text: editText(JSON.stringify(mutated, null, pretty ? 2 : undefined)) };
    }),
);

// ---------------------------------------------------------------------------------------------

/** What the parser says must be exactly what the oracle says, and never a count the contract forbids. */
function checkAgainstOracle(text: string, now: number, tally?: Record<string, number>): void {
  const parsed = parseFeed(text, capacities, now);
  const expected = expectedParse(text, now);
  expect(parsed).toEqual(expected);
  if (!parsed.ok) {
    if (tally) tally[parsed.problem] = (tally[parsed.problem] ?? 0) + 1;
    return;
  }
  for (const [id, report] of parsed.reports) {
    expect(capacities.has(id)).toBe(true);
    if (report === 'invalid') {
      if (tally) tally.invalid = (tally.invalid ?? 0) + 1;
      continue;
    }
    if (tally) tally.reported = (tally.reported ?? 0) + 1;
    expect(Number.isInteger(report.free) && report.free >= 0 && report.free <= capacities.get(id)!).toBe(true);
    expect(report.maximum).toBe(capacities.get(id));
    expect(report.updated).toBeLessThanOrEqual(now + allowedClockSkewMs);
  }
  // A centre listed twice is never given a count, whichever entry is right.
  const json = JSON.parse(text) as { centers: unknown[] };
  for (const id of centreIds) {
    if (json.centers.filter((entry) => isRecord(entry) && entry.id === id).length > 1) {
      if (tally) tally.duplicate = (tally.duplicate ?? 0) + 1;
      expect(parsed.reports.get(id)).toBe('invalid');
    }
  }
}

describe('parseFeed against the contract', () => {
  it('reads the site capacities the feed is checked against', () => {
    expect(Object.fromEntries(capacities)).toEqual({ 'den-aabne-doer': 12, klostermosegaard: 10, egmontgaarden: 38, garvergaarden: 14 });
  });

  it('agrees with the rules on 6,000 mutated feeds, and the mix covers every outcome', () => {
    const tally: Record<string, number> = {};
    fc.assert(
      fc.property(mutatedPayload, ({ text, now }) => checkAgainstOracle(text, now, tally)),
      { numRuns: 6_000 },
    );
    // The payloads must exercise each branch, or agreeing with the oracle would prove little.
    for (const outcome of ['reported', 'invalid', 'duplicate', 'not-json', 'wrong-version', 'wrong-shape']) {
      expect(tally[outcome] ?? 0, outcome).toBeGreaterThan(100);
    }
  });

  it('reports every centre of a fully valid feed with exactly its count (1,500 feeds)', () => {
    fc.assert(
      fc.property(
        nowArb.chain((now) => fc.tuple(fc.constant(now), validFeed(now))),
        ([now, feed]) => {
          const parsed = parseFeed(JSON.stringify(feed), capacities, now);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect([...parsed.reports.keys()].sort()).toEqual(feed.centers.map((entry) => (entry as Json).id).sort());
          for (const entry of feed.centers as Json[]) {
            const report = parsed.reports.get(entry.id as string);
            expect(report).toMatchObject({ free: entry.available, maximum: entry.maximum, updated: instantOf(entry.updated) });
          }
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('never throws on arbitrary JSON values (1,500) or arbitrary text (1,500)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), nowArb, (value, now) => checkAgainstOracle(JSON.stringify(value) ?? 'null', now)),
      { numRuns: 1_500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), nowArb, (text, now) => checkAgainstOracle(text, now)),
      { numRuns: 1_500 },
    );
  });

  it('refuses bodies over 64 KB counted in bytes, whatever the characters (300 bodies near the limit)', () => {
    // Padding with 1-, 2-, 3- and 4-byte characters puts the byte count and the character count on
    // different sides of the limit.
    const body = (char: string, around: number) => {
      const shell = JSON.stringify({ version: 1, generatedAt: '2026-11-29T08:00:00+01:00', centers: [], padding: '' });
      const count = Math.max(0, Math.floor((64 * 1024 - shell.length + around) / new TextEncoder().encode(char).byteLength));
      return shell.replace('"padding":""', `"padding":"${char.repeat(count)}"`);
    };
    const tally: Record<string, number> = {};
    fc.assert(
      fc.property(fc.constantFrom('x', 'ø', '€', '😀'), fc.integer({ min: -200, max: 200 }), (char, around) => {
        const text = body(char, around);
        checkAgainstOracle(text, now0, tally);
        if (parseFeed(text, capacities, now0).ok) tally.read = (tally.read ?? 0) + 1;
      }),
      { numRuns: 300 },
    );
    // Both sides of the limit were tried.
    expect(tally['too-large']).toBeGreaterThan(50);
    expect(tally.read).toBeGreaterThan(50);
  });
});

describe('parseFeed, one rule at a time', () => {
  const entry = (overrides: Json = {}) => ({
    id: 'egmontgaarden',
    available: 4,
    maximum: 38,
    updated: '2026-11-29T07:55:00+01:00',
    ...overrides,
  });
  const feed = (centers: unknown[], overrides: Json = {}) =>
    JSON.stringify({ version: 1, generatedAt: '2026-11-29T07:58:00+01:00', centers, ...overrides });
  const parse = (text: string) => parseFeed(text, capacities, now0);
  /** Egmontgården's report in the feed, or why the whole feed was refused. */
  const egmontgaarden = (text: string) => {
    const parsed = parse(text);
    return parsed.ok ? parsed.reports.get('egmontgaarden') : parsed.problem;
  };

  it('refuses another version outright', () => {
    expect(parse(feed([entry()], { version: 2 }))).toEqual({ ok: false, problem: 'wrong-version' });
  });

  it('refuses an HTML error page as not JSON', () => {
    expect(parse('<!doctype html><title>502 Bad Gateway</title>')).toEqual({ ok: false, problem: 'not-json' });
  });

  it('refuses a body over 64 KB unread', () => {
    expect(parse(feed([entry()], { padding: ' '.repeat(64 * 1024) }))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('keeps a note as the exact text, markup and all', () => {
    const note = '<b>Kun kvinder uden børn</b> & ring først';
    expect(egmontgaarden(feed([entry({ note })]))).toEqual({ free: 4, maximum: 38, updated: Date.UTC(2026, 10, 29, 6, 55), note });
    // A note of nothing but spaces says nothing, and is not shown.
    expect(egmontgaarden(feed([entry({ note: '   ' })]))).toEqual({ free: 4, maximum: 38, updated: Date.UTC(2026, 10, 29, 6, 55) });
  });

  it('drops direction controls from a note, which could otherwise show its words reversed', () => {
    expect(egmontgaarden(feed([entry({ note: 'Ring \u202eevil\u202c først \u2067x\u2069' })]))).toMatchObject({
      note: 'Ring evil først x',
    });
  });

  it('leaves a centre that is not in the feed absent, and only that centre', () => {
    const parsed = parse(feed([entry()]));
    expect(parsed.ok && [...parsed.reports.keys()]).toEqual(['egmontgaarden']);
  });

  it('makes only the broken centre unknown', () => {
    const parsed = parse(
      feed([entry({ available: 39 }), { id: 'garvergaarden', available: 2, maximum: 14, updated: '2026-11-29T07:00:00Z' }]),
    );
    expect(parsed.ok && parsed.reports.get('egmontgaarden')).toBe('invalid');
    expect(parsed.ok && parsed.reports.get('garvergaarden')).toMatchObject({ free: 2 });
  });

  it('refuses February 30 and a date without offset', () => {
    for (const updated of ['2026-02-30T08:00:00+01:00', '2026-11-29T08:00:00']) {
      expect(egmontgaarden(feed([entry({ updated })])), updated).toBe('invalid');
    }
  });

  it('refuses a count from more than five minutes in the future', () => {
    const at = (ms: number) => new Date(ms).toISOString();
    expect(egmontgaarden(feed([entry({ updated: at(now0 + allowedClockSkewMs) })]))).toMatchObject({ free: 4 });
    expect(egmontgaarden(feed([entry({ updated: at(now0 + allowedClockSkewMs + 1000) })]))).toBe('invalid');
  });
});

describe('what a centre shows: availabilityOf after afterRequest', () => {
  const updated = now0 - 10 * 60_000;
  const good = parseFeed(
    JSON.stringify({
      version: 1,
      generatedAt: new Date(now0).toISOString(),
      centers: [
        { id: 'egmontgaarden', available: 4, maximum: 38, updated: new Date(updated).toISOString(), note: 'Ring først' },
        { id: 'garvergaarden', available: 0, maximum: 14, updated: new Date(updated).toISOString() },
      ],
    }),
    capacities,
    now0,
  );

  it('is loading until the first request has ended', () => {
    expect(availabilityOf('egmontgaarden', initialFeedState, now0, staleAfterMs)).toEqual({ state: 'loading' });
  });

  it('is unknown (no feed) when the first request fails', () => {
    const state = afterRequest(initialFeedState, { ok: false }, now0);
    expect(availabilityOf('egmontgaarden', state, now0, staleAfterMs)).toEqual({ state: 'unknown', reason: 'no-feed' });
  });

  it('shows a fresh count, with its note, and 0 as full', () => {
    const state = afterRequest(initialFeedState, good, now0);
    expect(availabilityOf('egmontgaarden', state, now0, staleAfterMs)).toEqual({ state: 'free', free: 4, updated, note: 'Ring først' });
    expect(availabilityOf('garvergaarden', state, now0, staleAfterMs)).toEqual({ state: 'full', free: 0, updated });
    expect(availabilityOf('klostermosegaard', state, now0, staleAfterMs)).toEqual({ state: 'unknown', reason: 'not-reported' });
  });

  it('turns a count older than 24 hours into unknown, keeping it only as history', () => {
    const state = afterRequest(initialFeedState, good, now0);
    expect(availabilityOf('egmontgaarden', state, updated + 24 * hour, staleAfterMs)).toMatchObject({ state: 'free', free: 4 });
    expect(availabilityOf('egmontgaarden', state, updated + 24 * hour + 1, staleAfterMs)).toEqual({
      state: 'unknown',
      reason: 'stale',
      lastReport: { free: 4, updated },
    });
    // The limit is a setting.
    expect(availabilityOf('egmontgaarden', state, updated + 2 * hour + 1, 2 * hour)).toMatchObject({ state: 'unknown', reason: 'stale' });
  });

  it('keeps the last good counts through failed requests, and lets them age into stale', () => {
    let state = afterRequest(initialFeedState, good, now0);
    state = afterRequest(state, { ok: false }, now0 + 60_000);
    state = afterRequest(state, parseFeed('{"version":2}', capacities, now0 + 120_000), now0 + 120_000);
    expect(state.failing).toBe(true);
    expect(availabilityOf('egmontgaarden', state, now0 + 120_000, staleAfterMs)).toMatchObject({ state: 'free', free: 4, updated });
    expect(availabilityOf('egmontgaarden', state, now0 + 2 * day, staleAfterMs)).toEqual({
      state: 'unknown',
      reason: 'stale',
      lastReport: { free: 4, updated },
    });
  });

  it('replaces everything with the next readable feed, so a centre dropped from it is no longer shown', () => {
    let state = afterRequest(initialFeedState, good, now0);
    state = afterRequest(
      state,
      parseFeed(JSON.stringify({ version: 1, generatedAt: new Date(now0).toISOString(), centers: [] }), capacities, now0),
      now0 + 60_000,
    );
    expect(state.failing).toBe(false);
    expect(availabilityOf('egmontgaarden', state, now0 + 60_000, staleAfterMs)).toEqual({ state: 'unknown', reason: 'not-reported' });
  });
});

describe("the phone's clock", () => {
  it('is corrected forward by the server time when it is behind, and never backward', () => {
    expect(clockLag(Date.UTC(2026, 10, 29, 8), Date.UTC(2026, 10, 28, 22))).toBe(10 * 3_600_000);
    expect(clockLag(Date.UTC(2026, 10, 29, 8), Date.UTC(2026, 10, 29, 9))).toBe(0);
    expect(clockLag(undefined, Date.UTC(2026, 10, 29, 9))).toBe(0);
  });
});
