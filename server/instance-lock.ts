import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Why the service will not start: another one already works on the same data. */
export class InstanceLockError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One service per data folder: two would each keep their own rate limits and race to write the feed.
 * The lock is a file with the process id; one left by a service that was killed is taken over.
 * Returns the function that lets it go.
 */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, 'service.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new InstanceLockError(`another staff service (process ${pid}) is already using ${dataDir}. Stop it first, or give this one its own KRISECENTRE_DATA.`);
      }
      // Left behind by a service that did not stop cleanly.
      rmSync(file, { force: true });
    }
  }
  throw new InstanceLockError(`could not take ${file}; another service may be starting at this very moment`);
}
