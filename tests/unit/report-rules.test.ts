import { describe, expect, it } from 'vitest';
import { applyReport, noteOf, type Count } from '../../server/domain/report';

const count = (available: number, note: string | null = null, version = 4): Count => ({
  available,
  note,
  updatedAt: 0,
  updatedBy: 1,
  version,
});

describe('what a report does to a count', () => {
  it.each([
    ['+1', count(3, 'Ring først'), { action: 'plus' }, { available: 4, note: null, version: 5 }],
    ['−1', count(3), { action: 'minus' }, { available: 2, note: null, version: 5 }],
    [
      'unchanged keeps number, note and version',
      count(3, 'Ring først'),
      { action: 'confirm' },
      { available: 3, note: 'Ring først', version: 4 },
    ],
    ['unchanged from the version seen', count(3), { action: 'confirm', seenVersion: 4 }, { available: 3, note: null, version: 4 }],
    ['full', count(3, 'Ring først'), { action: 'full' }, { available: 0, note: null, version: 5 }],
    [
      'full when already full is no change',
      count(0, 'Fuldt til fredag'),
      { action: 'full' },
      { available: 0, note: 'Fuldt til fredag', version: 4 },
    ],
    ['full before any number', undefined, { action: 'full' }, { available: 0, note: null, version: 1 }],
    [
      'set from the version seen',
      count(3),
      { action: 'set', available: 7, note: 'Kun uden børn', seenVersion: 4 },
      { available: 7, note: 'Kun uden børn', version: 5 },
    ],
    [
      'set the first number',
      undefined,
      { action: 'set', available: 0, note: null, seenVersion: null },
      { available: 0, note: null, version: 1 },
    ],
    [
      'set the same number and note is no change',
      count(3),
      { action: 'set', available: 3, note: null, seenVersion: 4 },
      { available: 3, note: null, version: 4 },
    ],
  ] as const)('%s', (_, current, report, next) => {
    expect(applyReport(current, report, 10)).toEqual({ ok: true, next });
  });

  it.each([
    ['+1 with every place free', count(10), { action: 'plus' }, 'at-capacity'],
    ['−1 when full', count(0), { action: 'minus' }, 'at-zero'],
    ['+1 before any number', undefined, { action: 'plus' }, 'no-count'],
    ['−1 before any number', undefined, { action: 'minus' }, 'no-count'],
    ['unchanged before any number', undefined, { action: 'confirm' }, 'no-count'],
    ['set over a newer count', count(3, null, 5), { action: 'set', available: 2, note: null, seenVersion: 4 }, 'changed-meanwhile'],
    ['unchanged over a newer count', count(3, null, 5), { action: 'confirm', seenVersion: 4 }, 'changed-meanwhile'],
    [
      'set as the first number when a colleague set one meanwhile',
      count(3, null, 1),
      { action: 'set', available: 2, note: null, seenVersion: null },
      'changed-meanwhile',
    ],
    ['set above the places', count(3), { action: 'set', available: 11, note: null, seenVersion: 4 }, 'out-of-range'],
    ['set below zero', count(3), { action: 'set', available: -1, note: null, seenVersion: 4 }, 'out-of-range'],
    ['set a fraction', count(3), { action: 'set', available: 2.5, note: null, seenVersion: 4 }, 'out-of-range'],
  ] as const)('refuses %s', (_, current, report, refusal) => {
    expect(applyReport(current, report, 10)).toEqual({ ok: false, refusal });
  });
});

describe('a note', () => {
  it('is kept on one line, without control or direction characters, and empty is none', () => {
    expect(noteOf('  Kun uden børn\r\n\ti nat ')).toEqual({ ok: true, note: 'Kun uden børn i nat' });
    expect(noteOf('ring \u202eevil\u202c\u0007')).toEqual({ ok: true, note: 'ring evil' });
    expect(noteOf('   ')).toEqual({ ok: true, note: null });
    expect(noteOf(undefined)).toEqual({ ok: true, note: null });
  });

  it('may be 140 characters, not more', () => {
    expect(noteOf('x'.repeat(140))).toEqual({ ok: true, note: 'x'.repeat(140) });
    expect(noteOf('x'.repeat(141))).toEqual({ ok: false });
  });
});
