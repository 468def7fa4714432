import { execFile, spawn } from 'node:child_process';
import { staffPaths } from '../../server/http/paths';
import { enrolPasskey, signInWithPasskey, type SendJson } from './passkey-ceremony';
import { SoftAuthenticator } from './soft-authenticator';

export interface RunningService {
  /** The address in its links and in a browser's Origin header. */
  origin: string;
  /** The loopback address it listens on, where the test sends its requests. */
  base: string;
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
  const base = `http://127.0.0.1:${env.PORT}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the service stopped (${code}):\n${output}`))),
  );
  for (const deadline = Date.now() + 15_000; ;) {
    if (Date.now() > deadline) throw new Error(`the service did not start:\n${output}`);
    const ready = await Promise.race([
      fetch(`${base}${staffPaths.health}`).then(
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
    base,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts as a person on the server would (`npm run …`: the script, on the project's Node). */
export function nodeScript(script: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** For a step on the way to what a test checks: a script that fails stops the test, with what it said. */
export async function nodeScriptOrThrow(script: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const run = await nodeScript(script, env, ...args);
  if (run.code !== 0) throw new Error(`${script} ${args.join(' ')} failed (${run.code}):\n${run.stderr}`);
  return run.stdout;
}

/** `npm run staff -- …` */
export const staffCommand = (env: NodeJS.ProcessEnv, ...args: string[]) => nodeScript('scripts/staff.ts', env, ...args);

/** The enrolment link in what `npm run staff -- invite …` printed: its last line. */
export const inviteLink = (stdout: string): string => stdout.trim().split('\n').at(-1)!;

/** A request's JSON body sent over real HTTP, as the staff pages' script sends it. */
const sendJsonTo =
  (service: Pick<RunningService, 'origin' | 'base'>): SendJson =>
  (path, json) =>
    fetch(`${service.base}${path}`, {
      method: 'POST',
      headers: { origin: service.origin, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(json),
    });

/** A member of staff on a phone: enrols with the link and keeps the session cookie, over real HTTP. */
export async function enrolOverHttp(
  service: Pick<RunningService, 'origin' | 'base'>,
  link: string,
  phone = new SoftAuthenticator(service.origin),
) {
  const { response, cookie } = await enrolPasskey(sendJsonTo(service), new URL(link).hash.slice(1), phone);
  if (!response.ok || !cookie) throw new Error(`enrolment failed: ${response.status} ${await response.text()}`);
  return { phone, cookie };
}

/** Signs in again with a phone's passkey, over real HTTP. */
export async function signInOverHttp(service: Pick<RunningService, 'origin' | 'base'>, phone: SoftAuthenticator): Promise<Response> {
  return (await signInWithPasskey(sendJsonTo(service), phone)).response;
}

/** A report as the report page's script sends it, over real HTTP. */
export function reportOverHttp(
  service: Pick<RunningService, 'origin' | 'base'>,
  cookie: string,
  fields: Record<string, string>,
): Promise<Response> {
  return fetch(`${service.base}${staffPaths.submit}`, {
    method: 'POST',
    headers: { origin: service.origin, cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
