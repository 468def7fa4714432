import { timeZone } from '../../config/site';
import { fill, isolateLtr } from '../template';
import type { OpenNowTexts } from '../../i18n/texts';
import { localParts, nextDate, type OpenStatus } from './engine';

export type { OpenNowTexts };

/**
 * "Åbent nu · lukker kl. 15.00", "Lukket · åbner torsdag kl. 13.00", "Åbent nu · hele døgnet": a place's
 * state at `now` in the reader's language, in Copenhagen time. `open` is what `data-open-now` says;
 * undefined where the state is not known.
 */
export function describeNow(
  status: OpenStatus,
  staffed: boolean,
  now: number,
  lang: string,
  texts: OpenNowTexts,
  rtl = false,
  zone = timeZone,
): { text: string; open?: boolean } {
  // A time stays whole and left-to-right inside Arabic, Farsi and Urdu text.
  const isolate = (text: string) => (rtl ? isolateLtr(text) : text);
  const time = (instant: number) =>
    isolate(new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(instant));
  switch (status.kind) {
    case 'always':
      return { text: staffed ? texts.staffed : texts.always, open: true };
    case 'open':
      return { text: fill(texts.open, { time: time(status.closesAt) }), open: true };
    case 'unknown':
      return { text: texts.unknown };
    case 'closed': {
      const today = localParts(now, zone).date;
      // The next calendar day in Copenhagen (adding 24 hours would skip a day at the spring clock change).
      const tomorrow = nextDate(today);
      const opening = localParts(status.opensAt, zone).date;
      const at = time(status.opensAt);
      const when =
        opening === today
          ? fill(texts.today, { time: at })
          : opening === tomorrow
            ? fill(texts.tomorrow, { time: at })
            : // With the date, so "Monday" cannot be read as the coming Monday when it is the one after.
              fill(texts.weekday, {
                day: new Intl.DateTimeFormat(lang, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  calendar: 'gregory',
                  timeZone: zone,
                }).format(status.opensAt),
                time: at,
              });
      return { text: fill(texts.closed, { when }), open: false };
    }
  }
}
