import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { Hono } from 'hono';
import type { ServiceDeps } from '../context.ts';
import { staffPaths } from '../paths.ts';

/** Whether a write to the database goes through right now. */
function databaseWritable(deps: ServiceDeps): boolean {
  try {
    deps.db.prepare('INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at').run(deps.now());
    return true;
  } catch {
    return false;
  }
}

/** Whether the feed file can be replaced: its folder takes a new file, and the file itself is there. */
function feedWritable(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * For the municipality's monitoring: 200 when the database and the feed file are writable, 503 when
 * either is not, with which one in the body. Says nothing about counts or people.
 */
export function healthRoutes(deps: ServiceDeps): Hono {
  const app = new Hono();
  app.get(staffPaths.health, (c) => {
    const database = databaseWritable(deps);
    const feed = feedWritable(deps.config.feedFile);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: database && feed ? 'ok' : 'failing', database: database ? 'writable' : 'failing', feed: feed ? 'writable' : 'failing' }, database && feed ? 200 : 503);
  });
  return app;
}
