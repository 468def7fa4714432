import { Hono } from 'hono';
import * as z from 'zod';
import { readCounts } from '../../store/counts.ts';
import { allEvents, recentEvents } from '../../store/events.ts';
import { listPeople, personById, revokePerson } from '../../store/people.ts';
import type { ServiceDeps, StaffEnv } from '../context.ts';
import { staffPaths, withLang } from '../paths.ts';
import { frameOf, refuse } from '../respond.ts';
import { adminMain } from '../views/admin.ts';
import { staffPage } from '../views/layout.ts';
import { eventsCsv } from '../../domain/events-csv.ts';

const revokeForm = z.object({ person: z.string().regex(/^\d{1,12}$/) });

/** The admin page, the log as CSV, and revoking a person: for administrators only. */
export function adminRoutes(deps: ServiceDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use(`${staffPaths.admin}*`, async (c, next) => {
    if (!c.var.person)
      return c.req.method === 'GET'
        ? c.redirect(withLang(staffPaths.signIn, c.var.lang), 303)
        : refuse(c, 401, c.var.texts.errors.signInFirst);
    if (!c.var.person.isAdmin) return refuse(c, 403, c.var.texts.errors.adminOnly);
    return next();
  });

  app.get(staffPaths.admin, (c) => {
    const now = deps.now();
    const revoked = c.req.query('lukket');
    const revokedPerson = revoked && /^\d+$/.test(revoked) ? personById(deps.db, Number(revoked)) : undefined;
    const main = adminMain({
      lang: c.var.lang,
      texts: c.var.texts,
      now,
      staleAfterMs: deps.config.staleAfterMs,
      centres: deps.centres,
      counts: readCounts(deps.db),
      events: recentEvents(deps.db, 100),
      people: listPeople(deps.db, now),
      notice: revokedPerson?.revokedAt ? c.var.texts.adminPage.revokedDone(revokedPerson.name) : undefined,
    });
    return c.html(staffPage(frameOf(c), c.var.texts.adminPage.title, main).value);
  });

  app.get(staffPaths.logCsv, (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="krisecentre-log.csv"');
    return c.body(eventsCsv(allEvents(deps.db), deps.centres));
  });

  app.post(staffPaths.revoke, async (c) => {
    const form = revokeForm.safeParse(await c.req.parseBody());
    if (!form.success) return refuse(c, 400, c.var.texts.refused.badRequest);
    const id = Number(form.data.person);
    if (!personById(deps.db, id)) return refuse(c, 404, c.var.texts.errors.notFound);
    revokePerson(deps.db, id, c.var.person!.id, deps.now());
    deps.log(`revoke staff=${id} by=${c.var.person!.id}`);
    return c.redirect(withLang(staffPaths.admin, c.var.lang, { lukket: String(id) }), 303);
  });
  return app;
}
