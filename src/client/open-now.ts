import { statusAt, type HoursForBrowser } from '../lib/hours/engine';
import { describeNow, type OpenNowTexts } from '../lib/hours/now-text';

/**
 * Fills each `[data-hours-for]` line with whether the place is open now, computed on the reader's phone
 * when she looks (never frozen at build time), in Copenhagen time, and again every minute. Without
 * JavaScript the lines stay hidden and the weekly hours beside them say the same.
 */
const texts = JSON.parse(document.getElementById('open-now-texts')?.textContent ?? 'null') as OpenNowTexts | null;
const lang = document.documentElement.lang;
const rtl = document.documentElement.dir === 'rtl';

// Each line with its place's hours, read from the page once.
let lines: { line: HTMLElement; hours: HoursForBrowser }[] | undefined;

function refresh(): void {
  if (!texts) return;
  const now = Date.now();
  lines ??= [...document.querySelectorAll<HTMLElement>('[data-hours-for]')].map((line) => ({
    line,
    hours: JSON.parse(line.dataset.hours ?? '{}') as HoursForBrowser,
  }));
  for (const { line, hours } of lines) {
    const { text, open } = describeNow(statusAt(hours, now), hours.type === 'staffed', now, lang, texts, rtl);
    line.textContent = text;
    if (open === undefined) delete line.dataset.openNow;
    else line.dataset.openNow = String(open);
    line.hidden = false;
  }
  // On the next minute, when an opening or closing time can be reached.
  setTimeout(refresh, 60_000 - (Date.now() % 60_000) + 50);
}

// A task of its own once the page is parsed: the first use of the phone's time-zone and language data
// takes a moment on a slow phone, and should not hold up the first paint or a tap.
const start = () => setTimeout(refresh, 0);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
