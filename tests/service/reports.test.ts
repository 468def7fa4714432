import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffPaths } from '../../server/http/paths';
import { readCount } from '../../server/store/counts';
import { SoftAuthenticator } from '../helpers/soft-authenticator';
import { startTestService, type TestService } from '../helpers/staff-service';

let service: TestService;
let lene: string;
beforeEach(async () => {
  service = await startTestService();
  lene = (await service.enrol(service.invite('Lene', 'egmontgaarden').token, new SoftAuthenticator(service.config.origin))).cookie!;
});
afterEach(() => service.close());

const egmont = (fields: Record<string, string>) => service.report(lene, { centre: 'egmontgaarden', ...fields });
const publicCount = (id = 'egmontgaarden') => {
  const feed = service.feed();
  if (!feed.ok) throw new Error('the feed does not parse');
  const report = feed.reports.get(id);
  if (report === 'invalid') throw new Error(`the feed's entry for ${id} breaks the contract`);
  return report;
};
/** Everything a refused request must leave as it was. */
const snapshot = () => ({ feed: service.feedText(), events: service.count('events'), count: readCount(service.db, 'egmontgaarden') });

describe('reporting free places', () => {
  it('sets the number, and the public feed says it at once, stamped now, with the note', async () => {
    const response = await egmont({ action: 'set', available: '3', version: '', note: 'Kun uden børn i nat' });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ ok: true, message: 'Gemt: Egmontgården har nu 3 ledige pladser.' });
    // The script redraws the centre from the answer: the number the public now sees, and who set it.
    expect(answer.html).toMatch(/<strong data-staff-count>3<\/strong> ledige pladser af 38/);
    expect(answer.html).toContain('Meldt nu (8. december kl. 02.00) af Lene.');
    expect(answer.html).toContain('Bliver „ukendt“ på hjemmesiden 9. december kl. 02.00, hvis ingen bekræfter tallet.');
    expect(publicCount()).toEqual({ free: 3, maximum: 38, updated: service.clock.now, note: 'Kun uden børn i nat' });
  });

  it('steps +1 and −1 from the count as it is, drops the old note, and "unchanged" only moves the time', async () => {
    await egmont({ action: 'set', available: '3', version: '', note: 'Ring først' });
    service.clock.now += 10 * 60_000;
    expect(await (await egmont({ action: 'plus' })).json()).toMatchObject({
      ok: true,
      message: 'Gemt: Egmontgården har nu 4 ledige pladser.',
    });
    expect(publicCount()).toEqual({ free: 4, maximum: 38, updated: service.clock.now });
    await egmont({ action: 'minus' });
    await egmont({ action: 'minus' });
    expect(publicCount()?.free).toBe(2);

    const versionBefore = readCount(service.db, 'egmontgaarden')!.version;
    service.clock.now += 5 * 3_600_000;
    const confirm = await (await egmont({ action: 'confirm' })).json();
    expect(confirm.message).toBe('Gemt: Egmontgården har stadig 2 ledige pladser. Tiden er opdateret.');
    expect(publicCount()).toEqual({ free: 2, maximum: 38, updated: service.clock.now });
    // "Unchanged" does not count as a change a colleague's "set" must know about.
    expect(readCount(service.db, 'egmontgaarden')!.version).toBe(versionBefore);

    expect(await (await egmont({ action: 'full' })).json()).toMatchObject({ ok: true, message: 'Gemt: Egmontgården er fuldt.' });
    expect(publicCount()?.free).toBe(0);
  });

  it('refuses a step beyond 0 or the centre\'s places, and "unchanged" before any number, saying why and writing nothing', async () => {
    const first = await egmont({ action: 'confirm' });
    expect(first.status).toBe(409);
    expect(await first.json()).toMatchObject({ ok: false, error: 'Ikke gemt: der er intet tal endnu. Sæt antallet først.' });

    await egmont({ action: 'full' });
    let before = snapshot();
    const belowZero = await egmont({ action: 'minus' });
    expect(belowZero.status).toBe(409);
    expect((await belowZero.json()).error).toBe('Ikke gemt: tallet er allerede 0 (fuldt).');
    expect(snapshot()).toEqual(before);

    await egmont({ action: 'set', available: '38', version: String(readCount(service.db, 'egmontgaarden')!.version) });
    before = snapshot();
    const aboveCapacity = await egmont({ action: 'plus' });
    expect((await aboveCapacity.json()).error).toBe('Ikke gemt: alle 38 pladser er allerede ledige.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses "set" over a count a colleague changed meanwhile, with the fresh count in words', async () => {
    const { token } = service.invite('Mette', 'egmontgaarden');
    const mette = (await service.enrol(token, new SoftAuthenticator(service.config.origin))).cookie!;
    await egmont({ action: 'set', available: '3', version: '' });
    const seen = String(readCount(service.db, 'egmontgaarden')!.version);
    service.clock.now += 4 * 60_000;
    await service.report(mette, { centre: 'egmontgaarden', action: 'minus' });

    const before = snapshot();
    const late = await egmont({ action: 'set', available: '5', version: seen });
    expect(late.status).toBe(409);
    const answer = await late.json();
    expect(answer.error).toBe(
      'Ikke gemt: Mette ændrede tallet til 2 kl. 02.04, mens du havde siden åben. Se det nye tal, og sæt igen, hvis det ikke passer.',
    );
    // The redrawn centre shows the fresh count, ready to set again.
    expect(answer.html).toMatch(/<strong data-staff-count>2<\/strong>/);
    expect(snapshot()).toEqual(before);

    // "Still 3" from the page she had open would confirm a number that is no longer true.
    const stillThree = await egmont({ action: 'confirm', version: seen });
    expect(stillThree.status).toBe(409);
    expect((await stillThree.json()).error).toMatch(/^Ikke gemt: Mette ændrede tallet til 2 kl\. 02\.04/);
    expect(snapshot()).toEqual(before);
    const fresh = String(readCount(service.db, 'egmontgaarden')!.version);
    expect((await egmont({ action: 'confirm', version: fresh })).status).toBe(200);
  });

  it('refuses a bad request with a message and writes nothing', async () => {
    await egmont({ action: 'set', available: '3', version: '' });
    const version = String(readCount(service.db, 'egmontgaarden')!.version);
    const before = snapshot();
    const bad: Record<string, string>[] = [
      { action: 'explode' },
      { action: 'set', available: 'tre', version },
      { action: 'set', available: '-1', version },
      { action: 'set', available: '39', version },
      { action: 'set', available: '2', version, note: 'x'.repeat(141) },
      { action: 'set', available: '2' },
      { action: 'set', available: '2', version, centre: 'garvergaarden', note: 'x'.repeat(141) },
    ];
    const errors = [];
    for (const fields of bad) {
      const response = await egmont(fields);
      expect(response.status, JSON.stringify(fields)).toBeGreaterThanOrEqual(400);
      errors.push((await response.json()).error);
    }
    expect(errors, JSON.stringify(errors)).toEqual([
      'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.',
      'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.',
      'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.',
      'Ikke gemt: antallet skal være et helt tal fra 0 til 38.',
      'Ikke gemt: noten må højst være 140 tegn.',
      'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.',
      'Ikke gemt: noten må højst være 140 tegn.',
    ]);
    const json = await service.request(staffPaths.submit, { cookie: lene, json: { centre: 'egmontgaarden', action: 'plus' } });
    expect(json.status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  it('keeps a note on one line, without direction controls, rather than lose the report over a pasted line break', async () => {
    const response = await egmont({ action: 'set', available: '2', version: '', note: '  Kun uden børn\n\ti nat \u202eevil ' });
    expect(response.status).toBe(200);
    expect(publicCount()?.note).toBe('Kun uden børn i nat evil');
  });

  it("says beside the centre what was wrong with a form that could not be read, and never shows another centre's count for it", async () => {
    const post = (centre: string) =>
      service.request(staffPaths.submit, {
        cookie: lene,
        form: { centre, action: 'set', available: '2', version: '', note: 'x'.repeat(141) },
      });
    const own = await post('egmontgaarden');
    expect(own.headers.get('location')).toBe('/personale/?result=note-too-long&centre=egmontgaarden#egmontgaarden');
    expect(await (await service.request(own.headers.get('location')!, { cookie: lene })).text()).toMatch(
      /data-centre-message>Ikke gemt: noten må højst være 140 tegn\.</,
    );
    const other = await post('garvergaarden');
    expect(other.headers.get('location')).toBe('/personale/?result=note-too-long#main');
    expect(await (await service.request(other.headers.get('location')!, { cookie: lene })).text()).toContain(
      '<p class="message centre__message--refused">Ikke gemt: noten må højst være 140 tegn.</p>',
    );
    const answer = await service.report(lene, { centre: 'garvergaarden', action: 'set', available: 'x', version: '' });
    expect(await answer.json()).toEqual({ ok: false, error: 'Ikke gemt: meldingen kunne ikke læses. Genindlæs siden, og prøv igen.' });
  });

  it('says "saved" and that the website is not updated yet when the feed cannot be written, and writes it as soon as it can', async () => {
    rmSync(service.config.feedFile);
    mkdirSync(join(service.config.feedFile, 'in-the-way'), { recursive: true });
    const answer = await (await egmont({ action: 'set', available: '4', version: '' })).json();
    expect(answer).toMatchObject({
      ok: true,
      message:
        'Gemt: Egmontgården har nu 4 ledige pladser. Hjemmesiden viser det ikke endnu: den kunne ikke skrives. Det prøves igen hvert halve minut.',
    });
    expect(readCount(service.db, 'egmontgaarden')?.available).toBe(4);
    rmSync(service.config.feedFile, { recursive: true });
    await expect.poll(() => existsSync(service.config.feedFile) && publicCount()?.free).toBe(4);
  });

  it('works without JavaScript: a plain form post goes back to the page, which says what happened', async () => {
    const post = await service.request(`${staffPaths.submit}?lang=en`, {
      cookie: lene,
      form: { centre: 'egmontgaarden', action: 'set', available: '1', version: '' },
    });
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe('/personale/?lang=en&result=saved&centre=egmontgaarden&action=set#egmontgaarden');
    const page = await (await service.request(post.headers.get('location')!, { cookie: lene })).text();
    expect(page).toContain('Saved: Egmontgården now has 1 free place.');
    expect(page).toContain('<html lang="en">');

    await service.request(staffPaths.submit, { cookie: lene, form: { centre: 'egmontgaarden', action: 'minus' } });
    const atZero = await service.request(staffPaths.submit, { cookie: lene, form: { centre: 'egmontgaarden', action: 'minus' } });
    expect(atZero.status).toBe(303);
    expect(atZero.headers.get('location')).toBe('/personale/?result=at-zero&centre=egmontgaarden#egmontgaarden');
    const shown = await (await service.request(atZero.headers.get('location')!, { cookie: lene })).text();
    expect(shown).toContain('Ikke gemt: tallet er allerede 0 (fuldt).');
  });
});

describe('who may report', () => {
  it("refuses a report for another centre, replayed with a colleague's own session, and changes nothing", async () => {
    await service.report(lene, { centre: 'egmontgaarden', action: 'set', available: '2', version: '' });
    const before = { feed: service.feedText(), events: service.count('events') };
    const other = await service.report(lene, { centre: 'garvergaarden', action: 'set', available: '5', version: '' });
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ ok: false, error: 'Ikke gemt: du kan kun melde for dit eget krisecenter.' });
    expect(readCount(service.db, 'garvergaarden')).toBeUndefined();
    expect({ feed: service.feedText(), events: service.count('events') }).toEqual(before);
    // The page offers only her own centre.
    const page = await (await service.request(staffPaths.report, { cookie: lene })).text();
    expect(page.match(/data-staff-centre="/g)).toHaveLength(1);
  });

  it('lets an administrator report for every centre', async () => {
    const admin = (await service.enrol(service.invite('Admin', null).token, new SoftAuthenticator(service.config.origin))).cookie!;
    const page = await (await service.request(staffPaths.report, { cookie: admin })).text();
    expect(page.match(/data-staff-centre="/g)).toHaveLength(4);
    expect((await service.report(admin, { centre: 'klostermosegaard', action: 'full' })).status).toBe(200);
    expect(publicCount('klostermosegaard')?.free).toBe(0);
  });

  it('refuses a write without a session, from another site, or with no Origin, and writes nothing', async () => {
    const before = snapshot();
    const fields = { centre: 'egmontgaarden', action: 'full' };
    expect((await service.report(undefined, fields)).status).toBe(401);
    const crossSite = await service.request(staffPaths.submit, {
      cookie: lene,
      form: fields,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('Afvist: forespørgslen kom ikke fra personalesiden.');
    // A same-site page on another port or host name is another origin too.
    expect(
      (await service.request(staffPaths.submit, { cookie: lene, form: fields, headers: { origin: 'http://localhost:9999' } })).status,
    ).toBe(403);
    const app = service.app;
    const noOrigin = await app.request(`${service.config.origin}${staffPaths.submit}`, {
      method: 'POST',
      headers: { cookie: lene, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'centre=egmontgaarden&action=full',
    });
    expect(noOrigin.status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it('stops a stuck button: over 60 reports a minute from one person are refused until the minute is over', async () => {
    await egmont({ action: 'set', available: '20', version: '' });
    const answers = [];
    for (let i = 0; i < 60; i++) answers.push((await egmont({ action: i % 2 === 0 ? 'plus' : 'minus' })).status);
    expect(answers.filter((status) => status === 429)).toHaveLength(1);
    service.clock.now += 60_000;
    expect((await egmont({ action: 'confirm' })).status).toBe(200);
  });
});

describe('the log', () => {
  it('keeps every change with who, centre, action, before, after, note and when, and refuses to be edited', async () => {
    await egmont({ action: 'set', available: '3', version: '', note: 'Ring først' });
    service.clock.now += 60_000;
    await egmont({ action: 'plus' });
    const rows = service.db
      .prepare(
        "SELECT at, person_id AS person, actor, centre_id AS centre, action, before, after, note FROM events WHERE action IN ('set', 'plus') ORDER BY id",
      )
      .all();
    expect(rows.map((row) => ({ ...row }))).toEqual([
      {
        at: service.clock.now - 60_000,
        person: 1,
        actor: 'staff',
        centre: 'egmontgaarden',
        action: 'set',
        before: null,
        after: 3,
        note: 'Ring først',
      },
      { at: service.clock.now, person: 1, actor: 'staff', centre: 'egmontgaarden', action: 'plus', before: 3, after: 4, note: null },
    ]);
    expect(() => service.db.exec("UPDATE events SET after = 30 WHERE action = 'plus'")).toThrow('the log is append-only');
    expect(() => service.db.exec('DELETE FROM events')).toThrow('the log is append-only');
    // Defensive mode refuses a rewritten schema; the triggers guard against the service's own mistakes,
    // while a person with the file itself can do anything with it (docs/staff-service.md says so).
    expect(() => service.db.exec("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE type = 'trigger'")).toThrow();
    expect(service.count('events')).toBeGreaterThanOrEqual(3);
  });

  it('names staff by id in the service log, never by name, token or address', async () => {
    await egmont({ action: 'plus' });
    await egmont({ action: 'set', available: '3', version: '' });
    const text = service.logs.join('\n');
    expect(text).toContain('change centre=egmontgaarden action=set -->3 staff=1');
    expect(text).toMatch(/^POST \/personale\/meld\/ 200 \d+ms staff=1$/m);
    expect(text).not.toContain('Lene');
    expect(text).not.toContain(lene.split('=')[1]);
  });
});
