/**
 * The W3C's Nu Html Checker (`vnu.jar` from the `vnu-jar` package), run once over many files: one Java
 * process for all of them, as starting Java and loading the checker's schemas takes seconds each time.
 *
 * The jar is run with the machine's own Java, not through the package's launcher, which downloads a Java
 * runtime from the internet when it finds none; the package's install script (which does the same) is
 * denied in package.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Messages about what the checker does not know yet, not about the page. Nothing else is left out.
 * Its Content-Security-Policy messages need no entry: it cannot check hashes and says so for every
 * hashed inline script and style, but as warnings, and only errors are read here (the browser tests
 * check the policy for real, in privacy.spec.ts).
 */
export const checkerGaps: readonly { message: RegExp; why: string }[] = [
  {
    message: /^CSS: Unrecognized at-rule “@property”/,
    why: "Tailwind declares its custom properties with @property (CSS Properties and Values API, in every current browser); the checker's CSS parser does not know the rule yet.",
  },
  {
    message: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\./,
    why: "Tailwind tells browsers without @property apart with @supports (not (margin-trim: block)) (CSS Box Model 4); the checker's CSS parser does not know the property yet.",
  },
];

export interface CheckerError {
  /** The file, relative to the folder it was checked in. */
  file: string;
  line?: number;
  message: string;
}

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** What to install when there is no Java to run the checker with, or undefined when there is. */
export function missingJava(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (!java.error) return undefined;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return [
    "The HTML check runs the W3C's Nu Html Checker, which needs Java 11 or later, and there is no `java` on the PATH.",
    hasApt
      ? 'Install it with:  sudo apt-get install -y default-jre-headless'
      : 'Install Java 11 or later (a JRE is enough) with your package manager,',
    'then run npm test again.',
  ].join('\n');
}

/** Every error the checker finds in the given HTML files, except the checker's own gaps. */
export async function htmlErrors(files: readonly string[], folder: string): Promise<CheckerError[]> {
  // Errors only (its warnings are advice), and no guessing of each page's language, which takes time
  // and only ever gives warnings.
  const args = ['-jar', vnuJar, '--errors-only', '--no-langdetect', '--format', 'json', '--stdout', '--exit-zero-always', ...files];
  const { status, stdout, stderr } = await run('java', args);
  if (status !== 0) throw new Error(`the Nu Html Checker stopped (exit code ${status}):\n${stderr}`);
  const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
  return messages
    .filter((message) => !checkerGaps.some((gap) => gap.message.test(message.message)))
    .map((message) => ({
      file: message.url ? relative(folder, fileURLToPath(message.url)) : '(no file)',
      line: message.lastLine,
      message: message.type === 'error' ? message.message : `${message.type}: ${message.message}`,
    }));
}

function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
