import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './content-files';

const copies: string[] = [];

/**
 * Builds a copy of the site after `change` has altered it, and returns the build's exit status, its
 * output and the copy's folder (for reading `dist/`). The copy shares `node_modules`.
 */
export function buildCopy(change: (dir: string) => void): { status: number | null; output: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'krisecentre-build-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  change(dir);
  // --force, as `npm run build` does: the copy shares node_modules, and with it Astro's content cache.
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr, dir };
}

/** Deletes the copies made so far. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
