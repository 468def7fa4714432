import { staffPaths } from '../../server/http/paths';
import type { SoftAuthenticator } from './soft-authenticator';

/**
 * Sends a JSON body to one of the service's paths, as the staff pages' script does: to the service
 * in-process (`app.request`) or to a running one over HTTP (`fetch`). Each caller keeps its own headers.
 */
export type SendJson = (path: string, json: unknown) => Promise<Response>;

/** The session cookie a response sets, as the browser would send it back. */
export function sessionCookieOf(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-krisecentre-staff='));
  const pair = header?.split(';')[0];
  return pair && pair !== '__Host-krisecentre-staff=' ? pair : undefined;
}

/** One passkey round trip: ask for options, let the phone answer them, send the answer; returns the last answer and the session cookie. */
async function ceremony(
  send: SendJson,
  start: string,
  finish: string,
  answer: (options: never) => unknown,
  extra: Record<string, unknown> = {},
): Promise<{ response: Response; cookie: string | undefined }> {
  const begun = await send(start, extra);
  if (!begun.ok) return { response: begun, cookie: undefined };
  const { ceremony: id, options } = (await begun.json()) as { ceremony: string; options: never };
  const response = await send(finish, { ceremony: id, response: answer(options), ...extra });
  return { response, cookie: sessionCookieOf(response) };
}

/** Enrols a passkey with an invite, as the enrolment page's script does. */
export function enrolPasskey(send: SendJson, token: string, phone: SoftAuthenticator, options?: { userVerified?: boolean }) {
  return ceremony(send, staffPaths.enrolOptions, staffPaths.enrolVerify, (o) => phone.register(o, options), { token });
}

/** Signs in with a passkey alone, as the sign-in page's script does. */
export function signInWithPasskey(send: SendJson, phone: SoftAuthenticator, options?: { userVerified?: boolean }) {
  return ceremony(send, staffPaths.signInOptions, staffPaths.signInVerify, (o) => phone.authenticate(o, options));
}
