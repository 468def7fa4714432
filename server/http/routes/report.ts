import { Hono, type Context } from 'hono';
import { readCount, readCounts } from '../../store/counts.ts';
import { mayReportFor, type Person } from '../../store/people.ts';
import type { ServiceDeps, StaffEnv } from '../context.ts';
import { rateLimit, RateLimiter } from '../middleware/rate-limit.ts';
import { staffPaths, withLang } from '../paths.ts';
import { messageForResult, parseReportForm, reportMessage, type RefusedCode } from '../report-form.ts';
import type { ReportAction } from '../../domain/report.ts';
import { frameOf, refuse, wantsJson } from '../respond.ts';
import { staffPage } from '../views/layout.ts';
import { centreSection, reportMain, type CentreSection } from '../views/report.ts';

/** The centres a person may report for, in the site's order. */
function centresOf(deps: ServiceDeps, person: Person): string[] {
  return [...deps.centres.keys()].filter((id) => mayReportFor(person, id));
}

/** The report page (`GET /personale/`) and the reports sent from it (`POST /personale/meld/`). */
export function reportRoutes(deps: ServiceDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const view = (c: Context<StaffEnv>) => ({
    lang: c.var.lang,
    texts: c.var.texts,
    now: deps.now(),
    staleAfterMs: deps.config.staleAfterMs,
  });

  app.get(staffPaths.report, (c) => {
    const person = c.var.person;
    if (!person) return c.redirect(withLang(staffPaths.signIn, c.var.lang), 303);
    const counts = readCounts(deps.db);
    // A plain form post comes back here with its outcome in the address: beside the centre it was for, or
    // at the top of the page for a form that named none of hers.
    const { result, centre: resultFor, action } = c.req.query();
    const sections: CentreSection[] = centresOf(deps, person).map((id) => {
      const facts = deps.centres.get(id)!;
      const count = counts.get(id);
      return {
        id,
        facts,
        count,
        message: id === resultFor ? messageForResult(c.var.texts, c.var.lang, result, action, facts, count) : undefined,
      };
    });
    const pageMessage = sections.some((section) => section.message)
      ? undefined
      : messageForResult(c.var.texts, c.var.lang, result, action, undefined, undefined)?.text;
    return c.html(staffPage(frameOf(c), c.var.texts.report, reportMain(sections, view(c), pageMessage)).value);
  });

  /**
   * Answers a report: the script gets the centre's section drawn again with the outcome beside it; a plain
   * form post goes back to the page, its outcome in the address.
   */
  const answer = (
    c: Context<StaffEnv>,
    centreId: string | undefined,
    outcome: { ok: true; action: ReportAction; published: boolean } | { ok: false; code: RefusedCode },
  ) => {
    const { texts, lang } = c.var;
    const status = outcome.ok ? 200 : outcome.code === 'bad-request' || outcome.code === 'note-too-long' ? 400 : 409;
    if (!wantsJson(c)) {
      const query: Record<string, string> = outcome.ok
        ? { result: outcome.published ? 'saved' : 'saved-not-published', centre: centreId!, action: outcome.action }
        : { result: outcome.code, ...(centreId ? { centre: centreId } : {}) };
      return c.redirect(withLang(`${staffPaths.report}#${centreId ?? 'main'}`, lang, query), 303);
    }
    const facts = centreId === undefined ? undefined : deps.centres.get(centreId);
    const count = centreId === undefined ? undefined : readCount(deps.db, centreId);
    // A form that could not be read names no centre; its problem is said without one.
    if (!facts)
      return c.json(
        {
          ok: false,
          error: outcome.ok
            ? texts.refused.badRequest
            : reportMessage(texts, lang, { name: '', capacity: 0 }, { ok: false, refusal: outcome.code, after: undefined }),
        },
        status,
      );
    const message =
      outcome.ok && count
        ? reportMessage(texts, lang, facts, { ok: true, action: outcome.action, after: count, published: outcome.published })
        : reportMessage(texts, lang, facts, { ok: false, refusal: outcome.ok ? 'bad-request' : outcome.code, after: count });
    const html = centreSection({ id: centreId!, facts, count, message: { ok: outcome.ok, text: message } }, view(c)).value;
    return c.json({ ok: outcome.ok, [outcome.ok ? 'message' : 'error']: message, html }, status);
  };

  const limiter = new RateLimiter(deps.config.rateLimits.report, deps.now);
  app.post(
    staffPaths.submit,
    async (c, next) => (c.var.person ? next() : refuse(c, 401, c.var.texts.errors.signInFirst)),
    rateLimit(limiter, (c) => `person ${c.var.person!.id}`),
    async (c) => {
      const person = c.var.person!;
      if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(c.req.header('content-type') ?? ''))
        return refuse(c, 400, c.var.texts.refused.badRequest);
      const form = parseReportForm(await c.req.parseBody());
      if (!form.ok) {
        // Said beside the centre the form was for, if it is one of hers; otherwise at the top of the page.
        const own = form.centreId !== undefined && deps.centres.has(form.centreId) && mayReportFor(person, form.centreId);
        return answer(c, own ? form.centreId : undefined, { ok: false, code: form.problem });
      }
      // Another centre's count is refused before anything is read or written.
      if (!deps.centres.has(form.centreId) || !mayReportFor(person, form.centreId)) return refuse(c, 403, c.var.texts.refused.notYours);
      const { result, published } = await deps.reports.submit({ centreId: form.centreId, report: form.report, personId: person.id });
      if (!result.ok) return answer(c, form.centreId, { ok: false, code: result.refusal });
      deps.log(
        `change centre=${form.centreId} action=${form.report.action} ${result.before?.available ?? '-'}->${result.after!.available} staff=${person.id}`,
      );
      return answer(c, form.centreId, { ok: true, action: form.report.action, published });
    },
  );
  return app;
}
