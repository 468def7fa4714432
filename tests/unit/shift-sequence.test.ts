import { describe, expect, it } from 'vitest';
import { pressWindowMs, ShiftSequence, type KeyInput } from '../../src/lib/shift-sequence';

/** Presses (down and up) of the given keys; "Shift+a" holds Shift while pressing a. */
function type(sequence: ShiftSequence, keys: string[], start = 0, gap = 300) {
  let time = start;
  const outcomes = [];
  for (const key of keys) {
    const events: KeyInput[] =
      key === 'Shift+a'
        ? [
            { type: 'keydown', key: 'Shift', time },
            { type: 'keydown', key: 'a', time },
            { type: 'keyup', key: 'a', time },
            { type: 'keyup', key: 'Shift', time },
          ]
        : [
            { type: 'keydown', key, time },
            { type: 'keyup', key, time },
          ];
    for (const event of events) outcomes.push(sequence.handle(event));
    time += gap;
  }
  return outcomes.filter((outcome) => outcome.kind !== 'none');
}

describe('the Shift shortcut', () => {
  it('exits on the third press of Shift alone, counting each press', () => {
    expect(type(new ShiftSequence(), ['Shift', 'Shift', 'Shift'])).toEqual([
      { kind: 'progress', count: 1 },
      { kind: 'progress', count: 2 },
      { kind: 'exit' },
    ]);
  });

  it('does not count Shift used to type a capital letter', () => {
    expect(type(new ShiftSequence(), ['Shift+a', 'Shift+a', 'Shift+a'])).toEqual([]);
  });

  it('starts again when another key comes between the presses', () => {
    const outcomes = type(new ShiftSequence(), ['Shift', 'Shift', 'a', 'Shift']);
    expect(outcomes).toEqual([
      { kind: 'progress', count: 1 },
      { kind: 'progress', count: 2 },
      { kind: 'reset' },
      { kind: 'progress', count: 1 },
    ]);
  });

  it('starts again when more than five seconds pass between two presses', () => {
    const sequence = new ShiftSequence();
    type(sequence, ['Shift', 'Shift'], 0, 1000);
    expect(type(sequence, ['Shift'], 1000 + pressWindowMs + 1)).toEqual([{ kind: 'progress', count: 1 }]);
  });

  it('still exits when each press comes just within five seconds of the last', () => {
    expect(type(new ShiftSequence(), ['Shift', 'Shift', 'Shift'], 0, pressWindowMs).at(-1)).toEqual({ kind: 'exit' });
  });

  it('counts left and right Shift alike, even when the presses overlap', () => {
    const sequence = new ShiftSequence();
    const events: KeyInput[] = [
      { type: 'keydown', key: 'Shift', time: 0 }, // left down
      { type: 'keydown', key: 'Shift', time: 50 }, // right down
      { type: 'keyup', key: 'Shift', time: 100 }, // left up
      { type: 'keyup', key: 'Shift', time: 150 }, // right up
      { type: 'keydown', key: 'Shift', time: 400 },
      { type: 'keyup', key: 'Shift', time: 450 },
    ];
    expect(events.map((event) => sequence.handle(event)).at(-1)).toEqual({ kind: 'exit' });
  });

  it('ignores a held Shift repeating', () => {
    const sequence = new ShiftSequence();
    const events: KeyInput[] = [
      { type: 'keydown', key: 'Shift', time: 0 },
      { type: 'keydown', key: 'Shift', time: 500, repeat: true },
      { type: 'keydown', key: 'Shift', time: 530, repeat: true },
      { type: 'keyup', key: 'Shift', time: 600 },
    ];
    expect(events.map((event) => sequence.handle(event)).filter((o) => o.kind !== 'none')).toEqual([{ kind: 'progress', count: 1 }]);
  });

  it('forgets the count when the time runs out, and says so only if it was counting', () => {
    const sequence = new ShiftSequence();
    expect(sequence.expire()).toEqual({ kind: 'none' });
    type(sequence, ['Shift']);
    expect(sequence.expire()).toEqual({ kind: 'reset' });
    expect(sequence.count).toBe(0);
  });

  it('does not let a Shift released outside the window swallow the next press', () => {
    const sequence = new ShiftSequence();
    type(sequence, ['Shift']);
    sequence.handle({ type: 'keydown', key: 'Shift', time: 400 });
    // The window loses focus with Shift held; its key-up never arrives here.
    expect(sequence.cancel()).toEqual({ kind: 'reset' });
    expect(type(sequence, ['Shift'], 900)).toEqual([{ kind: 'progress', count: 1 }]);
    expect(sequence.remaining).toBe(2);
  });
});
