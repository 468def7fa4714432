import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilitySettings } from '../../src/config/availability';
import { checkFeed, type CentreFacts } from '../../src/lib/availability/check-feed';
import { FeedEditError, emptyFeed, setCount, stamp } from '../../src/lib/availability/edit-feed';
import { readPlacesFromDisk } from '../../src/lib/places-on-disk';
import { root } from '../helpers/content-files';

/*
 * The tool is how a centre's staff publish a count, often in a hurry: it must refuse what the site would
 * not show, say why in words, and never leave a half-written or silently changed file.
 */

const centres = new Map<string, CentreFacts>(
  [...readPlacesFromDisk(join(root, 'content', 'places'))].flatMap(([id, place]) =>
    place.kind === 'crisis-centre' && place.capacity ? [[id, { name: place.name, capacity: place.capacity }] as const] : [],
  ),
);

const now = Date.UTC(2026, 10, 29, 7, 0, 0);
const staleAfterMs = 24 * 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

const fresh = (id: string, available: number, extra: Record<string, unknown> = {}) => ({
  id,
  available,
  maximum: centres.get(id)?.capacity ?? 10,
  updated: iso(now - 10 * 60_000),
  ...extra,
});
const allFour = () => [fresh('den-aabne-doer', 2), fresh('klostermosegaard', 0), fresh('egmontgaarden', 4), fresh('garvergaarden', 1)];
const feedOf = (centers: unknown[], extra: Record<string, unknown> = {}) => ({ version: 1, generatedAt: iso(now), centers, ...extra });

describe('checkFeed', () => {
  const check = (json: unknown) => checkFeed(json, centres, now, staleAfterMs);

  it('finds nothing to say about a complete, fresh feed', () => {
    expect(check(feedOf(allFour()))).toEqual({ errors: [], warnings: [] });
  });

  it('names the field of each broken rule', () => {
    const centers = allFour();
    centers[0] = fresh('den-aabne-doer', -1);
    centers[1] = fresh('klostermosegaard', 1.5);
    centers[2] = fresh('egmontgaarden', 39);
    centers[3] = fresh('garvergaarden', 1, { updated: '2026-02-30T08:00:00+01:00' });
    expect(check(feedOf(centers)).errors).toEqual([
      'centers[0].available: must be 0 or more',
      'centers[1].available: must be a whole number',
      'centers[2].available: available must not exceed maximum',
      'centers[3].updated: must be a real date and time with seconds and a time zone, such as 2026-11-29T08:00:00+01:00',
    ]);
  });

  it('names the centre and its capacity when the maximum is wrong', () => {
    expect(check(feedOf([fresh('egmontgaarden', 4, { maximum: 40 })])).errors).toEqual([
      'centers[0].maximum: Egmontgården has 38 places, not 40',
    ]);
  });

  it('calls a missing field missing and a future date future', () => {
    const { updated: _updated, ...withoutDate } = fresh('egmontgaarden', 4);
    expect(check(feedOf([withoutDate])).errors).toEqual(['centers[0].updated: is missing']);
    const ahead = iso(now + 60 * 60_000);
    expect(check(feedOf([fresh('egmontgaarden', 4, { updated: ahead })])).errors).toEqual([
      `centers[0].updated: ${ahead} is in the future`,
    ]);
  });

  it('tells a value of the wrong type from a missing one', () => {
    expect(check(feedOf([fresh('egmontgaarden', 4, { available: '4', note: null }), 'egmontgaarden'])).errors).toEqual([
      'centers[0].available: must be a number',
      'centers[0].note: must be a string',
      'centers[1]: must be an object',
    ]);
    expect(check({ version: 1, generatedAt: iso(now), centers: 'egmontgaarden' }).errors).toEqual(['centers: must be an array']);
  });

  it('refuses a centre listed twice, pointing at both entries', () => {
    expect(check(feedOf([...allFour(), fresh('egmontgaarden', 5)])).errors).toEqual([
      'centers[4]: "egmontgaarden" is also listed at centers[2]; the site shows it as unknown',
    ]);
  });

  it('refuses another version, naming the one it reads', () => {
    expect(check({ ...feedOf(allFour()), version: 2 }).errors).toEqual(['version: must be 1']);
  });

  it('warns about unknown ids, missing centres and old counts without calling them errors', () => {
    const centers = [fresh('<img src=x onerror=alert(1)>', 1), fresh('egmontgaarden', 4, { updated: iso(now - 30 * 3_600_000) })];
    const result = check(feedOf(centers));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'centers[0]: "<img src=x onerror=alert(1)>" is not one of the site\'s centres; the site ignores it',
      'centers[1].updated: older than 24 hours; the site shows Egmontgården as unknown',
      'Den Åbne Dør (den-aabne-doer) is not in the feed; the site shows it as unknown',
      'Garvergården (garvergaarden) is not in the feed; the site shows it as unknown',
      'Klostermosegård (klostermosegaard) is not in the feed; the site shows it as unknown',
    ]);
  });
});

