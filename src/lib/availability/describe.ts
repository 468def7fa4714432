import { fill } from '../template.ts';
import type { TextPart } from '../text-marks.ts';
import { dateAndTime, plural } from './format.ts';
import type { Availability } from './status.ts';

/** The availability island's texts in the reader's language, resolved at build time so that i18next stays on the server. */
export interface AvailabilityTexts {
  loading: string;
  /** "{count} free places", one template per plural category. */
  free: Partial<Record<Intl.LDMLPluralRule, string>>;
  full: string;
  unknown: string;
  /** Said once above the list when no feed could be read at all. */
  noFeed: string;
  /** "Last reported {places} on {time} – call to check." */
  stale: string;
  /** "Updated {ago} ({time})." */
  updated: string;
  /** Why to call a full centre. */
  callAnyway: string;
  /** Why to call a centre whose count is unknown. */
  unknownWhy: string;
  /** "Lev Uden Vold knows …" – followed by the number as a link; marked on the server (src/lib/text-marks.ts). */
  nationwide: TextPart[];
  /** "Could not get new numbers; last fetched {time}." */
  outage: string;
  /** "{name}: {status}" */
  announcement: string;
  /** Shown until the island runs, and for good without JavaScript: call and ask. */
  beforeScript: string;
}

/** Ends a text with a full stop unless it ends with one already (Latin, Arabic or Urdu), for a clean announcement. */
export function asSentence(text: string): string {
  return /[.!?…۔؟]$/.test(text) ? text : `${text}.`;
}

export interface Described {
  /** The state in a few words: "3 free places", "Full", "Unknown – call". */
  status: string;
  /** For a count too old to show: what was last reported, and when. */
  history?: string;
  /** What a screen reader is told when it changes: the status, and the history if there is one. */
  spoken: string;
}

/** A centre's availability in words, in the reader's language and in Copenhagen time. */
export function describeAvailability(availability: Availability, texts: AvailabilityTexts, lang: string, timeZone: string): Described {
  const said = (status: string, history?: string): Described =>
    history ? { status, history, spoken: `${asSentence(status)} ${history}` } : { status, spoken: status };
  switch (availability.state) {
    case 'loading':
      return said(texts.loading);
    case 'free':
      return said(plural(texts.free, availability.free, lang));
    case 'full':
      return said(texts.full);
    case 'unknown':
      if (!availability.lastReport) return said(texts.unknown);
      return said(
        texts.unknown,
        fill(texts.stale, {
          places: plural(texts.free, availability.lastReport.free, lang),
          time: dateAndTime(availability.lastReport.updated, lang, timeZone),
        }),
      );
  }
}

/**
 * What to announce when the list changes: each centre whose words changed, and the start of an outage,
 * as sentences. Nothing on the first answer (there is no `previous`): the list itself is there to read.
 * Returns the words to remember for next time.
 */
export function announcementOf(
  previous: ReadonlyMap<string, string> | null,
  rows: readonly { id: string; name: string; spoken: string }[],
  outage: string,
  texts: Pick<AvailabilityTexts, 'announcement' | 'outage'>,
): { current: Map<string, string>; announcement: string } {
  const current = new Map(rows.map((row) => [row.id, row.spoken]));
  // The outage is remembered by its template, so the time in it moving on is not news.
  current.set('', outage ? texts.outage : '');
  if (!previous) return { current, announcement: '' };
  const changed = rows
    .filter((row) => previous.get(row.id) !== row.spoken)
    .map((row) => fill(texts.announcement, { name: row.name, status: row.spoken }));
  if (outage && previous.get('') !== current.get('')) changed.unshift(outage);
  return { current, announcement: changed.map(asSentence).join(' ') };
}
