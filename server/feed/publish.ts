import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { readCounts } from '../store/counts.ts';
import { feedFileIsCurrent, feedFromCounts, writeFileAtomically } from './feed-file.ts';

/**
 * Writes the public feed from the database, after a change has been committed. It reads and writes while
 * holding the database's write lock, so writers take turns here too: a slower writer can never put an
 * older feed over a newer one, whichever process (the service, a command-line tool) made the change.
 */
export function publishFeed(db: Database, centres: ReadonlyMap<string, CentreFacts>, feedFile: string, now: number): void {
  inTransaction(db, () => writeFileAtomically(feedFile, feedFromCounts(centres, readCounts(db), now)));
}

/** At start: a missing, damaged or outdated feed file is written again from the database. Says whether it had to. */
export function repairFeed(db: Database, centres: ReadonlyMap<string, CentreFacts>, feedFile: string, now: number): boolean {
  return inTransaction(db, () => {
    const expected = feedFromCounts(centres, readCounts(db), now);
    if (feedFileIsCurrent(feedFile, expected)) return false;
    writeFileAtomically(feedFile, expected);
    return true;
  });
}

/**
 * The service's way to publish: every change asks for a new feed, and the changes committed in one turn
 * of the event loop share one write, made right after them. Each request that asked waits for that write
 * and learns whether it went through, so "saved" still means the website says so. A write that fails (a
 * full disk) is tried again every `retryMs` until one succeeds: the change itself is committed, and the
 * feed must follow it without waiting for the next report.
 */
export function coalescingPublisher(write: () => void, log: (line: string) => void, retryMs = 30_000): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  let retry: NodeJS.Timeout | undefined;
  const attempt = (): boolean => {
    try {
      write();
      clearTimeout(retry);
      retry = undefined;
      return true;
    } catch (error) {
      log(`error writing the feed: ${(error as Error).message}`);
      retry ??= setTimeout(() => {
        retry = undefined;
        attempt();
      }, retryMs).unref();
      return false;
    }
  };
  return () =>
    (pending ??= new Promise<boolean>((resolve) =>
      setImmediate(() => {
        pending = undefined;
        resolve(attempt());
      }),
    ));
}
