import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { network } from '../../server/http/middleware/client-address';
import { staffPaths } from '../../server/http/paths';
import { inviteLifetimeMs, reinvitePerson, revokePerson } from '../../server/store/people';
import { SoftAuthenticator } from '../helpers/soft-authenticator';
import { startTestService, type TestService } from '../helpers/staff-service';

let service: TestService;
let phone: SoftAuthenticator;
beforeEach(async () => {
  service = await startTestService();
  phone = new SoftAuthenticator(service.config.origin);
});
afterEach(() => service.close());

describe('enrolment with an invite', () => {
  it('makes a passkey that needs user verification, signs the person in, and says whom the invite is for', async () => {
    const { token } = service.invite('Lene', 'egmontgaarden');
    const check = await service.request(staffPaths.enrolCheck, { json: { token } });
    expect(await check.json()).toEqual({
      ok: true,
      intro: expect.stringContaining('Hej Lene. Du er inviteret til at melde ledige pladser for Egmontgården.'),
    });

    const options = await (await service.request(staffPaths.enrolOptions, { json: { token } })).json();
    // A discoverable passkey (no user name to type later) that the phone must unlock with a fingerprint, face or code.
    expect(options.options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    });
    expect(options.options.rp).toEqual({ name: expect.any(String), id: 'localhost' });

    const { response, cookie } = await service.enrol(token, phone);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, next: '/personale/' });
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/^__Host-krisecentre-staff=[A-Za-z0-9_-]{43}; Max-Age=86400; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    // The session works, and the database keeps only the token's hash.
    const page = await service.request(staffPaths.report, { cookie: cookie! });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-staff-centre="egmontgaarden"');
    const stored = service.db.prepare('SELECT token_hash FROM sessions').get() as { token_hash: Uint8Array };
    expect(Buffer.from(stored.token_hash).toString('base64url')).not.toBe(cookie!.split('=')[1]);
    expect(service.count('passkeys')).toBe(1);
  });

  it('refuses an invite used once already, and writes nothing', async () => {
    const { token } = service.invite('Lene', 'egmontgaarden');
    await service.enrol(token, phone);
    const before = { passkeys: service.count('passkeys'), sessions: service.count('sessions'), events: service.count('events') };
    const again = await service.enrol(token, new SoftAuthenticator(service.config.origin));
    expect(again.response.status).toBe(410);
    expect(await again.response.json()).toEqual({
      ok: false,
      error: 'Dette link er allerede brugt. Et link virker kun én gang. Log ind, eller bed om et nyt link.',
    });
    expect(again.cookie).toBeUndefined();
    expect({ passkeys: service.count('passkeys'), sessions: service.count('sessions'), events: service.count('events') }).toEqual(before);
  });

  it('refuses an invite after 48 hours, an unknown one, and one for a person since revoked', async () => {
    const { token: late } = service.invite('Lene', 'egmontgaarden');
    service.clock.now += inviteLifetimeMs;
    expect((await service.enrol(late, phone)).response.status).toBe(410);

    expect((await service.request(staffPaths.enrolCheck, { json: { token: 'A'.repeat(43) } })).status).toBe(404);

    const { token: closed, id: mette } = service.invite('Mette', 'garvergaarden');
    revokePerson(service.db, mette, null, service.clock.now);
    const check = await service.request(staffPaths.enrolCheck, { json: { token: closed } });
    expect(await check.json()).toEqual({ ok: false, error: 'Din adgang er lukket. Tal med en administrator.' });
    expect((await service.enrol(closed, phone)).cookie).toBeUndefined();
    expect(service.count('passkeys')).toBe(0);
  });

  it('refuses a passkey made without user verification', async () => {
    const { token } = service.invite('Lene', 'egmontgaarden');
    const { response, cookie } = await service.enrol(token, phone, { userVerified: false });
    expect(response.status).toBe(400);
    expect(cookie).toBeUndefined();
    expect(service.count('passkeys')).toBe(0);
    // The invite still works for a proper try.
    expect((await service.enrol(token, phone)).response.status).toBe(200);
  });

  it('refuses an answer to a ceremony that is not its own (a made-up challenge)', async () => {
    const { token } = service.invite('Lene', 'egmontgaarden');
    const options = await (await service.request(staffPaths.enrolOptions, { json: { token } })).json();
    const answer = phone.register(options.options);
    const forged = await service.request(staffPaths.enrolVerify, { json: { ceremony: 'B'.repeat(43), token, response: answer } });
    expect(forged.status).toBe(400);
    expect((await service.request(staffPaths.enrolVerify, { json: { ceremony: options.ceremony, token, response: answer } })).status).toBe(
      200,
    );
  });

  it('makes one passkey from one invite, when two tabs answer it at once', async () => {
    const { token } = service.invite('Lene', 'egmontgaarden');
    const [first, second] = await Promise.all([
      service.request(staffPaths.enrolOptions, { json: { token } }).then((response) => response.json()),
      service.request(staffPaths.enrolOptions, { json: { token } }).then((response) => response.json()),
    ]);
    const answers = await Promise.all(
      [first, second].map((begun) =>
        service.request(staffPaths.enrolVerify, { json: { ceremony: begun.ceremony, token, response: phone.register(begun.options) } }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410]);
    expect(service.count('passkeys')).toBe(1);
  });

  it('spends every open link of a person whose phone is replaced or whose access is closed', async () => {
    const { token: first, id: lene } = service.invite('Lene', 'egmontgaarden');
    reinvitePerson(service.db, lene, true, service.clock.now);
    const check = await service.request(staffPaths.enrolCheck, { json: { token: first } });
    expect(await check.json()).toEqual({
      ok: false,
      error: 'Dette link er allerede brugt. Et link virker kun én gang. Log ind, eller bed om et nyt link.',
    });
  });
});

