import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import * as z from 'zod';
import { looksLikeToken } from '../../domain/tokens.ts';
import { startCeremony, takeCeremony } from '../../store/ceremonies.ts';
import { checkInvite, enrolPasskey, passkeyById, passkeysOf, personById, type Person } from '../../store/people.ts';
import { sessionMaxMs, startSession, startSessionWithPasskey } from '../../store/sessions.ts';
import type { ServiceDeps, StaffEnv } from '../context.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { rateLimit, RateLimiter } from '../middleware/rate-limit.ts';
import { staffPaths, withLang } from '../paths.ts';
import { frameOf, refuse } from '../respond.ts';
import { sessionCookie } from '../session.ts';
import { staffPage } from '../views/layout.ts';
import { enrolMain, signInMain } from '../views/sign-in.ts';

/**
 * The algorithms offered for new passkeys: ES256 (every phone), EdDSA and RS256 (some security keys and
 * Windows Hello). Named, rather than left to the library, which would probe for post-quantum keys that
 * phones do not make.
 */
const supportedAlgorithmIDs = [-7, -8, -257];

const tokenBody = z.object({ token: z.string() });
/** A browser's answer to a ceremony, in the shape @simplewebauthn/browser sends; the library checks the rest. */
const answerBody = z.object({
  ceremony: z.string(),
  token: z.optional(z.string()),
  response: z
    .object({
      id: z.string().max(1_400),
      rawId: z.string().max(1_400),
      type: z.literal('public-key'),
      response: z.record(z.string(), z.unknown()),
    })
    .loose(),
});

