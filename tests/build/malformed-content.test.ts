import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root } from '../helpers/content-files';

/**
 * A mistake in a content file must stop the build with a message that names the file and the field,
 * so a wrong phone number or a broken part of the standard is never published. Each case builds a copy
 * of the site with one file broken.
 */
const copies: string[] = [];

function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'krisecentre-build-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  // --force, as `npm run build` does: the copy shares node_modules, and with it Astro's content cache.
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a malformed content file', { timeout: 60_000 }, () => {
  it('in the standard stops the build, naming the file and the missing field', () => {
    const { status, output } = buildWith('content/standard/da/klageadgang.md', (text) => text.replace(/^order: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/standard/da/klageadgang.md');
    expect(output).toMatch(/order\W+.*Required/);
  });

  it('in the place data stops the build, naming the file and the field', () => {
    const { status, output } = buildWith('content/places/den-aabne-doer.json', (text) => text.replace('"33 24 91 03"', '"33 24 91 3"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/places/den-aabne-doer.json');
    expect(output).toContain('phone.display: display and dial must be the same number');
  });

  it('in the same reading position as another part stops the build, naming both files', () => {
    const { status, output } = buildWith('content/standard/da/klageadgang.md', (text) => text.replace(/^order: 10$/m, 'order: 9'));
    expect(status).not.toBe(0);
    expect(output).toContain('order 9 is already used by');
    expect(output).toMatch(/content\/standard\/da\/(klageadgang|personalepolitik)\.md: order 9/);
  });

  it('with a heading that has no id stops the build, naming the file and the heading', () => {
    const { status, output } = buildWith('content/standard/da/klageadgang.md', (text) => text.replace(' {#borgerraadgiveren}', ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/standard/da/klageadgang.md: heading "Borgerrådgiveren" needs an explicit id');
    expect(output).toContain('content/standard/da/klageadgang.md could not be rendered');
  });
});
