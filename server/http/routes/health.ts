import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { Hono } from 'hono';
import type { ServiceDeps } from '../context.ts';
import { staffPaths } from '../paths.ts';
import { sql } from '../../store/database.ts';

/** Whether a write to the database goes through: a real write, at most once a minute however often monitoring asks. */
function databaseCheck(deps: ServiceDeps): () => boolean {
  let last: { at: number; ok: boolean } | undefined;
  return () => {
    const now = deps.now();
    if (last && now - last.at < 60_000) return last.ok;
    let ok: boolean;
    try {
      sql(deps.db, 'INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at').run(
        now,
      );
      ok = true;
    } catch {
      ok = false;
    }
    last = { at: now, ok };
    return ok;
  };
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
  const databaseWritable = databaseCheck(deps);
  app.get(staffPaths.health, (c) => {
    const database = databaseWritable();
    const feed = feedWritable(deps.config.feedFile);
    c.header('Cache-Control', 'no-store');
    return c.json(
      { status: database && feed ? 'ok' : 'failing', database: database ? 'writable' : 'failing', feed: feed ? 'writable' : 'failing' },
      database && feed ? 200 : 503,
    );
  });
  return app;
}
