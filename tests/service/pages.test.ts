import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffPaths } from '../../server/http/paths';
import { SoftAuthenticator } from '../helpers/soft-authenticator';
import { startTestService, type TestService } from '../helpers/staff-service';

let service: TestService;
let admin: string;
let lene: string;
let leneId: number;
let lenesPhone: SoftAuthenticator;
let adminsPhone: SoftAuthenticator;
beforeEach(async () => {
  service = await startTestService();
  adminsPhone = new SoftAuthenticator(service.config.origin);
  admin = (await service.enrol(service.invite('Admin', null).token, adminsPhone)).cookie!;
  lenesPhone = new SoftAuthenticator(service.config.origin);
  const invite = service.invite('Lene', 'egmontgaarden');
  leneId = invite.id;
  lene = (await service.enrol(invite.token, lenesPhone)).cookie!;
});
afterEach(() => service.close());

describe('the staff pages', () => {
  it('send a strict policy with no inline script, are never stored or listed, and frame nowhere', async () => {
    for (const path of [staffPaths.signIn, staffPaths.enrol, staffPaths.report]) {
      const response = await service.request(path, { cookie: lene });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const html = await response.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(html).not.toMatch(/\sstyle=/);
    }
  });

  it('send a person who is not signed in to the sign-in page, in their language', async () => {
    const response = await service.request(`${staffPaths.report}?lang=en`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/personale/log-ind/?lang=en');
    const page = await (await service.request('/personale/log-ind/?lang=en')).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Sign in with passkey');
    expect(page).toContain('<a href="/personale/log-ind/" lang="da" hreflang="da">Dansk</a>');
  });

  it('say how old a count is, who gave it, and when the website will call it unknown', async () => {
    await service.report(lene, { centre: 'egmontgaarden', action: 'set', available: '1', version: '', note: '<b>Kun</b> uden børn' });
    service.clock.now += 2 * 3_600_000 + 14 * 60_000;
    const page = await (await service.request(staffPaths.report, { cookie: lene })).text();
    expect(page).toContain('<strong data-staff-count>1</strong> ledig plads af 38');
    expect(page).toContain('Meldt for 2 timer siden (8. december kl. 02.00) af Lene.');
    expect(page).toContain('Bliver „ukendt“ på hjemmesiden 9. december kl. 02.00, hvis ingen bekræfter tallet.');
    // A note is text, never markup.
    expect(page).toContain('Note på hjemmesiden: &lt;b&gt;Kun&lt;/b&gt; uden børn');
    expect(page).toContain(
      '<button class="button button--primary" name="action" value="confirm" data-action="confirm">Uændret – stadig 1</button>',
    );

    service.clock.now += 22 * 3_600_000;
    // A new shift signs in again.
    const stale = await (await service.request(staffPaths.report, { cookie: (await service.signIn(lenesPhone)).cookie! })).text();
    expect(stale).toContain('Ukendt: tallet er for gammelt (sidst 1 ledige)');
    expect(stale).toContain('Hjemmesiden viser „ukendt – ring og spørg“. Bekræft eller sæt tallet.');
  });
});

describe('the admin page', () => {
  it('is for administrators only', async () => {
    const refused = await service.request(staffPaths.admin, { cookie: lene });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Kun for administratorer.');
    expect((await service.request(staffPaths.logCsv, { cookie: lene })).status).toBe(403);
    expect((await service.request(staffPaths.admin)).status).toBe(303);
  });

  it('lists the centres the public cannot trust first, the latest changes, and the staff', async () => {
    await service.report(admin, { centre: 'egmontgaarden', action: 'set', available: '3', version: '' });
    await service.report(admin, { centre: 'garvergaarden', action: 'full' });
    service.clock.now += 25 * 3_600_000;
    await service.report((await service.signIn(lenesPhone)).cookie!, { centre: 'egmontgaarden', action: 'confirm' });
    const page = await (await service.request(staffPaths.admin, { cookie: (await service.signIn(adminsPhone)).cookie! })).text();
    const order = [...page.matchAll(/data-admin-centre="([^"]+)" data-state="([^"]+)"/g)].map(([, id, state]) => `${id} ${state}`);
    expect(order).toEqual(['den-aabne-doer unknown', 'klostermosegaard unknown', 'garvergaarden unknown', 'egmontgaarden free']);
    expect(page).toContain('<td>uændret</td>');
    expect(page).toMatch(/<th scope="row">Lene<\/th>\s*<td>Egmontgården<\/td>\s*<td>1<\/td>/);
  });

  it("closes a person's access at once, and logs who did it", async () => {
    const response = await service.request(staffPaths.revoke, { cookie: admin, form: { person: String(leneId) } });
    expect(response.status).toBe(303);
    const page = await (await service.request(response.headers.get('location')!, { cookie: admin })).text();
    expect(page).toContain('Lene kan ikke længere logge ind.');
    expect((await service.request(staffPaths.report, { cookie: lene })).status).toBe(303);
    expect(service.db.prepare("SELECT person_id AS by, subject_person_id AS about FROM events WHERE action = 'revoke'").get()).toEqual({
      by: 1,
      about: leneId,
    });
    // The log says whom it was about, not a number that looks like a count.
    expect(page).toMatch(/<td>adgang lukket<\/td>\s*<td>Lene<\/td>/);
    expect((await service.request(staffPaths.revoke, { cookie: admin, form: { person: 'x' } })).status).toBe(400);
  });

  it('exports the whole log as CSV for Excel, a note that looks like a formula kept as text', async () => {
    await service.report(lene, {
      centre: 'egmontgaarden',
      action: 'set',
      available: '2',
      version: '',
      note: '=HYPERLINK("http://evil.example","klik")',
    });
    await service.report(lene, { centre: 'egmontgaarden', action: 'set', available: '3', version: '1', note: 'ok;=1+1' });
    const response = await service.request(staffPaths.logCsv, { cookie: admin });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="krisecentre-log.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    // Without the byte-order mark Excel reads "Egmontgården" as "EgmontgÃ¥rden".
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,time_utc,time_copenhagen,staff_id,staff_name,actor,centre_id,centre,action,before,after,note,about_staff_id,about_staff_name',
    );
    expect(lines.at(-2)).toBe(
      `${lines.length - 2},2026-12-08T01:00:00.000Z,2026-12-08 02:00:00,2,Lene,staff,egmontgaarden,Egmontgården,set,,2,"'=HYPERLINK(""http://evil.example"",""klik"")",,`,
    );
    // Danish Excel cuts at ";": the part after it must not be a formula either.
    expect(lines.at(-1)).toMatch(/,set,2,3,"'ok;=1\+1",,$/);
    expect(lines.find((line) => line.includes(',invite,'))).toMatch(/,invite,,,,2,Lene$/);
  });

  it('is refused to someone who is not an administrator, revoke included, and nothing changes', async () => {
    const before = service.count('events');
    const response = await service.request(staffPaths.revoke, { cookie: lene, form: { person: '1' } });
    expect(response.status).toBe(403);
    expect(service.db.prepare('SELECT revoked_at FROM people WHERE id = 1').get()).toEqual({ revoked_at: null });
    expect(service.count('events')).toBe(before);
  });
});