async function jsonBody<T>(c: Context<StaffEnv>, schema: z.ZodType<T>): Promise<T | undefined> {
  if (!/^application\/json/.test(c.req.header('content-type') ?? '')) return undefined;
  try {
    const parsed = schema.safeParse(await c.req.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Enrolment with an invite, sign-in with a passkey alone, and sign-out. */
export function passkeyRoutes(deps: ServiceDeps): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  const { config } = deps;
  const byAddress = (c: Context<StaffEnv>) => clientAddress(c, config.trustProxy);
  const enrolLimit = rateLimit(new RateLimiter(config.rateLimits.enrol, deps.now), byAddress);
  const signInLimit = rateLimit(new RateLimiter(config.rateLimits.signIn, deps.now), byAddress);

  /** Signs the person in with a session begun for them: its token only in an HttpOnly cookie. */
  const signIn = (c: Context<StaffEnv>, person: Person, token: string) => {
    setCookie(c, sessionCookie.name, token, { ...sessionCookie.options, maxAge: sessionMaxMs / 1000 });
    deps.log(`sign-in staff=${person.id}`);
    return c.json({ ok: true, next: withLang(staffPaths.report, c.var.lang) });
  };

  const inviteProblem = (c: Context<StaffEnv>, reason: 'unknown' | 'used' | 'expired' | 'revoked') =>
    refuse(c, reason === 'unknown' ? 404 : 410, c.var.texts.enrol[reason]);

  /** The invite a request's token names, if it can still enrol a passkey; otherwise the answer that says why not. */
  const openInvite = async (c: Context<StaffEnv>) => {
    const body = await jsonBody(c, tokenBody);
    const invite =
      body && looksLikeToken(body.token) ? checkInvite(deps.db, body.token, deps.now()) : ({ ok: false, reason: 'unknown' } as const);
    return invite.ok ? invite : { ok: false as const, answer: inviteProblem(c, invite.reason) };
  };

  app.get(staffPaths.enrol, (c) => c.html(staffPage(frameOf(c), c.var.texts.enrol.title, enrolMain(c.var.texts)).value));

  // Whether the invite still works, and whom it is for, before the phone is asked for anything.
  app.post(staffPaths.enrolCheck, enrolLimit, async (c) => {
    const invite = await openInvite(c);
    if (!invite.ok) return invite.answer;
    const { person } = invite;
    const texts = c.var.texts.enrol;
    const intro = person.isAdmin
      ? texts.introAdmin(person.name)
      : texts.introCentre(deps.centres.get(person.centreId!)?.name ?? person.centreId!, person.name);
    return c.json({ ok: true, intro });
  });

  app.post(staffPaths.enrolOptions, enrolLimit, async (c) => {
    const invite = await openInvite(c);
    if (!invite.ok) return invite.answer;
    const { person } = invite;
    const options = await generateRegistrationOptions({
      rpName: c.var.texts.siteName,
      rpID: config.rpId,
      userName: person.name,
      userDisplayName: person.name,
      userID: isoBase64URL.toBuffer(person.webauthnUserId),
      attestationType: 'none',
      // A second passkey on the same phone would only confuse the list.
      excludeCredentials: passkeysOf(deps.db, person.id),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      supportedAlgorithmIDs,
    });
    const ceremony = startCeremony(deps.db, 'enrol', options.challenge, invite.inviteId, deps.now());
    return c.json({ ok: true, ceremony, options });
  });

  app.post(staffPaths.enrolVerify, enrolLimit, async (c) => {
    const body = await jsonBody(c, answerBody);
    const texts = c.var.texts.enrol;
    if (!body || !looksLikeToken(body.token)) return refuse(c, 400, texts.failed);
    const ceremony = takeCeremony(deps.db, body.ceremony, 'enrol', deps.now());
    const invite = checkInvite(deps.db, body.token, deps.now());
    if (!invite.ok) return inviteProblem(c, invite.reason);
    if (!ceremony || ceremony.inviteId !== invite.inviteId) return refuse(c, 400, texts.failed);
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: body.response as unknown as RegistrationResponseJSON,
        expectedChallenge: ceremony.challenge,
        expectedOrigin: config.origin,
        expectedRPID: config.rpId,
        requireUserVerification: true,
        supportedAlgorithmIDs,
      });
    } catch {
      return refuse(c, 400, texts.failed);
    }
    if (!verification.verified) return refuse(c, 400, texts.failed);
    const { credential } = verification.registrationInfo;
    const stored = enrolPasskey(
      deps.db,
      invite.inviteId,
      { id: credential.id, publicKey: credential.publicKey, counter: credential.counter, transports: credential.transports ?? [] },
      deps.now(),
    );
    if (!stored.ok) return inviteProblem(c, stored.reason);
    deps.log(`enrol staff=${invite.person.id}`);
    return signIn(c, invite.person, startSession(deps.db, invite.person.id, deps.now()));
  });

  app.get(staffPaths.signIn, (c) => {
    const notice =
      c.req.query('ud') === '1' ? c.var.texts.signIn.signedOut : c.req.query('udloebet') === '1' ? c.var.texts.signIn.expired : undefined;
    return c.html(staffPage(frameOf(c), c.var.texts.signIn.title, signInMain(c.var.texts, notice)).value);
  });

  // No user name: the phone offers the passkeys it has for this site (discoverable credentials).
  app.post(staffPaths.signInOptions, signInLimit, async (c) => {
    const options = await generateAuthenticationOptions({ rpID: config.rpId, userVerification: 'required' });
    const ceremony = startCeremony(deps.db, 'sign-in', options.challenge, null, deps.now());
    return c.json({ ok: true, ceremony, options });
  });

  app.post(staffPaths.signInVerify, signInLimit, async (c) => {
    const texts = c.var.texts.signIn;
    const body = await jsonBody(c, answerBody);
    if (!body) return refuse(c, 400, texts.failed);
    const ceremony = takeCeremony(deps.db, body.ceremony, 'sign-in', deps.now());
    if (!ceremony) return refuse(c, 400, texts.failed);
    const passkey = passkeyById(deps.db, body.response.id);
    const person = passkey && personById(deps.db, passkey.personId);
    if (!passkey || !person || person.revokedAt !== null) return refuse(c, 403, texts.unknownPasskey);
    // A passkey found without a user name names the person it was made for; it must be the one we stored it under.
    const userHandle = (body.response.response as { userHandle?: unknown }).userHandle;
    if (userHandle !== person.webauthnUserId) return refuse(c, 403, texts.unknownPasskey);
    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response: body.response as unknown as AuthenticationResponseJSON,
        expectedChallenge: ceremony.challenge,
        expectedOrigin: config.origin,
        expectedRPID: config.rpId,
        credential: {
          id: passkey.id,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: passkey.counter,
          transports: passkey.transports as never,
        },
        requireUserVerification: true,
      });
    } catch {
      return refuse(c, 400, texts.failed);
    }
    if (!verification.verified) return refuse(c, 400, texts.failed);
    const token = startSessionWithPasskey(
      deps.db,
      { id: passkey.id, personId: person.id, counter: verification.authenticationInfo.newCounter },
      deps.now(),
    );
    if (!token) return refuse(c, 403, texts.unknownPasskey);
    return signIn(c, person, token);
  });

  return app;
}
