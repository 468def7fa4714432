import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServiceDeps, StaffEnv } from './context.ts';
import { sameOriginWrites } from './middleware/same-origin.ts';
import { staffHeaders } from './middleware/staff-headers.ts';
import { isStaffPath, staffPaths, staffPrefix, withLang } from './paths.ts';
import { refuse } from './respond.ts';
import { adminRoutes } from './routes/admin.ts';
import { assetRoutes } from './routes/assets.ts';
import { healthRoutes } from './routes/health.ts';
import { passkeyRoutes } from './routes/passkeys.ts';
import { publicSiteRoutes } from './routes/public-site.ts';
import { reportRoutes } from './routes/report.ts';
import { readSession, signOut } from './session.ts';
import { staffLangOf, staffTexts } from './texts.ts';

/** Sets what every staff route reads: the page's language and its words, the assets, the signed-in person. */
function staffContext(deps: ServiceDeps) {
  const session = readSession(deps);
  return async (c: Context<StaffEnv>, next: () => Promise<void>) => {
    const lang = staffLangOf(c.req.query('lang'));
    c.set('lang', lang);
    c.set('texts', staffTexts[lang]);
    c.set('assets', deps.assets);
    return session(c, next);
  };
}

/**
 * The service: the staff pages under /personale/, and (for `npm start`) the public site and its feed.
 * Only the staff pages read a cookie or ever set one; a public page is served as a static host would.
 */
export function createApp(deps: ServiceDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();

  // One line per staff request: method, path, status, time and the staff id; never a name, a token or an address.
  app.use(`${staffPrefix}/*`, async (c, next) => {
    const started = performance.now();
    await next();
    const person = c.var.person;
    deps.log(
      `${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms${person ? ` staff=${person.id}` : ''}`,
    );
  });

  const staff = new Hono<StaffEnv>();
  staff.use(`${staffPrefix}/*`, staffHeaders(), staffContext(deps), sameOriginWrites(deps.config.origin));
  staff.use(
    `${staffPrefix}/*`,
    bodyLimit({
      maxSize: 32 * 1024,
      onError: (c) => refuse(c as Context<StaffEnv>, 413, (c as Context<StaffEnv>).var.texts.errors.tooLarge),
    }),
  );
  staff.route('/', healthRoutes(deps));
  staff.route('/', assetRoutes(deps));
  staff.route('/', passkeyRoutes(deps));
  staff.route('/', reportRoutes(deps));
  staff.route('/', adminRoutes(deps));
  staff.post(staffPaths.signOut, (c) => {
    signOut(deps, c);
    return c.redirect(withLang(staffPaths.signIn, c.var.lang, { ud: '1' }), 303);
  });
  staff.get(staffPrefix, (c) => c.redirect(withLang(staffPaths.report, c.var.lang), 301));
  staff.notFound((c) => refuse(c, 404, c.var.texts?.errors.notFound ?? staffTexts.da.errors.notFound));
  app.route('/', staff);

  // Last: the public site answers whatever the staff routes did not.
  app.route('/', publicSiteRoutes(deps));

  app.notFound((c) => (isStaffPath(c.req.path) ? refuse(c, 404, staffTexts.da.errors.notFound) : c.text('Not found', 404)));
  app.onError((error, c) => {
    deps.log(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`);
    const texts = c.var.texts;
    if (!isStaffPath(c.req.path)) return c.text('Server error', 500);
    return texts ? refuse(c, 500, texts.errors.server) : c.json({ ok: false, error: staffTexts.da.errors.server }, 500);
  });
  return app;
}
