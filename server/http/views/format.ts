import { timeZone } from '../../../src/config/site.ts';
import { dateAndTime, timeAgo } from '../../../src/lib/availability/format.ts';
import type { StaffLang } from '../texts.ts';

export { timeAgo };

/** "8. december kl. 02.14": a moment in Copenhagen time, as the website writes it. */
export function when(moment: number, lang: StaffLang): string {
  return dateAndTime(moment, lang, timeZone);
}

/** "02.14": the time of day in Copenhagen. */
export function clockTime(moment: number, lang: StaffLang): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(moment);
}
