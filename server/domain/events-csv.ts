import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import { timeZone } from '../../src/config/site.ts';
import type { LoggedEvent } from '../store/events.ts';

/**
 * One CSV field, quoted when it must be. A text a spreadsheet could run as a formula (=, +, - or @ at the
 * start of the field, or of any piece a spreadsheet with another list separator, such as Danish Excel's
 * ";", might cut it into) is opened with an apostrophe, so a note never becomes a command on the
 * administrator's computer.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /(^|[,;\t\r\n])\s*[=+\-@]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const local = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });

/**
 * The whole log as CSV for a spreadsheet: one row per entry, oldest first, times in UTC and in Copenhagen.
 * It starts with a byte-order mark, without which Excel reads "Egmontgården" as "EgmontgÃ¥rden".
 */
export function eventsCsv(events: Iterable<LoggedEvent>, centres: ReadonlyMap<string, CentreFacts>): string {
  const rows = [
    [
      'id',
      'time_utc',
      'time_copenhagen',
      'staff_id',
      'staff_name',
      'actor',
      'centre_id',
      'centre',
      'action',
      'before',
      'after',
      'note',
      'about_staff_id',
      'about_staff_name',
    ].join(','),
  ];
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
        event.subjectId,
        event.subjectName,
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
