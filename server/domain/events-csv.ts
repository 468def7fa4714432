import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import { timeZone } from '../../src/config/site.ts';
import type { LoggedEvent } from '../store/events.ts';

/**
 * One CSV field. Quoted when it must be; and a text a spreadsheet would run as a formula (=, +, -, @ at
 * the start) is opened with an apostrophe, so a note can never become a command on the admin's computer.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });

/** The whole log as CSV for a spreadsheet: one row per entry, oldest first, times in UTC and in Copenhagen. */
export function eventsCsv(events: Iterable<LoggedEvent>, centres: ReadonlyMap<string, CentreFacts>): string {
  const rows = [['id', 'time_utc', 'time_copenhagen', 'staff_id', 'staff_name', 'actor', 'centre_id', 'centre', 'action', 'before', 'after', 'note'].join(',')];
  for (const event of events) {
    rows.push(
      [
        event.id,
        new Date(event.at).toISOString(),
        local.format(event.at),
        event.personId,
        event.personName,
        event.actor,
        event.centreId,
        event.centreId ? (centres.get(event.centreId)?.name ?? null) : null,
        event.action,
        event.before,
        event.after,
        event.note,
      ]
        .map(field)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
