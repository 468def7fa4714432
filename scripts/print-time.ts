import { timeZone } from '../src/config/site.ts';

const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });

/** "7 Dec 2026, 18:34": a moment in Copenhagen time, as the command-line tools print it. */
export function printTime(moment: number): string {
  return format.format(moment);
}
