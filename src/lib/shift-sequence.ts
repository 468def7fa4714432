/**
 * Counts Shift presses for the quick-exit shortcut: three presses of Shift on its own, each within the
 * time limit of the one before. A Shift used as a modifier (Shift+A) does not count, and any other key
 * starts the count again. Left and right Shift count alike, even when their presses overlap.
 * Pure state, so the rules are tested without a browser; the custom element wires it to key events.
 */
export const pressesNeeded = 3;
export const pressWindowMs = 5000;

export interface KeyInput {
  type: 'keydown' | 'keyup';
  key: string;
  /** Milliseconds, from any steady clock. */
  time: number;
  /** A held-down key repeating. */
  repeat?: boolean;
}

export type ShiftOutcome = { kind: 'none' } | { kind: 'progress'; count: number } | { kind: 'reset' } | { kind: 'exit' };

export class ShiftSequence {
  #count = 0;
  #lastPress = Number.NEGATIVE_INFINITY;
  /** Another key went down while Shift was held, so this Shift is a modifier. */
  #usedAsModifier = false;
  #shiftDown = false;

  /** Feeds one key event; says whether the count moved, was reset, or reached the exit. */
  handle(event: KeyInput): ShiftOutcome {
    if (event.key !== 'Shift') {
      if (event.type === 'keydown') {
        if (this.#shiftDown) this.#usedAsModifier = true;
        return this.#reset();
      }
      return { kind: 'none' };
    }
    if (event.type === 'keydown') {
      if (!event.repeat && !this.#shiftDown) this.#usedAsModifier = false;
      this.#shiftDown = true;
      return { kind: 'none' };
    }
    // keyup of Shift: this is the press.
    this.#shiftDown = false;
    if (this.#usedAsModifier) {
      this.#usedAsModifier = false;
      return { kind: 'none' };
    }
    if (event.time - this.#lastPress > pressWindowMs) this.#count = 0;
    this.#count += 1;
    this.#lastPress = event.time;
    if (this.#count >= pressesNeeded) {
      this.#count = 0;
      this.#lastPress = Number.NEGATIVE_INFINITY;
      return { kind: 'exit' };
    }
    return { kind: 'progress', count: this.#count };
  }

  /** Called when the time limit after a press has run out. */
  expire(): ShiftOutcome {
    return this.#reset();
  }

  /**
   * Called when the page loses the keyboard (the window is left, or hidden). A Shift released
   * elsewhere sends no key-up here, so it must not stay "held" and swallow the next press.
   */
  cancel(): ShiftOutcome {
    this.#shiftDown = false;
    this.#usedAsModifier = false;
    return this.#reset();
  }

  /** How many more presses of Shift leave the page. */
  get remaining(): number {
    return pressesNeeded - this.#count;
  }

  get count(): number {
    return this.#count;
  }

  #reset(): ShiftOutcome {
    const wasCounting = this.#count > 0;
    this.#count = 0;
    this.#lastPress = Number.NEGATIVE_INFINITY;
    return wasCounting ? { kind: 'reset' } : { kind: 'none' };
  }
}