describe('setCount', () => {
  const set = (feed: unknown, id: string, free: string, note?: string) => setCount(feed, id, free, centres, now, note);
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(FeedEditError);
      return (error as Error).message;
    }
    throw new Error('expected the change to be refused');
  };

  it('refuses an unknown centre, listing the ones there are', () => {
    expect(refusal(() => set(emptyFeed(now), 'egmont', '3'))).toBe(
      '"egmont" is not a crisis centre on the site. Use one of: den-aabne-doer, egmontgaarden, garvergaarden, klostermosegaard',
    );
  });

  it('refuses negative and non-whole numbers', () => {
    expect(refusal(() => set(emptyFeed(now), 'egmontgaarden', '-1'))).toBe('free places cannot be negative (-1)');
    for (const text of ['2.5', 'tre', '', '1e1', '0x10', '4 5']) {
      expect(refusal(() => set(emptyFeed(now), 'egmontgaarden', text))).toBe(`"${text}" is not a whole number of free places`);
    }
  });

  it('refuses more free places than the centre has, naming both', () => {
    expect(refusal(() => set(emptyFeed(now), 'egmontgaarden', '39'))).toBe('Egmontgården has 38 places; 39 free is more than that');
    expect(set(emptyFeed(now), 'egmontgaarden', '38').centers).toEqual([
      { id: 'egmontgaarden', available: 38, maximum: 38, updated: stamp(now) },
    ]);
  });

  it('refuses a note over 280 characters', () => {
    expect(refusal(() => set(emptyFeed(now), 'egmontgaarden', '3', 'x'.repeat(281)))).toBe('the note is 281 characters; at most 280');
  });

  it('refuses a file that is not a feed, and leaves it as it was', () => {
    for (const broken of [{ version: 2, centers: [] }, { version: 1, generatedAt: iso(now), centers: {} }, [], 'text', null]) {
      const before = structuredClone(broken);
      expect(refusal(() => set(broken, 'egmontgaarden', '3'))).toMatch(/is not an availability feed.*left as it is/);
      expect(broken).toEqual(before);
    }
  });

  it('changes only its own centre, keeping the others exactly and in order', () => {
    const others = [
      { id: 'garvergaarden', available: 1, maximum: 14, updated: '2026-11-28T09:15:00+01:00', note: 'Ring efter kl. 9' },
      { id: 'ukendt', weird: [1, { nested: true }] },
      'not even an entry',
      { updated: '2026-11-28T09:15:00.500+01:00', maximum: 12, available: 3, id: 'den-aabne-doer' },
    ];
    const feed = {
      ...feedOf([others[0], fresh('egmontgaarden', 4, { note: 'old note' }), ...others.slice(1)]),
      publisher: 'Københavns Kommune',
    };
    const written = set(structuredClone(feed), 'egmontgaarden', '7');
    const centers = written.centers as unknown[];
    expect(JSON.stringify(centers.filter((_, i) => i !== 1))).toBe(JSON.stringify(others));
    // Yesterday's note does not survive today's count; the time is stamped without milliseconds.
    expect(centers[1]).toEqual({ id: 'egmontgaarden', available: 7, maximum: 38, updated: '2026-11-29T07:00:00Z' });
    expect(written).toMatchObject({ version: 1, generatedAt: '2026-11-29T07:00:00Z', publisher: 'Københavns Kommune' });
  });

  it('collapses a centre listed twice into one entry where it first stood', () => {
    const feed = feedOf([fresh('egmontgaarden', 1), fresh('garvergaarden', 2), fresh('egmontgaarden', 3)]);
    const written = set(feed, 'egmontgaarden', '5', 'Plads til kvinder med børn.');
    expect(written.centers).toEqual([
      { id: 'egmontgaarden', available: 5, maximum: 38, updated: stamp(now), note: 'Plads til kvinder med børn.' },
      fresh('garvergaarden', 2),
    ]);
    expect(checkFeed(written, centres, now, staleAfterMs).errors).toEqual([]);
  });
});

