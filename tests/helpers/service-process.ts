import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { staffPaths } from '../../server/http/paths';
import { SoftAuthenticator } from './soft-authenticator';

export interface RunningService {
  origin: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The environment of a service on its own data folder and port, as `npm start` would run it. */
export function serviceEnv(dataDir: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // No staff.env from the machine: the test says every setting it needs.
  return {
    ...process.env,
    KRISECENTRE_ENV_FILE: '',
    KRISECENTRE_DATA: dataDir,
    PORT: String(port),
    SERVE_SITE: '0',
    STAFF_RATE_REPORT: '100000',
    ...extra,
  };
}

/** Starts the real service (`node server/main.ts`) and waits until it answers its health check. */
export async function startServiceProcess(env: NodeJS.ProcessEnv): Promise<RunningService> {
  const child = spawn(process.execPath, ['server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://localhost:${env.PORT}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the service stopped (${code}):\n${output}`))),
  );
  for (const deadline = Date.now() + 15_000; ;) {
    if (Date.now() > deadline) throw new Error(`the service did not start:\n${output}`);
    const ready = await Promise.race([
      fetch(`http://127.0.0.1:${env.PORT}${staffPaths.health}`).then(
        (response) => response.ok,
        () => false,
      ),
      exited,
    ]);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  exited.catch(() => {});
  return {
    origin,
    child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/** Runs `npm run staff -- …` as a person on the server would (the script, on the project's Node). */
export function staffCommand(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/staff.ts', ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A member of staff on a phone: enrols with the link and keeps the session cookie, over real HTTP. */
export async function enrolOverHttp(service: { origin: string }, link: string, phone = new SoftAuthenticator(service.origin)) {
  const token = new URL(link).hash.slice(1);
  const post = async (path: string, body: unknown, cookie?: string) => {
    const response = await fetch(`${service.origin.replace('localhost', '127.0.0.1')}${path}`, {
      method: 'POST',
      headers: { origin: service.origin, 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    return response;
  };
  const begun = (await (await post(staffPaths.enrolOptions, { token })).json()) as { ceremony: string; options: never };
  const done = await post(staffPaths.enrolVerify, { ceremony: begun.ceremony, token, response: phone.register(begun.options) });
  if (!done.ok) throw new Error(`enrolment failed: ${done.status} ${await done.text()}`);
  const cookie = done.headers.getSetCookie()[0]!.split(';')[0]!;
  return { phone, cookie };
}

/** Signs in again with a phone's passkey, over real HTTP. */
export async function signInOverHttp(service: { origin: string }, phone: SoftAuthenticator): Promise<Response> {
  const base = service.origin.replace('localhost', '127.0.0.1');
  const headers = { origin: service.origin, 'content-type': 'application/json', accept: 'application/json' };
  const begun = (await (await fetch(`${base}${staffPaths.signInOptions}`, { method: 'POST', headers, body: '{}' })).json()) as {
    ceremony: string;
    options: never;
  };
  return fetch(`${base}${staffPaths.signInVerify}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ceremony: begun.ceremony, response: phone.authenticate(begun.options) }),
  });
}

/** A report as the report page's script sends it, over real HTTP. */
export function reportOverHttp(service: { origin: string }, cookie: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${service.origin.replace('localhost', '127.0.0.1')}${staffPaths.submit}`, {
    method: 'POST',
    headers: { origin: service.origin, cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
