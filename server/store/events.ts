import { type Database, sql } from './database.ts';

/** One entry of the log: who changed what, when, from what to what. */
export interface EventInput {
  /** The person, or null for the server's command-line tools. */
  personId: number | null;
  centreId: string | null;
  action: string;
  before?: number | null;
  after?: number | null;
  note?: string | null;
  /** For a change to the staff list: whom it was about. */
  subjectId?: number | null;
}

export interface LoggedEvent extends Required<EventInput> {
  id: number;
  at: number;
  actor: 'staff' | 'command-line';
  /** The person's name, for the admin page; never in the public feed or the service's log lines. */
  personName: string | null;
  subjectName: string | null;
}

/** Appends one entry; the table's triggers refuse to change or remove it afterwards. */
export function appendEvent(db: Database, event: EventInput, now: number): number {
  const result = sql(
    db,
    'INSERT INTO events (at, person_id, actor, centre_id, action, before, after, note, subject_person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    now,
    event.personId,
    event.personId === null ? 'command-line' : 'staff',
    event.centreId,
    event.action,
    event.before ?? null,
    event.after ?? null,
    event.note ?? null,
    event.subjectId ?? null,
  );
  return Number(result.lastInsertRowid);
}

const selectEvents = `
  SELECT e.id, e.at, e.person_id AS personId, e.actor, e.centre_id AS centreId, e.action, e.before, e.after, e.note,
    e.subject_person_id AS subjectId, p.name AS personName, s.name AS subjectName
  FROM events e LEFT JOIN people p ON p.id = e.person_id LEFT JOIN people s ON s.id = e.subject_person_id`;

/** The newest entries first. */
export function recentEvents(db: Database, limit: number): LoggedEvent[] {
  return sql(db, `${selectEvents} ORDER BY e.id DESC LIMIT ?`).all(limit) as unknown as LoggedEvent[];
}

/** Every entry, oldest first, one at a time (the log only grows). */
export function* allEvents(db: Database): Generator<LoggedEvent> {
  yield* sql(db, `${selectEvents} ORDER BY e.id`).iterate() as Iterable<LoggedEvent>;
}