describe('availabilitySettings', () => {
  it('defaults to the feed on this site and 24 hours', () => {
    expect(availabilitySettings({})).toEqual({ feedUrl: '/availability.json', staleAfterHours: 24 });
    expect(availabilitySettings({ PUBLIC_AVAILABILITY_URL: '', PUBLIC_AVAILABILITY_STALE_HOURS: '' })).toEqual({
      feedUrl: '/availability.json',
      staleAfterHours: 24,
    });
    expect(availabilitySettings({ PUBLIC_AVAILABILITY_URL: '/data/krisecentre.json', PUBLIC_AVAILABILITY_STALE_HOURS: '6' })).toEqual({
      feedUrl: '/data/krisecentre.json',
      staleAfterHours: 6,
    });
  });

  // Another site would learn the address of every reader who polls it.
  it.each([
    'https://data.kk.dk/feed.json',
    'http://data.kk.dk/feed.json',
    '//evil.example/feed.json',
    '/\\evil.example/feed.json',
    'availability.json',
    'javascript:alert(1)',
  ])('refuses the address %s', (url) => {
    expect(() => availabilitySettings({ PUBLIC_AVAILABILITY_URL: url })).toThrow(
      `PUBLIC_AVAILABILITY_URL must be a path on this site such as "/availability.json", not "${url}"`,
    );
  });

  it.each(['0', '-1', 'abc', '169', 'Infinity'])('refuses %s hours', (hours) => {
    expect(() => availabilitySettings({ PUBLIC_AVAILABILITY_STALE_HOURS: hours })).toThrow(
      `PUBLIC_AVAILABILITY_STALE_HOURS must be a number of hours above 0 and at most 168, not "${hours}"`,
    );
  });

  it('accepts a week and fractions of an hour', () => {
    expect(availabilitySettings({ PUBLIC_AVAILABILITY_STALE_HOURS: '168' }).staleAfterHours).toBe(168);
    expect(availabilitySettings({ PUBLIC_AVAILABILITY_STALE_HOURS: '0.5' }).staleAfterHours).toBe(0.5);
  });
});

