import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCopy, removeCopies } from '../helpers/build-copy';

/**
 * A mistake in a content file must stop the build with a message that names the file and the field,
 * so a wrong phone number or a broken part of the standard is never published. Each case builds a copy
 * of the site with one file broken.
 */
function buildWith(file: string, edit: (text: string) => string) {
  return buildCopy((dir) => writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8'))));
}

afterEach(removeCopies);

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

  it('with a source under an answer that names a heading the standard does not have stops the build, naming the file', () => {
    const { status, output } = buildWith('content/pages/da/spoergsmaal.md', (text) => text.replace('#egenbetaling"}', '#prisen"}'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/da/spoergsmaal.md: link "standard:sagsbehandling-og-indskrivning#prisen": content/standard/da/sagsbehandling-og-indskrivning.md has no heading {#prisen}',
    );
    expect(output).toContain('content/pages/da/spoergsmaal.md could not be rendered');
  });
});
