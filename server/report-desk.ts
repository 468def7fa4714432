import type { CentreFacts } from '../src/lib/availability/check-feed.ts';
import { publishFeed } from './feed/publish.ts';
import { applyReportNow, type ReportInput, type ReportResult } from './store/counts.ts';
import { inTransaction, type Database } from './store/database.ts';

export interface ReportDesk {
  /**
   * Records a report and writes the feed. Resolves once both are done: the change is committed (it
   * survives a crash), and `published` says whether the website's feed shows it yet.
   */
  submit(input: ReportInput): Promise<{ result: ReportResult; published: boolean }>;
}

interface Waiting {
  input: ReportInput;
  resolve: (answer: { result: ReportResult; published: boolean }) => void;
  reject: (error: unknown) => void;
}

/**
 * Where the service's reports are recorded. The reports that arrive in one turn of the event loop are
 * applied one after another in one transaction, and the feed is written once after it: one flush to
 * disk for the lot, not three per tap, so a busy minute does not queue colleagues behind each other's
 * disk writes. Each report is still read and written with no other writer in between, and nobody is told
 * "saved" before the commit. A feed that cannot be written (a full disk) is tried again every
 * `retryMs` until it can.
 */
export function reportDesk(options: {
  db: Database;
  centres: ReadonlyMap<string, CentreFacts>;
  feedFile: string;
  now: () => number;
  log: (line: string) => void;
  retryMs?: number;
}): ReportDesk {
  const { db, centres, feedFile, now, log, retryMs = 30_000 } = options;
  let waiting: Waiting[] = [];
  let retry: NodeJS.Timeout | undefined;

  const writeFeed = (): boolean => {
    try {
      publishFeed(db, centres, feedFile, now());
      clearTimeout(retry);
      retry = undefined;
      return true;
    } catch (error) {
      log(`error writing the feed: ${(error as Error).message}`);
      retry ??= setTimeout(() => {
        retry = undefined;
        writeFeed();
      }, retryMs).unref();
      return false;
    }
  };

  const flush = () => {
    const batch = waiting;
    waiting = [];
    const at = now();
    let outcomes: (ReportResult | Error)[];
    try {
      outcomes = inTransaction(db, () => batch.map(({ input }) => applyReportNow(db, centres, input, at)));
    } catch {
      // One report that fails takes the whole transaction with it; the others must not pay for it, so
      // each is tried again in a transaction of its own.
      outcomes = batch.map(({ input }) => {
        try {
          return inTransaction(db, () => applyReportNow(db, centres, input, at));
        } catch (error) {
          return error as Error;
        }
      });
    }
    const published = outcomes.some((outcome) => !(outcome instanceof Error) && outcome.ok) ? writeFeed() : true;
    batch.forEach(({ resolve, reject }, index) => {
      const outcome = outcomes[index]!;
      if (outcome instanceof Error) reject(outcome);
      else resolve({ result: outcome, published });
    });
  };

  return {
    submit: (input) =>
      new Promise((resolve, reject) => {
        if (waiting.length === 0) setImmediate(flush);
        waiting.push({ input, resolve, reject });
      }),
  };
}