describe('the availability command', () => {
  let node: string;
  let dir: string;

  beforeAll(() => {
    // The project's Node (a devDependency) runs the script; asking npx for its path once spares each
    // run npx's start-up of several seconds.
    const found = spawnSync('npx', ['node', '-p', 'process.execPath'], { cwd: root, encoding: 'utf8' });
    node = found.stdout.trim();
    expect(node).toMatch(/node/);
    dir = mkdtempSync(join(tmpdir(), 'availability-'));
  }, 30_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the tool on `file` (via $AVAILABILITY_FILE) and resolves with what it said. */
  function run(file: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(node, ['scripts/availability.ts', ...args], {
        cwd: root,
        env: { ...process.env, AVAILABILITY_FILE: file, PUBLIC_AVAILABILITY_STALE_HOURS: '' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it.concurrent(
    'sets a count and shows it as the site would',
    async () => {
      const file = join(dir, 'set-show.json');
      const set = await run(file, 'set', 'egmontgaarden', '5', '--note', 'Plads til kvinder med børn.');
      expect(set.stderr).toBe('');
      expect(set.code).toBe(0);
      expect(set.stdout).toContain('Egmontgården now has 5 free of 38');
      const written = JSON.parse(readFileSync(file, 'utf8'));
      expect(written.centers).toEqual([
        {
          id: 'egmontgaarden',
          available: 5,
          maximum: 38,
          updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
          note: 'Plads til kvinder med børn.',
        },
      ]);

      const show = await run(file, 'show');
      expect(show.code).toBe(0);
      expect(show.stdout).toMatch(/egmontgaarden\s+5 of 38 free, updated /);
      expect(show.stdout).toMatch(/garvergaarden\s+unknown \(not-reported\)/);
    },
    30_000,
  );

  it.concurrent(
    'refuses a count over capacity or for an unknown centre, and leaves the file as it was',
    async () => {
      const file = join(dir, 'refuse.json');
      const original = `${JSON.stringify(feedOf([fresh('egmontgaarden', 4)]), null, 2)}\n`;
      writeFileSync(file, original);
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{"version": 1, "centers": [');
      const [over, unknown, onBroken] = await Promise.all([
        run(file, 'set', 'egmontgaarden', '39'),
        run(file, 'set', 'egmont', '3'),
        run(broken, 'set', 'egmontgaarden', '3'),
      ]);
      expect(over).toMatchObject({ code: 1, stdout: '', stderr: 'error: Egmontgården has 38 places; 39 free is more than that\n' });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('error: "egmont" is not a crisis centre on the site. Use one of: den-aabne-doer, egmontgaarden');
      expect(onBroken.code).toBe(1);
      expect(onBroken.stderr).toMatch(/^error: .*broken\.json is not valid JSON .*it was left as it is\n$/);
      expect(readFileSync(file, 'utf8')).toBe(original);
      expect(readFileSync(broken, 'utf8')).toBe('{"version": 1, "centers": [');
    },
    30_000,
  );

  it.concurrent(
    'validates a file, naming the broken field and failing',
    async () => {
      const bad = join(dir, 'bad.json');
      const centers = allFour().map((entry) => ({ ...entry, updated: new Date().toISOString() }));
      centers[1] = { ...centers[1]!, available: -1 };
      writeFileSync(bad, JSON.stringify(feedOf(centers)));
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify(feedOf(allFour().map((entry) => ({ ...entry, updated: new Date().toISOString() })))));
      const [onBad, onGood] = await Promise.all([run(bad, 'validate', bad), run(good, 'validate', good)]);
      expect(onBad.code).toBe(1);
      expect(onBad.stderr).toContain('error: centers[1].available: must be 0 or more');
      expect(onGood).toMatchObject({ code: 0, stderr: '' });
      expect(onGood.stdout).toContain(`${good}: valid`);
    },
    30_000,
  );

  it.concurrent(
    'waits for another update under way, gives up with a clear message, and leaves the file alone',
    async () => {
      const file = join(dir, 'locked.json');
      const original = `${JSON.stringify(feedOf([fresh('egmontgaarden', 4)]), null, 2)}\n`;
      writeFileSync(file, original);
      // Taken a moment ago by another writer, by the tool's own clock.
      writeFileSync(`${file}.lock`, String(Date.now()));
      const started = Date.now();
      const result = await run(file, 'set', 'egmontgaarden', '7');
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`error: ${file}.lock exists: another update is under way. Try again in a moment.\n`);
      // It waited for the other writer (50 tries, 100 ms apart) before giving up.
      expect(Date.now() - started).toBeGreaterThan(4_000);
      expect(readFileSync(file, 'utf8')).toBe(original);
      expect(readdirSync(dir).filter((name) => name.startsWith('locked') || name.startsWith('.locked'))).toEqual([
        'locked.json',
        'locked.json.lock',
      ]);
    },
    30_000,
  );

  it.concurrent(
    'breaks a lock left behind by a writer that crashed over 30 s ago',
    async () => {
      const file = join(dir, 'stale-lock.json');
      writeFileSync(`${file}.lock`, String(Date.now() - 60_000));
      const result = await run(file, 'set', 'garvergaarden', '3');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(readFileSync(file, 'utf8')).centers).toMatchObject([{ id: 'garvergaarden', available: 3 }]);
      expect(existsSync(`${file}.lock`)).toBe(false);
    },
    30_000,
  );

  it.concurrent(
    'writes whole files only, loses no centre when several save at once, and leaves no temporary files',
    async () => {
      const sub = mkdtempSync(join(dir, 'atomic-'));
      const file = join(sub, 'availability.json');
      const counts: [string, string][] = [
        ['den-aabne-doer', '2'],
        ['klostermosegaard', '0'],
        ['egmontgaarden', '4'],
        ['garvergaarden', '1'],
        ['egmontgaarden', '6'],
      ];
      // A reader that opened the file before the updates keeps reading that whole old file: the new one is
      // put in its place, never written over it.
      const original = `${JSON.stringify(feedOf([]), null, 2)}\n`;
      writeFileSync(file, original);
      const openedBefore = openSync(file, 'r');
      const runs = Promise.all(counts.map(([id, free]) => run(file, 'set', id, free)));
      let finished = false;
      void runs.finally(() => (finished = true));
      // Read the file over and over while the writers run: every read must be a complete feed.
      let reads = 0;
      while (!finished) {
        let text: string | undefined;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        if (text !== undefined) {
          expect(JSON.parse(text)).toMatchObject({ version: 1, centers: expect.any(Array) });
          reads++;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      const results = await runs;
      expect(results.map((result) => [result.code, result.stderr])).toEqual(counts.map(() => [0, '']));
      expect(reads).toBeGreaterThan(0);
      const final = JSON.parse(readFileSync(file, 'utf8')) as { centers: { id: string; available: number }[] };
      expect(final.centers.map((entry) => entry.id).sort()).toEqual([
        'den-aabne-doer',
        'egmontgaarden',
        'garvergaarden',
        'klostermosegaard',
      ]);
      expect(readdirSync(sub)).toEqual(['availability.json']);
      try {
        expect(readFileSync(openedBefore, 'utf8')).toBe(original);
      } finally {
        closeSync(openedBefore);
      }
    },
    30_000,
  );
});