describe('sign-in with the passkey alone', () => {
  it('asks for no user name, and signs in the person the passkey belongs to', async () => {
    await service.enrol(service.invite('Lene', 'egmontgaarden').token, phone);
    const options = await (await service.request(staffPaths.signInOptions, { json: {} })).json();
    expect(options.options.allowCredentials).toBeUndefined();
    expect(options.options.userVerification).toBe('required');
    const { response, cookie } = await service.signIn(phone);
    expect(response.status).toBe(200);
    const page = await service.request(staffPaths.report, { cookie: cookie! });
    expect(await page.text()).toContain('data-staff-centre="egmontgaarden"');
  });

  it('answers a sign-in challenge once: a replayed answer is refused, even from a passkey that keeps no counter', async () => {
    await service.enrol(service.invite('Lene', 'egmontgaarden').token, phone);
    // A synced passkey's counter stays 0, so the counter cannot tell a replay: only the used-up challenge can.
    const keepsNoCounter = () => (phone.credentials.at(-1)!.counter = -1);
    const begun = await (await service.request(staffPaths.signInOptions, { json: {} })).json();
    keepsNoCounter();
    const answer = phone.authenticate(begun.options);
    expect((await service.request(staffPaths.signInVerify, { json: { ceremony: begun.ceremony, response: answer } })).status).toBe(200);
    keepsNoCounter();
    const again = phone.authenticate(begun.options);
    const replay = await service.request(staffPaths.signInVerify, { json: { ceremony: begun.ceremony, response: again } });
    expect(replay.status).toBe(400);
    expect(service.count('sessions')).toBe(2);
  });

  it("refuses an answer that names another person, or none, as the passkey's owner", async () => {
    await service.enrol(service.invite('Lene', 'egmontgaarden').token, phone);
    for (const userHandle of ['AAAA', undefined]) {
      const begun = await (await service.request(staffPaths.signInOptions, { json: {} })).json();
      const answer = phone.authenticate(begun.options);
      const { userHandle: _, ...rest } = answer.response;
      const response = { ...answer, response: userHandle === undefined ? rest : { ...rest, userHandle } };
      expect((await service.request(staffPaths.signInVerify, { json: { ceremony: begun.ceremony, response } })).status).toBe(403);
    }
  });

  it('refuses a sign-in without user verification, and a revoked person, and writes no session', async () => {
    const lene = service.invite('Lene', 'egmontgaarden');
    await service.enrol(lene.token, phone);
    const sessions = service.count('sessions');
    expect((await service.signIn(phone, { userVerified: false })).response.status).toBe(400);
    revokePerson(service.db, lene.id, null, service.clock.now);
    const revoked = await service.signIn(phone);
    expect(revoked.response.status).toBe(403);
    expect(await revoked.response.json()).toMatchObject({
      ok: false,
      error: expect.stringContaining('Bed en administrator om et nyt link'),
    });
    expect(service.count('sessions')).toBe(sessions);
  });
});

