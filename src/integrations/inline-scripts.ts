import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** The browser scripts in `src/client/` that are inlined into pages rather than loaded as files. */
export const inlineScriptNames = ['quick-exit', 'language-links', 'open-now', 'reveal'] as const;
export type InlineScriptName = (typeof inlineScriptNames)[number];

const bundles = new Map<string, string>();

/**
 * A browser script from `src/client/`, bundled into one small classic script to inline in the page.
 * A classic inline script runs the moment the parser reaches it; a module script (what Astro makes of a
 * `<script>` tag) waits until the whole page has been parsed, which on a slow network can be seconds.
 * Built once per build; the same text is what a Content-Security-Policy hash must cover. ES2022 keeps
 * it small; a browser too old for it ignores the script and the plain link still works.
 */
export function inlineScript(name: InlineScriptName): string {
  const known = bundles.get(name);
  if (known !== undefined) return known;
  const result = buildSync({
    entryPoints: [join(process.cwd(), 'src', 'client', `${name}.ts`)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text.trim();
  bundles.set(name, code);
  return code;
}

/** The Content-Security-Policy source that allows exactly this script text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
