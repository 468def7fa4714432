/**
 * Section 8 of the standard: a complaint about admission to or discharge from a crisis centre "skal være
 * modtaget i krisecentret senest fire uger efter, at borger har modtaget afgørelsen". Four weeks are 28
 * calendar days, counted on the calendar (month ends and leap days fall where they fall), not in hours,
 * so a daylight-saving change cannot move the day.
 */
export const complaintPeriodDays = 4 * 7;

/**
 * Where the helper that counts the deadline stands: under the part on complaints, at its own heading.
 * Content links to it by that heading (`standard:klageadgang#klagefrist`), so the id is kept here, once.
 */
export const complaintDeadlineHelper = { part: 'klageadgang', id: 'klagefrist' } as const;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (2027-02-29 is not). */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The last day the complaint must reach the crisis centre, for a decision received on `received`
 * (YYYY-MM-DD); undefined for anything that is not a real date.
 */
export function complaintDeadline(received: string): string | undefined {
  if (!isCalendarDate(received)) return undefined;
  const [year, month, day] = received.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + complaintPeriodDays)).toISOString().slice(0, 10);
}
