import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Why the service will not start: another one already works on the same data. */
export class InstanceLockError extends Error {}

/**
 * One service per data folder: two would each keep their own rate limits and race to write the feed.
 * The lock is an exclusive lock on a small file of its own, held by the operating system for as long as
 * the process lives: a killed service, a reboot or a reused process id can never leave it taken.
 * Returns the function that lets it go.
 */
export function lockDataFolder(dataDir: string): () => void {
  const lock = new DatabaseSync(join(dataDir, 'service.lock'));
  try {
    // No waiting: if another process holds it, say so at once.
    lock.exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;');
  } catch (error) {
    lock.close();
    if (/locked|busy/i.test((error as Error).message)) {
      throw new InstanceLockError(
        `another staff service is already using ${dataDir}. Stop it first, or give this one its own KRISECENTRE_DATA.`,
      );
    }
    throw error;
  }
  return () => {
    lock.exec('ROLLBACK');
    lock.close();
  };
}
