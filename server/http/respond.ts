import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { StaffEnv } from './context.ts';
import { messagePage } from './views/layout.ts';

/** Whether the request was made by the staff pages' script, which wants JSON rather than a page. */
export function wantsJson(c: Context): boolean {
  return /application\/json/.test(c.req.header('accept') ?? '') || /application\/json/.test(c.req.header('content-type') ?? '');
}

/** A refusal in words: `{ error }` for the script, a short page for a browser without it. */
export function refuse(c: Context<StaffEnv>, status: ContentfulStatusCode, message: string) {
  if (wantsJson(c)) return c.json({ ok: false, error: message }, status);
  return c.html(messagePage(frameOf(c), message).value, status);
}

/** What every staff page's frame needs, from the request. */
export function frameOf(c: Context<StaffEnv>) {
  return { lang: c.var.lang, texts: c.var.texts, assets: c.var.assets, path: c.req.path, person: c.var.person };
}
