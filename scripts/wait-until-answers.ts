import type { ChildProcess } from 'node:child_process';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a URL answers with a 2xx now (within two seconds). */
export async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );
}

/** Waits until a process just started answers at `url`; fails at once if it stops, or after 30 seconds. */
export async function waitUntilAnswers(url: string, child: ChildProcess, what: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit ${child.exitCode})`);
    if (await answers(url)) return;
  }
  throw new Error(`${what} did not answer ${url} within 30 s`);
}
