/**
 * What a report from a centre does to its count: the rules, apart from storage and HTTP, so that the
 * service, the command-line tool and the tests apply exactly the same ones.
 *
 * The usual night report is "unchanged": it re-stamps the time and keeps number and note, and is refused
 * when a colleague changed the count since the page showed it (it would confirm a number nobody saw). Steps (+1, −1)
 * are applied to the count as it is on the server at that moment, so two colleagues tapping at once both
 * count. "Set" says which version of the count the person saw, and is refused if a colleague changed it
 * meanwhile: an absolute number typed over a colleague's newer one is how shelters lose updates.
 */

/**
 * A note may be 140 characters: stricter than the feed's own limit (280, src/schemas/availability.ts) so
 * that a note fits beside the count on a phone and is read at a glance.
 */
export const staffNoteMaxLength = 140;

/**
 * A note as typed, as it is kept: one line (tabs and line breaks become spaces), without control or
 * direction characters (which could show a note's words reversed), trimmed; null when nothing is left.
 * Too long is the only thing refused: a pasted line break must not cost a night shift its report.
 */
export function noteOf(text: string | undefined): { ok: true; note: string | null } | { ok: false } {
  const line = (text ?? '')
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    // Control characters are what this removes.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (line.length > staffNoteMaxLength) return { ok: false };
  return { ok: true, note: line || null };
}

export const reportActions = ['plus', 'minus', 'confirm', 'full', 'set'] as const;
export type ReportAction = (typeof reportActions)[number];

export type Report =
  | { action: 'plus' | 'minus' | 'full' }
  /** "Still N": when it says which version the person saw, a count changed since is not confirmed unseen. */
  | { action: 'confirm'; seenVersion?: number | null }
  /** `seenVersion`: the count's version when the person read it; null when there was no count yet. */
  | { action: 'set'; available: number; note: string | null; seenVersion: number | null };

/** A centre's count as stored. */
export interface Count {
  available: number;
  note: string | null;
  updatedAt: number;
  updatedBy: number | null;
  version: number;
}

export type Refusal =
  /** +1 when every place is already free. */
  | 'at-capacity'
  /** −1 when the centre is already full. */
  | 'at-zero'
  /** +1, −1 or "unchanged" before anyone has set a number. */
  | 'no-count'
  /** "Set" or "unchanged" over a count a colleague changed since the page was read. */
  | 'changed-meanwhile'
  /** A number outside 0 … capacity. */
  | 'out-of-range';

export type Outcome = { ok: true; next: { available: number; note: string | null; version: number } } | { ok: false; refusal: Refusal };

/** The count after one report, or why the report is refused. Nothing else changes; the caller stamps the time. */
export function applyReport(current: Count | undefined, report: Report, capacity: number): Outcome {
  const changedTo = (available: number, note: string | null): Outcome => {
    const same = current !== undefined && current.available === available && current.note === note;
    return { ok: true, next: { available, note, version: same ? current.version : (current?.version ?? 0) + 1 } };
  };
  switch (report.action) {
    case 'confirm':
      if (!current) return { ok: false, refusal: 'no-count' };
      if (report.seenVersion !== undefined && report.seenVersion !== current.version) return { ok: false, refusal: 'changed-meanwhile' };
      return changedTo(current.available, current.note);
    case 'plus':
      if (!current) return { ok: false, refusal: 'no-count' };
      if (current.available >= capacity) return { ok: false, refusal: 'at-capacity' };
      // A new number drops the old note: a note is about the count it came with.
      return changedTo(current.available + 1, null);
    case 'minus':
      if (!current) return { ok: false, refusal: 'no-count' };
      if (current.available <= 0) return { ok: false, refusal: 'at-zero' };
      return changedTo(current.available - 1, null);
    case 'full':
      return changedTo(0, current?.available === 0 ? current.note : null);
    case 'set':
      if (!Number.isInteger(report.available) || report.available < 0 || report.available > capacity)
        return { ok: false, refusal: 'out-of-range' };
      if ((current?.version ?? null) !== report.seenVersion) return { ok: false, refusal: 'changed-meanwhile' };
      return changedTo(report.available, report.note);
  }
}
