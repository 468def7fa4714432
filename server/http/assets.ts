import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface Asset {
  /** The file's name in URLs, with its content hash: it never changes, so browsers keep it for a year. */
  name: string;
  body: string;
  type: string;
}

export interface StaffAssets {
  script: Asset;
  style: Asset;
  /** The site's own icon, so a phone's tab shows it and the browser does not ask the public site. */
  icon: Asset;
}

const client = (file: string) => fileURLToPath(new URL(`../client/${file}`, import.meta.url));
const publicFile = (file: string) => fileURLToPath(new URL(`../../public/${file}`, import.meta.url));
const named = (base: string, extension: string, body: string, type: string): Asset => ({
  name: `${base}-${createHash('sha256').update(body).digest('base64url').slice(0, 12)}.${extension}`,
  body,
  type,
});

/**
 * The staff pages' script and stylesheet, bundled when the service starts (esbuild takes a fraction of a
 * second), so the service needs no build step of its own and serves exactly the code beside it.
 */
export async function buildStaffAssets(): Promise<StaffAssets> {
  const bundle = await build({
    entryPoints: [client('staff.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return {
    script: named('staff', 'js', bundle.outputFiles[0]!.text, 'text/javascript; charset=utf-8'),
    style: named('staff', 'css', readFileSync(client('staff.css'), 'utf8'), 'text/css; charset=utf-8'),
    icon: named('icon', 'svg', readFileSync(publicFile('favicon.svg'), 'utf8'), 'image/svg+xml'),
  };
}
