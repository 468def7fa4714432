import type { CentreFacts } from '../../src/lib/availability/check-feed.ts';
import type { ServiceConfig } from '../config.ts';
import type { ReportDesk } from '../report-desk.ts';
import type { Database } from '../store/database.ts';
import type { Person } from '../store/people.ts';
import type { StaffAssets } from './assets.ts';
import type { StaffLang, StaffTexts } from './texts.ts';

/** What the service's routes work with; tests make their own (a database in a folder of their own, a clock they move). */
export interface ServiceDeps {
  db: Database;
  config: ServiceConfig;
  /** The crisis centres and their numbers of places, from content/places/. */
  centres: ReadonlyMap<string, CentreFacts>;
  /** The service's clock: every time it stores, compares or shows comes from here. */
  now: () => number;
  /** One line to the service's log. */
  log: (line: string) => void;
  assets: StaffAssets;
  /** Records reports and writes the public feed after them (server/report-desk.ts). */
  reports: ReportDesk;
}

export interface StaffEnv {
  Variables: {
    /** The signed-in person, if the request carries a live session. */
    person: Person | undefined;
    lang: StaffLang;
    texts: StaffTexts;
    assets: StaffAssets;
  };
}
