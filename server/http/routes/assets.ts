import { Hono } from 'hono';
import type { ServiceDeps } from '../context.ts';
import { staffPaths } from '../paths.ts';

/** The staff pages' script, stylesheet and icon; their names carry their content's hash, so they are kept a year. */
export function assetRoutes(deps: ServiceDeps): Hono {
  const app = new Hono();
  for (const asset of [deps.assets.script, deps.assets.style, deps.assets.icon]) {
    app.get(staffPaths.asset(asset.name), (c) =>
      c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=31536000, immutable' }),
    );
  }
  return app;
}
