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
