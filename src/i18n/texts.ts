/**
 * Shapes of texts the build hands the browser, in the page's language. They live here, below both the
 * translations (src/i18n/index.ts fills them) and the logic that uses them (src/lib/), so neither reaches
 * into the other.
 */

/** The open-now texts, with `{time}`, `{when}` and `{day}` left for the phone to fill. */
export interface OpenNowTexts {
  open: string;
  closed: string;
  always: string;
  staffed: string;
  today: string;
  tomorrow: string;
  weekday: string;
  unknown: string;
}