describe('a session', () => {
  it('ends after 12 hours unused, and 24 hours after sign-in however busy', async () => {
    const { cookie } = await service.enrol(service.invite('Lene', 'egmontgaarden').token, phone);
    const open = async () => (await service.request(staffPaths.report, { cookie: cookie! })).status;
    service.clock.now += 11 * 3_600_000;
    expect(await open()).toBe(200);
    service.clock.now += 11 * 3_600_000;
    expect(await open()).toBe(200);
    // Used every 11 hours, it still ends 24 hours after sign-in.
    service.clock.now += 2.5 * 3_600_000;
    expect(await open()).toBe(303);

    const idle = (await service.signIn(phone)).cookie!;
    service.clock.now += 12 * 3_600_000 + 60_000;
    expect((await service.request(staffPaths.report, { cookie: idle })).status).toBe(303);
  });

  it('ends at sign-out, and for every device of a person the moment they are revoked', async () => {
    const lene = service.invite('Lene', 'egmontgaarden');
    const { cookie } = await service.enrol(lene.token, phone);
    const second = (await service.signIn(phone)).cookie!;
    const out = await service.request(staffPaths.signOut, { method: 'POST', cookie: cookie! });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/personale/log-ind/?ud=1');
    expect(out.headers.getSetCookie().join()).toMatch(/__Host-krisecentre-staff=; Max-Age=0/);
    expect((await service.request(staffPaths.report, { cookie: cookie! })).status).toBe(303);
    expect((await service.request(staffPaths.report, { cookie: second })).status).toBe(200);

    revokePerson(service.db, lene.id, null, service.clock.now);
    expect((await service.request(staffPaths.report, { cookie: second })).status).toBe(303);
  });
});

describe('rate limits', () => {
  it('count an IPv4 address by itself and an IPv6 address by its /64, which one household has whole', () => {
    expect(network('198.51.100.7')).toBe('198.51.100.7');
    expect(network('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(network('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe(network('2001:db8:0:1::1'));
    expect(network('2001:db8:0:1::1')).not.toBe(network('2001:db8:0:2::1'));
  });

  it('stop someone guessing invites from one address, with when to try again', async () => {
    const limited = await startTestService({ STAFF_RATE_ENROL: '3', TRUST_PROXY: '1' });
    try {
      const guess = (address: string) =>
        limited.request(staffPaths.enrolCheck, {
          json: { token: 'C'.repeat(43) },
          headers: { 'x-forwarded-for': `203.0.113.9, ${address}` },
        });
      for (let i = 0; i < 3; i++) expect((await guess('198.51.100.7')).status).toBe(404);
      const refused = await guess('198.51.100.7');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toEqual({ ok: false, error: 'For mange forsøg på kort tid. Vent lidt, og prøv igen.' });
      // Behind the proxy each reader is told apart by the address the proxy adds last, not the one she could send herself.
      expect((await guess('198.51.100.8')).status).toBe(404);
    } finally {
      limited.close();
    }
  });

  it('ignore X-Forwarded-For unless the service is told a proxy stands in front', async () => {
    const limited = await startTestService({ STAFF_RATE_ENROL: '2' });
    try {
      const guess = (address: string) =>
        limited.request(staffPaths.enrolCheck, { json: { token: 'C'.repeat(43) }, headers: { 'x-forwarded-for': address } });
      await guess('198.51.100.1');
      await guess('198.51.100.2');
      expect((await guess('198.51.100.3')).status).toBe(429);
    } finally {
      limited.close();
    }
  });
});
