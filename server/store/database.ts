import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { migrations } from './schema.ts';

export type Database = DatabaseSync;

/**
 * Opens (and if need be creates) the service's database. WAL lets the command-line tools write while the
 * service runs; `synchronous = FULL` makes every acknowledged commit survive a crash or a power cut;
 * `busy_timeout` makes a second writer wait its turn rather than fail.
 */
export function openDatabase(file: string): Database {
  const isNew = file !== ':memory:' && !existsSync(file);
  if (isNew) mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new DatabaseSync(file, { enableForeignKeyConstraints: true });
  // Only the service's own user reads the staff list and the log.
  if (isNew) chmodSync(file, 0o600);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  // No SQL may rewrite the schema behind the triggers' back.
  db.enableDefensive(true);
  migrate(db);
  return db;
}

function migrate(db: Database): void {
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (version > migrations.length) {
    throw new Error(`the database is from a newer version of the service (schema ${version}, this one knows ${migrations.length})`);
  }
  for (let next = version; next < migrations.length; next++) {
    inTransaction(db, () => {
      db.exec(migrations[next]!);
      db.exec(`PRAGMA user_version = ${next + 1}`);
    });
  }
}

const statements = new WeakMap<Database, Map<string, StatementSync>>();

/**
 * A statement compiled once per database and kept: compiling SQL costs more than running it, and the
 * service runs the same few statements for every report.
 */
export function sql(db: Database, text: string): StatementSync {
  let known = statements.get(db);
  if (!known) statements.set(db, (known = new Map()));
  let statement = known.get(text);
  if (!statement) known.set(text, (statement = db.prepare(text)));
  return statement;
}

/**
 * Runs `work` in one write transaction, taken at once (`IMMEDIATE`), so that reading the current state
 * and writing the next one cannot interleave with another writer, in this process or another.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  sql(db, 'BEGIN IMMEDIATE').run();
  try {
    const result = work();
    sql(db, 'COMMIT').run();
    return result;
  } catch (error) {
    if (db.isTransaction) sql(db, 'ROLLBACK').run();
    throw error;
  }
}
