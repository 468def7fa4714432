import type { Database } from './database.ts';

/** One entry of the log: who changed what, when, from what to what. */
export interface EventInput {
  /** The person, or null for the server's command-line tools. */
  personId: number | null;
  centreId: string | null;
  action: string;
  before?: number | null;
  after?: number | null;
  note?: string | null;
}

export interface LoggedEvent extends Required<EventInput> {
  id: number;
  at: number;
  actor: 'staff' | 'command-line';
  /** The person's name, for the admin page; never in the public feed or the service's log lines. */
  personName: string | null;
}

/** Appends one entry; the table's triggers refuse to change or remove it afterwards. */
export function appendEvent(db: Database, event: EventInput, now: number): number {
  const result = db
    .prepare('INSERT INTO events (at, person_id, actor, centre_id, action, before, after, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(now, event.personId, event.personId === null ? 'command-line' : 'staff', event.centreId, event.action, event.before ?? null, event.after ?? null, event.note ?? null);
  return Number(result.lastInsertRowid);
}

const selectEvents = `
  SELECT e.id, e.at, e.person_id AS personId, e.actor, e.centre_id AS centreId, e.action, e.before, e.after, e.note, p.name AS personName
  FROM events e LEFT JOIN people p ON p.id = e.person_id`;

/** The newest entries first. */
export function recentEvents(db: Database, limit: number): LoggedEvent[] {
  return db.prepare(`${selectEvents} ORDER BY e.id DESC LIMIT ?`).all(limit) as unknown as LoggedEvent[];
}

/** Every entry, oldest first, one at a time (the log only grows). */
export function* allEvents(db: Database): Generator<LoggedEvent> {
  yield* db.prepare(`${selectEvents} ORDER BY e.id`).iterate() as Iterable<LoggedEvent>;
}

/** How many entries the log holds for a centre. */
export function eventCount(db: Database, centreId?: string): number {
  const row = (centreId === undefined ? db.prepare('SELECT count(*) AS n FROM events').get() : db.prepare('SELECT count(*) AS n FROM events WHERE centre_id = ?').get(centreId)) as { n: number };
  return row.n;
}
