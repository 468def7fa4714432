import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import { applyReport, type Count, type Outcome, type Report } from '../domain/report.ts';
import { type Database, inTransaction, sql } from './database.ts';
import { appendEvent } from './events.ts';

export interface CountRow extends Count {
  centreId: string;
  /** The name of whoever reported last ("unchanged" too), for colleagues on the report page; null for the command line. */
  updatedByName: string | null;
  /** When the number or note last changed, and by whom: what a colleague whose "set" came too late is told. */
  changedAt: number;
  changedBy: number | null;
  changedByName: string | null;
}

const selectCounts = `
  SELECT c.centre_id AS centreId, c.available, c.note, c.updated_at AS updatedAt, c.updated_by AS updatedBy, c.version,
    c.changed_at AS changedAt, c.changed_by AS changedBy, u.name AS updatedByName, k.name AS changedByName
  FROM counts c LEFT JOIN people u ON u.id = c.updated_by LEFT JOIN people k ON k.id = c.changed_by`;

export function readCounts(db: Database): Map<string, CountRow> {
  const rows = sql(db, selectCounts).all() as unknown as CountRow[];
  return new Map(rows.map((row) => [row.centreId, { ...row }]));
}

export function readCount(db: Database, centreId: string): CountRow | undefined {
  const row = sql(db, `${selectCounts} WHERE c.centre_id = ?`).get(centreId) as CountRow | undefined;
  return row ? { ...row } : undefined;
}

export type ReportResult = Outcome & { before: CountRow | undefined; after: CountRow | undefined };

export interface ReportInput {
  centreId: string;
  report: Report;
  /** Who reports; null for the command line. */
  personId: number | null;
}

/**
 * Applies one report to a centre's count and logs it, inside a write transaction the caller holds: the
 * count is read and written with no other writer in between, so simultaneous steps from two phones both
 * count. A refused report writes nothing.
 */
export function applyReportNow(db: Database, centres: ReadonlyMap<string, CentreFacts>, input: ReportInput, now: number): ReportResult {
  const facts = centres.get(input.centreId);
  if (!facts) throw new Error(`"${input.centreId}" is not a crisis centre`);
  const before = readCount(db, input.centreId);
  const outcome = applyReport(before, input.report, facts.capacity);
  if (!outcome.ok) return { ...outcome, before, after: before };
  const { available, note, version } = outcome.next;
  const changed = version !== before?.version;
  sql(
    db,
    `INSERT INTO counts (centre_id, available, note, updated_at, updated_by, changed_at, changed_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (centre_id) DO UPDATE SET available = excluded.available, note = excluded.note, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by, changed_at = excluded.changed_at, changed_by = excluded.changed_by, version = excluded.version`,
  ).run(
    input.centreId,
    available,
    note,
    now,
    input.personId,
    changed ? now : before!.changedAt,
    changed ? input.personId : before!.changedBy,
    version,
  );
  appendEvent(
    db,
    {
      personId: input.personId,
      centreId: input.centreId,
      action: input.report.action,
      before: before?.available ?? null,
      after: available,
      note: input.report.action === 'set' ? note : null,
    },
    now,
  );
  return { ...outcome, before, after: readCount(db, input.centreId) };
}

/** One report in a transaction of its own (the command-line tools). */
export function recordReport(db: Database, centres: ReadonlyMap<string, CentreFacts>, input: ReportInput, now: number): ReportResult {
  return inTransaction(db, () => applyReportNow(db, centres, input, now));
}
