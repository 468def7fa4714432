import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDesk, type ReportDesk } from '../../server/report-desk';
import { readCount } from '../../server/store/counts';

import { openDatabase, type Database } from '../../server/store/database';
import { centres, nightShift } from '../helpers/staff-service';

let dir: string;
let db: Database;
let desk: ReportDesk;
const feedFile = () => join(dir, 'availability.json');
const freeInFeed = (id: string) =>
  (JSON.parse(readFileSync(feedFile(), 'utf8')) as { centers: { id: string; available: number }[] }).centers.find((c) => c.id === id)
    ?.available;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-desk-'));
  db = openDatabase(join(dir, 'staff.sqlite'));
  desk = reportDesk({ db, centres, feedFile: feedFile(), now: () => nightShift, log: () => {} });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the report desk', () => {
  it('applies reports that arrive together one after another, each answered with its own result, and the feed shows the last', async () => {
    await desk.submit({
      centreId: 'egmontgaarden',
      report: { action: 'set', available: 2, note: null, seenVersion: null },
      personId: null,
    });
    const steps = ['plus', 'plus', 'minus', 'plus'] as const;
    const answers = await Promise.all(
      steps.map((action) => desk.submit({ centreId: 'egmontgaarden', report: { action }, personId: null })),
    );
    expect(answers.map(({ result }) => result.after?.available)).toEqual([3, 4, 3, 4]);
    expect(answers.every(({ published }) => published)).toBe(true);
    expect(readCount(db, 'egmontgaarden')?.available).toBe(4);
    expect(freeInFeed('egmontgaarden')).toBe(4);
  });

  it('keeps the reports that arrived with one that fails, and fails only that one', async () => {
    const good = desk.submit({
      centreId: 'garvergaarden',
      report: { action: 'set', available: 1, note: null, seenVersion: null },
      personId: null,
    });
    const bad = desk.submit({ centreId: 'nowhere', report: { action: 'plus' }, personId: null });
    await expect(bad).rejects.toThrow('"nowhere" is not a crisis centre');
    expect((await good).result.ok).toBe(true);
    expect(freeInFeed('garvergaarden')).toBe(1);
  });
});