describe('the public side the service serves', () => {
  it('never sets or reads a cookie, even for a signed-in member of staff', async () => {
    for (const path of ['/', '/da/', '/availability.json', '/findes-ikke/']) {
      const response = await service.request(path, { cookie: lene });
      expect(response.headers.getSetCookie(), path).toEqual([]);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    expect((await service.request('/findes-ikke/')).status).toBe(404);
    expect((await service.request('/_headers')).status).toBe(404);
    expect((await service.request('/da')).headers.get('location')).toBe('/da/');
    expect((await service.request('/was')).headers.get('location')).toBe('/da/tilgaengelighed/');
  });

  it('serves the feed with a strong ETag, a 304 when unchanged, and a minute of cache', async () => {
    const first = await service.request('/availability.json');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=60, must-revalidate');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await service.request('/availability.json', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('max-age=60, must-revalidate');

    await service.report(lene, { centre: 'egmontgaarden', action: 'full' });
    const changed = await service.request('/availability.json', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect((await changed.json()).centers).toEqual([{ id: 'egmontgaarden', available: 0, maximum: 38, updated: '2026-12-08T01:00:00Z' }]);
  });

  it('answers the health check: 200 while the database and feed take writes, 503 naming which does not', async () => {
    const ok = await service.request(staffPaths.health);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'writable', feed: 'writable' });
    rmSync(service.config.feedFile);
    const noFeed = await service.request(staffPaths.health);
    expect(noFeed.status).toBe(503);
    expect(await noFeed.json()).toEqual({ status: 'failing', database: 'writable', feed: 'failing' });
    // A minute on, the database is written to again, and a database that takes no writes says so.
    service.db.close();
    service.clock.now += 60_000;
    expect(await (await service.request(staffPaths.health)).json()).toEqual({ status: 'failing', database: 'failing', feed: 'failing' });
  });
});
