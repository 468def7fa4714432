/**
 * The staff service: `npm start` runs it after building the site (`node server/main.ts`).
 *
 * It serves the staff pages under /personale/, writes the public feed from its database after every
 * change, and (unless SERVE_SITE=0) serves the built site and the feed too, so one command gives the
 * whole loop on a laptop. Settings: server/config.ts.
 */
import { mkdirSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { readCentresFromDisk } from '../src/lib/places-on-disk.ts';
import { ConfigError, loadSettingsFile, serviceConfig } from './config.ts';
import { repairFeed } from './feed/publish.ts';
import { reportDesk } from './report-desk.ts';
import { createApp } from './http/app.ts';
import { buildStaffAssets } from './http/assets.ts';
import { enrolmentUrl } from './http/paths.ts';
import { InstanceLockError, lockDataFolder } from './instance-lock.ts';
import { openDatabase } from './store/database.ts';
import { firstAdminInvite } from './store/first-admin.ts';
import { forgetOldSessions } from './store/sessions.ts';

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

async function main(): Promise<void> {
  const settings = loadSettingsFile();
  const config = serviceConfig();
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const release = lockDataFolder(config.dataDir);
  const db = openDatabase(config.databaseFile);
  const centres = readCentresFromDisk();
  const now = () => Date.now();
  if (repairFeed(db, centres, config.feedFile, now())) log(`wrote ${config.feedFile} from the database`);

  const app = createApp({
    db,
    config,
    centres,
    now,
    log,
    assets: await buildStaffAssets(),
    reports: reportDesk({ db, centres, feedFile: config.feedFile, now, log }),
  });
  const tidy = setInterval(() => forgetOldSessions(db, now()), 3_600_000);
  tidy.unref();

  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => {
    log(
      `staff service on ${config.origin}/personale/ (listening on ${config.host}:${config.port}), data in ${config.dataDir}${settings ? `, settings from ${settings}` : ''}`,
    );
    if (config.siteDir) log(`the site: ${config.origin}/  ·  its feed: ${config.origin}${config.feedPath}`);
    // On a laptop with an empty database, a link that makes the first administrator, so the whole loop
    // can be tried at once. Never for a real host name: a link in a server's log is a key in its log.
    const token = config.rpId === 'localhost' ? firstAdminInvite(db, now()) : undefined;
    if (token) {
      console.log(
        `\nNobody can sign in yet. Open this link once, within 48 hours, to make the first administrator's passkey:\n${enrolmentUrl(config.origin, token)}\n`,
      );
    }
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `error: ${config.host}:${config.port} is in use; stop what runs there, or set PORT`
        : `error: ${error.message}`,
    );
    db.close();
    release();
    process.exit(1);
  });

  const stop = () => {
    log('stopping');
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
    db.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof InstanceLockError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
